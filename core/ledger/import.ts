export * as StatementImport from "./import";
// Bank/card statement import. The preview reads the file, applies the layout's remembered (or
// detected) column mapping and flags each line: a duplicate of an existing entry (same date,
// amount and description — only the months the file covers are read, one query each), the account
// last used with the same counterparty, a closed month. The browser then sends the lines in chunks;
// each chunk is written in transactions of ≤ 100 items holding its entries, their months' running
// totals and the import's progress item, conditional on the progress being exactly where the chunk
// starts. So a chunk is applied once, the totals always equal the entries, and an interrupted
// import re-run from the start (or the same file imported again) writes nothing twice: the entry
// ids come from the file's hash and the line's position.
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import {
  UpdateItemCommand,
  type TransactWriteItem,
} from "@aws-sdk/client-dynamodb";
import { assertCan, useUser } from "../actor";
import {
  dynamo,
  failedConditions,
  getItem,
  putItem,
  putTx,
  queryBetween,
  queryPrefix,
  toItem,
  transact,
  writePacer,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { VisibleError } from "../error";
import { readSheet } from "../file/sheet";
import { nowMs } from "../time";
import { tenantRecord } from "../tenant/record";
import { accountByCode, defaultAccount } from "./accounts";
import {
  deltas,
  monthUpdate,
  postPending,
  sourcedId,
  type Entry,
  entryItem,
  monthEntries,
} from "./index";
import { splitVat } from "./split";
import {
  detectMapping,
  duplicateKey,
  mappingIssues,
  MAX_STATEMENT_ROWS,
  normHeader,
  statementRows,
  type ChunkInput,
  type Mapping,
  type PreviewInput,
  type StatementRow,
  type StatementType,
} from "./statement";
import type { EntryKind, Evidence } from "./types";

// ---- preview -------------------------------------------------------------------------------------

export interface PreviewRow extends StatementRow {
  month: string;
  /** An existing entry has the same date, amount (VAT included) and description. */
  duplicate: boolean;
  account: string;
  /** The account comes from an earlier entry with the same counterparty. */
  suggested: boolean;
  evidence: Evidence;
  /** The month is closed (마감): the line will be refused. */
  closed: boolean;
}

export interface ImportJob {
  id: string;
  filename: string;
  total: number;
  done: number;
  imported: number;
  /** Lines the owner left out (duplicates unticked, or excluded). */
  skipped: number;
  /** Lines that could not be read (bad date or amount). */
  invalid: number;
  refusedCount: number;
  /** Lines refused by the ledger (a closed month), with the reason; the first 200. */
  refused: { index: number; line?: number; reason: string }[];
  status: "running" | "done";
  startedAt: string;
  updatedAt: string;
  finishedAt?: string;
}

export interface Preview {
  id: string;
  filename: string;
  format: "csv" | "xlsx";
  encoding?: string;
  /** The first lines of the file, for choosing the header row and columns by hand. */
  head: string[][];
  mapping: Mapping | null;
  mappingSource: "remembered" | "detected" | "given" | null;
  evidence: Evidence;
  header: string[];
  rows: PreviewRow[];
  months: string[];
  closedMonths: string[];
  /** Set when this very file was imported before (or is half-way). */
  job?: ImportJob;
}

const signatureOf = (header: string[]) =>
  createHash("sha256")
    .update(header.map(normHeader).join("|"))
    .digest("hex")
    .slice(0, 32);

const refuse = (code: string, message: string, field = "file") =>
  new VisibleError("validation", code, message, {
    fields: [{ field, message }],
  });

function unpack(input: PreviewInput): Uint8Array {
  const raw = Buffer.from(input.base64, "base64");
  if (!input.gzip) return raw;
  try {
    // A statement of 20,000 lines is a few MB; anything far larger is not one.
    return gunzipSync(raw, { maxOutputLength: 16 * 1024 * 1024 });
  } catch {
    throw refuse(
      "file_unreadable",
      "파일을 읽을 수 없습니다. 다시 골라 올려 주세요.",
    );
  }
}

interface MappingRecord {
  signature: string;
  header: string[];
  type: StatementType;
  columns: Mapping["columns"];
  evidence?: Evidence;
  updatedAt: string;
}

const cpKey = (kind: EntryKind, counterparty: string) =>
  `c#${kind}#${counterparty.replace(/\s+/g, " ").trim().toLowerCase()}`;

/** Reads the file and shows what an import would do; remembers a mapping the owner chose. */
export async function preview(input: PreviewInput): Promise<Preview> {
  assertCan("ledger.write");
  const bytes = unpack(input);
  const id = createHash("sha256").update(bytes).digest("hex");
  const sheet = await readSheet(input.filename, bytes, {
    maxRows: MAX_STATEMENT_ROWS,
  });
  const head = sheet.rows.slice(0, 30).map((r) => r.slice(0, 30));
  let mapping: Mapping | undefined;
  let mappingSource: Preview["mappingSource"] = null;
  let remembered: MappingRecord | undefined;
  const saved = await queryPrefix<MappingRecord>(Keys.importMappingsPrefix());
  if (input.mapping) {
    mapping = input.mapping;
    mappingSource = "given";
    remembered = saved.find(
      (s) => s.signature === signatureOf(sheet.rows[mapping!.headerRow] ?? []),
    );
  } else {
    const bySig = new Map(saved.map((s) => [s.signature, s]));
    for (let r = 0; r < head.length && !mapping; r++) {
      remembered = bySig.get(signatureOf(sheet.rows[r]));
      if (remembered)
        mapping = {
          type: remembered.type,
          headerRow: r,
          columns: remembered.columns,
        };
    }
    if (mapping) mappingSource = "remembered";
    else {
      mapping = detectMapping(sheet.rows);
      if (mapping) mappingSource = "detected";
    }
  }
  const evidence: Evidence =
    mapping?.type === "card"
      ? "card"
      : (input.evidence ?? remembered?.evidence ?? "none");
  const base = {
    id,
    filename: input.filename,
    format: sheet.format,
    encoding: sheet.encoding,
    head,
    evidence,
  };
  if (!mapping)
    return {
      ...base,
      mapping: null,
      mappingSource: null,
      header: [],
      rows: [],
      months: [],
      closedMonths: [],
    };
  const header = sheet.rows[mapping.headerRow] ?? [];
  const issues = mappingIssues(mapping, header.length);
  if (issues.length)
    throw new VisibleError("validation", "mapping_invalid", issues[0].message, {
      fields: issues,
    });
  const lines = statementRows(sheet.rows, mapping);
  if (!lines.length)
    throw refuse("statement_empty", "제목 줄 아래에 거래 내역이 없습니다.");
  if (lines.length > MAX_STATEMENT_ROWS)
    throw refuse(
      "file_too_many_rows",
      `한 파일에 ${MAX_STATEMENT_ROWS.toLocaleString("ko-KR")}건까지 가져올 수 있습니다. 기간을 나눠 내려받아 주세요.`,
    );
  if (mappingSource === "given" || (input.evidence && mapping.type === "bank"))
    await putItem({
      ...Keys.importMapping(signatureOf(header)),
      signature: signatureOf(header),
      header,
      type: mapping.type,
      columns: mapping.columns,
      evidence: mapping.type === "bank" ? evidence : undefined,
      updatedAt: new Date(nowMs()).toISOString(),
    } satisfies MappingRecord);

  await postPending();
  const months = [
    ...new Set(lines.filter((l) => l.date).map((l) => l.date.slice(0, 7))),
  ].sort();
  const [tenant, monthItems, cpItem, job, ...entriesByMonth] =
    await Promise.all([
      tenantRecord(),
      months.length
        ? queryBetween<{ month: string; closedAt?: string }>(
            Keys.ledgerMonth(months[0]).pk,
            Keys.ledgerMonth(months[0]).sk,
            Keys.ledgerMonth(months.at(-1)!).sk,
          )
        : Promise.resolve([]),
      getItem<Record<string, unknown>>(Keys.importCounterparties()),
      getItem<ImportJob & { pk: string }>(Keys.importJob(id), true),
      ...months.map(monthEntries),
    ]);
  // Suggestions also learn from the three months before the file (hand entries there are the
  // shop's usual counterparties); duplicates are looked for only in the months the file covers.
  const before = months.length ? monthsBefore(months[0], 3) : [];
  const earlier = (await Promise.all(before.map(monthEntries))).flat();
  const closed = new Set(
    monthItems.filter((m) => m.closedAt).map((m) => m.month),
  );
  const existing = new Map<string, number>();
  const lastAccount = new Map<string, string>();
  for (const [k, value] of Object.entries(cpItem ?? {}))
    if (k.startsWith("c#") && typeof value === "string")
      lastAccount.set(k, value);
  for (const e of earlier.sort((a, b) => a.date.localeCompare(b.date)))
    if (e.counterparty)
      lastAccount.set(cpKey(e.kind, e.counterparty), e.account);
  const entries = entriesByMonth
    .flat()
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const e of entries) {
    const k = duplicateKey(e.date, e.amount + e.vat, e.description);
    existing.set(k, (existing.get(k) ?? 0) + 1);
    if (e.counterparty)
      lastAccount.set(cpKey(e.kind, e.counterparty), e.account);
  }
  const rows: PreviewRow[] = lines.map((l) => {
    const month = l.date.slice(0, 7);
    const k = duplicateKey(l.date, l.amount, l.description);
    const n = l.error ? 0 : (existing.get(k) ?? 0);
    if (n) existing.set(k, n - 1);
    const hint = l.counterparty
      ? lastAccount.get(cpKey(l.kind, l.counterparty))
      : undefined;
    const known = hint && accountByCode(hint)?.kinds.includes(l.kind);
    return {
      ...l,
      month,
      duplicate: n > 0,
      account: known
        ? hint!
        : l.kind === "income"
          ? "sales"
          : defaultAccount(tenant.industry, "expense"),
      suggested: !!known,
      evidence: mapping.type === "card" ? "card" : evidence,
      closed: closed.has(month),
    };
  });
  return {
    ...base,
    mapping,
    mappingSource,
    header,
    rows,
    months,
    closedMonths: [...closed].sort(),
    ...(job ? { job: jobView(job) } : {}),
  };
}

