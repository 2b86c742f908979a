// The 간편장부 measured: a month of N entries viewed through the local stack (autocannon, the same
// connections as the latency table), and the reports built from the month totals — how many
// items and read units a yearly report reads, whatever the number of entries.
import autocannon from "autocannon";
import { performance } from "node:perf_hooks";
import { withActor } from "../core/actor";
import { ownerActor } from "./support";
import { Ledger } from "../core/ledger";
import { LedgerReport } from "../core/ledger/report";
import { newMeter, withMeter, type RequestMeter } from "../core/metering/meter";
import { kstMonth } from "../core/time";
import type { Tenant } from "./latency";

async function metered<T>(fn: () => Promise<T>) {
  const m: RequestMeter = newMeter();
  const t0 = performance.now();
  await withMeter(m, fn);
  return {
    ms: Math.round((performance.now() - t0) * 10) / 10,
    readUnits: m.readUnits,
    items: m.itemsRead,
    calls: m.dbCalls,
  };
}

export async function measureLedger(
  appUrl: string,
  tenant: Tenant & { tenantId: string; userId: string },
  o: { entries: number; seconds: number },
) {
  const actor = ownerActor(tenant);
  // A year of books: the entries of one month (the one viewed), one entry in each other month.
  const year = Number(kstMonth().slice(0, 4)) - 1;
  const month = `${year}-11`;
  const write = newMeter();
  const t0 = performance.now();
  await withActor(actor, () =>
    withMeter(write, async () => {
      for (let m = 1; m <= 12; m++)
        await Ledger.create({
          date: `${year}-${String(m).padStart(2, "0")}-05`,
          kind: "expense",
          account: "rent",
          description: "월세",
          counterparty: "건물주",
          amount: 550_000,
          evidence: "taxInvoice",
          dailyTotal: false,
          note: "",
        });
      // Four writers at a time, as a few phones and an import would.
      let next = 0;
      const worker = async () => {
        while (next < o.entries) {
          const i = next++;
          const sale = i % 3 === 0;
          await Ledger.create({
            date: `${month}-${String(1 + (i % 28)).padStart(2, "0")}`,
            kind: sale ? "income" : "expense",
            account: sale ? "sales" : "hair_supplies",
            description: sale ? "카드 매출" : `재료 ${i}`,
            counterparty: sale ? "" : "미용재료상",
            amount: 11_000 + i,
            evidence: "card",
            dailyTotal: sale,
            note: "",
          });
        }
      };
      await Promise.all(Array.from({ length: 4 }, worker));
    }),
  );
  const writeMs = performance.now() - t0;
  const writes = o.entries + 12;

  const url = `${appUrl}/api/ledger/entries?month=${month}`;
  const headers = { cookie: tenant.cookie };
  await autocannon({ url, headers, duration: 1, connections: 1 });
  // One owner's phone (requests one after another), then ten at once for throughput.
  const view = await autocannon({
    url,
    headers,
    duration: o.seconds,
    connections: 1,
  });
  const view10 = await autocannon({
    url,
    headers,
    duration: o.seconds,
    connections: 10,
  });
  const viewOne = await withActor(actor, () =>
    metered(() => Ledger.list({ month })),
  );

  const reports = await withActor(actor, async () => ({
    vatPeriod: await metered(() => LedgerReport.vatReport(`${year}-2`)),
    yearSummary: await metered(() =>
      LedgerReport.summary(`${year}-01`, `${year}-12`),
    ),
    yearIncome: await metered(() => LedgerReport.yearIncome(year)),
    exportXlsx: await metered(() => LedgerReport.exportYear(year, "xlsx")),
  }));
  const totals = await withActor(actor, () =>
    Ledger.months(`${year}-01`, `${year}-12`),
  );
  const cellsN = totals.reduce(
    (s, m) => s + m.cells.reduce((t, c) => t + c.n, 0),
    0,
  );
  return {
    entriesInMonth: o.entries,
    entriesInYear: writes,
    totalsAgreeWithEntries: cellsN === writes,
    writeUnitsPerEntry: Math.round((write.writeUnits / writes) * 100) / 100,
    writeMsPerEntry: Math.round((writeMs / writes) * 10) / 10,
    monthView: {
      p50: view.latency.p50,
      p99: view.latency.p99,
      rps: Math.round(view.requests.average),
      non2xx: view.non2xx + view10.non2xx,
      p99At10: view10.latency.p99,
      rpsAt10: Math.round(view10.requests.average),
      responseBytes: Math.round(
        view.throughput.average / view.requests.average,
      ),
      readUnits: viewOne.readUnits,
      items: viewOne.items,
    },
    reports,
  };
}
