// A card statement of N lines imported the way the page does it — one preview (gzip upload), then
// chunks of 500 — in-process against DynamoDB Local: wall time, the capacity DynamoDB reports for
// each step (ReturnConsumedCapacity), request sizes against the 1 MB body limit, and the cost.
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { withActor } from "../core/actor";
import { ownerActor } from "./support";
import { Auth } from "../core/auth";
import { StatementImport } from "../core/ledger/import";
import { IMPORT_CHUNK, type ChunkInput } from "../core/ledger/statement";
import { newMeter, withMeter, type RequestMeter } from "../core/metering/meter";
import { price } from "./prices";

async function metered<T>(fn: () => Promise<T>) {
  const m: RequestMeter = newMeter();
  const t0 = performance.now();
  const value = await withMeter(m, fn);
  return { value, m, ms: performance.now() - t0 };
}

export async function measureLedgerImport(lines: number) {
  const email = `bench-import-${Date.now()}@bench.local`;
  await Auth.signup(
    {
      businessName: "벤치미용실",
      noBizNo: true,
      bizNo: "",
      ownerName: "벤치",
      industry: "salon",
      email,
      phone: "01012345678",
      password: "bench-password-1",
      privacyConsent: true,
    },
    "bench-import",
    { preverified: true },
  );
  const { me } = await Auth.login(email, "bench-password-1", "bench-import");
  const actor = ownerActor({ tenantId: me.tenant.id, userId: me.user.id });
  // Three months of a busy card: 1 + i % 28 days, 97 merchants, amounts 1,000 + i.
  const csv = ["이용일자,가맹점명,이용금액,승인구분"];
  for (let i = 0; i < lines; i++)
    csv.push(
      `2025.0${4 + (i % 3)}.${String(1 + (i % 28)).padStart(2, "0")},가맹점 ${i % 97},"${(1_000 + i).toLocaleString("en-US")}",승인`,
    );
  const file = Buffer.from(csv.join("\r\n"));
  const base64 = gzipSync(file).toString("base64");
  return withActor(actor, async () => {
    const t0 = performance.now();
    const pv = await metered(() =>
      StatementImport.preview({
        filename: "bench.csv",
        base64,
        gzip: true,
      }),
    );
    const rows = pv.value.rows.map((r) => ({
      index: r.index,
      include: true as const,
      line: r.line,
      date: r.date,
      description: r.description,
      counterparty: r.counterparty,
      amount: r.amount,
      kind: r.kind,
      account: r.account,
      evidence: r.evidence,
      note: r.note,
    }));
    let rcu = 0;
    let wcu = 0;
    let itemsWritten = 0;
    let maxChunkBytes = 0;
    const chunkMs: number[] = [];
    let job;
    for (let start = 0; start < rows.length; start += IMPORT_CHUNK) {
      const body: ChunkInput = {
        id: pv.value.id,
        filename: "bench.csv",
        total: rows.length,
        start,
        rows: rows.slice(start, start + IMPORT_CHUNK),
      };
      maxChunkBytes = Math.max(maxChunkBytes, JSON.stringify(body).length);
      const c = await metered(() => StatementImport.commit(body));
      rcu += c.m.readUnits;
      wcu += c.m.writeUnits;
      itemsWritten += c.m.itemsWritten;
      chunkMs.push(c.ms);
      job = c.value;
    }
    const seconds = (performance.now() - t0) / 1000;
    // A second preview of the same file: every line a duplicate (reads the three months back).
    const again = await metered(() =>
      StatementImport.preview({ filename: "bench.csv", base64, gzip: true }),
    );
    const p = price();
    const krw = (r: number, w: number) =>
      ((r * p.dynamo.perMillionRead + w * p.dynamo.perMillionWrite) / 1e6) *
      p.usdKrw;
    const sorted = [...chunkMs].sort((a, b) => a - b);
    return {
      lines,
      imported: job?.imported ?? 0,
      duplicatesOnReimport: again.value.rows.filter((r) => r.duplicate).length,
      seconds: Math.round(seconds * 10) / 10,
      previewMs: Math.round(pv.ms),
      // The preview answer carries every line (Lambda's response limit is 6 MB).
      previewResponseBytes: JSON.stringify(pv.value).length,
      chunks: chunkMs.length,
      chunkMsP50: Math.round(sorted[Math.floor(sorted.length / 2)]),
      chunkMsMax: Math.round(sorted.at(-1) ?? 0),
      uploadBytes: base64.length,
      fileBytes: file.length,
      maxChunkBytes,
      previewRcu: pv.m.readUnits,
      previewWcu: pv.m.writeUnits,
      importRcu: Math.round(rcu * 10) / 10,
      itemsWritten,
      // The meter bills a transaction 2 units per item per KB (DynamoDB Local reports a flat 2).
      importWcu: Math.round(wcu * 10) / 10,
      reimportPreviewRcu: again.m.readUnits,
      wcuPerLine: Math.round((wcu / lines) * 100) / 100,
      costKrw:
        Math.round(krw(pv.m.readUnits + rcu, pv.m.writeUnits + wcu) * 100) /
        100,
    };
  });
}