// ---- import ------------------------------------------------------------------------------------

const jobView = ({
  pk: _pk,
  sk: _sk,
  ...j
}: ImportJob & { pk?: string; sk?: string }): ImportJob => ({
  ...j,
  refused: j.refused ?? [],
});

const MAX_REFUSED_LISTED = 200;
const TX_LIMIT = 100;

/** The state of an import (the progress bar, the summary). */
export async function get(id: string): Promise<ImportJob> {
  assertCan("ledger.read");
  const job = await getItem<ImportJob>(Keys.importJob(id), true);
  if (!job)
    throw new VisibleError(
      "not_found",
      "import_not_found",
      "가져오기 기록을 찾을 수 없습니다.",
    );
  return jobView(job);
}

type Included = Extract<ChunkInput["rows"][number], { include: true }>;

function toEntry(
  t: Awaited<ReturnType<typeof tenantRecord>>,
  id: string,
  r: Included,
  at: string,
  by: string,
): Entry {
  const account = accountByCode(r.account);
  if (!account || !account.kinds.includes(r.kind))
    throw new VisibleError(
      "validation",
      "unknown_account",
      `${r.line ?? r.index + 1}번째 줄: 계정과목이 올바르지 않습니다.`,
      {
        fields: [
          {
            field: `rows.${r.index}.account`,
            message: "목록에서 계정과목을 골라 주세요.",
          },
        ],
      },
    );
  const month = r.date.slice(0, 7);
  const { amount, vat } = splitVat(r.amount, {
    taxType: t.taxType,
    evidence: r.evidence,
    kind: r.kind,
    date: r.date,
  });
  return {
    id: sourcedId(month, `import:${id}:${r.index}`),
    date: r.date,
    month,
    account: r.account,
    kind: r.kind,
    description: r.description.trim(),
    counterparty: r.counterparty.trim(),
    amount,
    vat,
    evidence: r.evidence,
    deductible: r.kind === "income" || account.vatDeductible !== false,
    dailyTotal: false,
    note: r.note.trim(),
    // One millisecond per line keeps the statement's order among a day's entries (the month view
    // sorts by date, then by createdAt).
    createdAt: new Date(Date.parse(at) + r.index).toISOString(),
    createdBy: by,
    updatedAt: at,
  };
}

/**
 * Writes one chunk of an import. Lines already done (a re-run, a retried request) are skipped, so
 * sending the whole file again from the start is safe; a chunk that starts past the progress is
 * refused (`import_gap`), so no line is ever left out.
 */
export async function commit(input: ChunkInput): Promise<ImportJob> {
  assertCan("ledger.write");
  const user = useUser();
  const end = input.start + input.rows.length;
  let job = await getItem<ImportJob>(Keys.importJob(input.id), true);
  const check = () => {
    if (job && job.total !== input.total)
      throw new VisibleError(
        "conflict",
        "import_mismatch",
        "이 파일은 이미 다른 줄 수로 가져오는 중입니다. 같은 파일·같은 설정으로 다시 시작해 주세요.",
      );
    const done = job?.done ?? 0;
    if (done < input.start)
      throw new VisibleError(
        "conflict",
        "import_gap",
        `${done}번째 줄까지 가져왔습니다. 그 다음 줄부터 보내 주세요.`,
      );
    return done;
  };
  let done = check();
  if (done >= end) return jobView(job!);
  const t = await tenantRecord();
  // Validate every line of the chunk before writing any of it.
  const at = new Date(nowMs()).toISOString();
  const entries = new Map<number, Entry>();
  for (const r of input.rows)
    if (r.include)
      entries.set(r.index, toEntry(t, input.id, r, at, user.userId));
  const monthsOf = [
    ...new Set([...entries.values()].map((e) => e.month)),
  ].sort();
  const closed = new Set(
    monthsOf.length
      ? (
          await queryBetween<{ month: string; closedAt?: string }>(
            Keys.ledgerMonth(monthsOf[0]).pk,
            Keys.ledgerMonth(monthsOf[0]).sk,
            Keys.ledgerMonth(monthsOf.at(-1)!).sk,
          )
        )
          .filter((m) => m.closedAt)
          .map((m) => m.month)
      : [],
  );
  let listed = job?.refused?.length ?? 0;
  const pace = writePacer(importWriteBudget());
  for (let attempt = 0; done < end;) {
    // Take lines from `done` while entries + their months + progress + audit fit one transaction.
    const batch: Entry[] = [];
    const months = new Set<string>();
    let skipped = 0;
    let invalid = 0;
    const refused: ImportJob["refused"] = [];
    let to = done;
    while (to < end) {
      const r = input.rows[to - input.start];
      const e = entries.get(r.index);
      if (e && !closed.has(e.month)) {
        const more = months.has(e.month) ? 1 : 2;
        if (batch.length + months.size + more + 2 > TX_LIMIT) break;
        batch.push(e);
        months.add(e.month);
      } else if (e)
        refused.push({
          index: r.index,
          ...(r.include && r.line ? { line: r.line } : {}),
          reason: `${e.month}은(는) 마감된 달이라 기록하지 않았습니다.`,
        });
      else if (!r.include && r.reason === "invalid") invalid++;
      else skipped++;
      to++;
    }
    const finished = to === input.total;
    const listedNow = refused.slice(
      0,
      Math.max(0, MAX_REFUSED_LISTED - listed),
    );
    const byMonth = new Map<string, Entry[]>();
    for (const e of batch)
      byMonth.set(e.month, [...(byMonth.get(e.month) ?? []), e]);
    const items: TransactWriteItem[] = [
      ...batch.map((e) => putTx(entryItem(e), "attribute_not_exists(pk)")),
      ...[...byMonth].map(([m, es]) =>
        monthUpdate(m, deltas(es.map((e) => ({ e, sign: 1 as const })))),
      ),
      progress(input, done, to, finished, at, user.userId, {
        imported: batch.length,
        skipped,
        invalid,
        refused,
        listed: listedNow,
      }),
    ];
    if (batch.length)
      items.push(
        putTx({
          ...Keys.ledgerAudit(at, `import_${input.id.slice(0, 16)}_${done}`),
          at,
          action: "import",
          entryId: batch[0].id,
          userId: user.userId,
          detail: JSON.stringify({
            import: input.id,
            filename: input.filename,
            rows: [done, to - 1],
            entries: batch.length,
          }),
        }),
      );
    try {
      // 2 write units an item (transactional, each under 1 KB).
      await pace(2 * items.length);
      await transact(items);
    } catch (err) {
      if ((err as Error).name !== "TransactionCanceledException") throw err;
      if (++attempt > 5) throw err;
      const failed = failedConditions(err);
      const monthStart = batch.length;
      const progressAt = batch.length + byMonth.size;
      if (failed.includes(progressAt)) {
        // Another request moved the progress (a retry of this chunk): continue from where it is.
        job = await getItem<ImportJob>(Keys.importJob(input.id), true);
        done = check();
        listed = job?.refused?.length ?? 0;
        continue;
      }
      const months = [...byMonth.keys()];
      const nowClosed = failed
        .filter((i) => i >= monthStart && i < progressAt)
        .map((i) => months[i - monthStart]);
      if (nowClosed.length) {
        // Closed (마감) between our read and the write: refuse its lines instead.
        for (const m of nowClosed) closed.add(m);
        continue;
      }
      throw new VisibleError(
        "conflict",
        "import_conflict",
        "같은 항목이 이미 장부에 있습니다. 가져오기 상태를 새로고침해 주세요.",
      );
    }
    await rememberCounterparties(batch);
    listed += listedNow.length;
    done = to;
  }
  return get(input.id);
}

/**
 * Write units a second an import may spend on the tenant's partition: on AWS 600 of the
 * partition's 1,000, leaving room for the shop's other requests (10,000 lines ≈ 36 s); none locally.
 */
function importWriteBudget(): number {
  const set = process.env.IMPORT_WCU_PER_SECOND;
  if (set !== undefined) return Number(set);
  return process.env.GOLMOK_LOCAL === "1" || process.env.STAGE === "local"
    ? 0
    : 600;
}

function progress(
  input: ChunkInput,
  from: number,
  to: number,
  finished: boolean,
  at: string,
  by: string,
  n: {
    imported: number;
    skipped: number;
    invalid: number;
    refused: ImportJob["refused"];
    listed: ImportJob["refused"];
  },
): TransactWriteItem {
  const values: Record<string, unknown> = {
    ":id": input.id,
    ":to": to,
    ":total": input.total,
    ":f": input.filename,
    ":at": at,
    ":by": by,
    ":st": finished ? "done" : "running",
    ":empty": [],
    ":refs": n.listed,
    ":i": n.imported,
    ":s": n.skipped,
    ":inv": n.invalid,
    ":rc": n.refused.length,
  };
  return {
    Update: {
      TableName: tableName(),
      Key: toItem(Keys.importJob(input.id)),
      UpdateExpression:
        "SET #id = :id, #done = :to, #total = :total, filename = :f, updatedAt = :at, #status = :st, " +
        "startedAt = if_not_exists(startedAt, :at), startedBy = if_not_exists(startedBy, :by), " +
        `refused = list_append(if_not_exists(refused, :empty), :refs)${finished ? ", finishedAt = :at" : ""} ` +
        "ADD imported :i, skipped :s, invalid :inv, refusedCount :rc",
      ConditionExpression:
        from === 0
          ? "attribute_not_exists(pk)"
          : "#done = :from AND #total = :total",
      ExpressionAttributeNames: {
        "#id": "id",
        "#done": "done",
        "#total": "total",
        "#status": "status",
      },
      ExpressionAttributeValues: toItem(
        from === 0 ? values : { ...values, ":from": from },
      ),
    },
  };
}

/** Counterparty → account of the imported lines, for the next preview's suggestions (a hint only). */
async function rememberCounterparties(batch: Entry[]): Promise<void> {
  const pairs = new Map<string, string>();
  for (const e of batch)
    if (e.counterparty) pairs.set(cpKey(e.kind, e.counterparty), e.account);
  if (!pairs.size) return;
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  [...pairs].forEach(([k, account], i) => {
    names[`#c${i}`] = k;
    values[`:c${i}`] = account;
    sets.push(`#c${i} = :c${i}`);
  });
  try {
    await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: toItem(Keys.importCounterparties()),
        UpdateExpression: `SET ${sets.join(", ")}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: toItem(values),
      }),
    );
  } catch (err) {
    // The item is capped by DynamoDB's 400 KB: past that, suggestions come from the months read.
    if ((err as Error).name !== "ValidationException") throw err;
  }
}

/** The `n` months before `month` (YYYY-MM), oldest first. */
function monthsBefore(month: string, n: number): string[] {
  const [y, m] = month.split("-").map(Number);
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + m - 1 - (n - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
  });
}
