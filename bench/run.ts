// `npm run bench` (-- --quick for CI): measures what exists so far, prints a summary and writes
// bench/results.json and bench/REPORT.md. No AWS needed: the real handlers against DynamoDB Local.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { Auth } from "../core/auth";
import { ensureTable } from "../core/db/bootstrap";
import { Metering } from "../core/metering";
import { buildWebApp, ROOT, startLocal } from "../functions/local/stack";
import { measureBundles } from "./bundles";
import { measureLatency, type Tenant } from "./latency";
import { measureWeb } from "./web";
import { measureInvoiceHistory, measureInvoices } from "./invoice";
import { measureLedgerImport } from "./ledger-import";
import { measureLedger } from "./ledger";
import { measureTenantMonth } from "./month";
import { measureStatements } from "./statement";
import { measureResellers } from "./reseller";
import { costChart, scaleOnPaper } from "./month-report";
import { randomBytes } from "node:crypto";
import { bizNoCheckDigit } from "../core/kr/bizno";

const quick = process.argv.includes("--quick");
const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
// Published homepages go to a scratch folder, not the developer's .data/sites.
process.env.GOLMOK_SITES_DIR = mkdtempSync(
  resolve(tmpdir(), "golmok-bench-sites-"),
);
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
process.env.GOLMOK_LOG_REQUESTS = "0";
const started = performance.now();
// Progress on stderr, and each section's wall time for the report.
const sectionSeconds: Record<string, number> = {};
let lapAt = started;
let lapName = "web";
const lap = (next: string) => {
  const now = performance.now();
  sectionSeconds[lapName] = Math.round((now - lapAt) / 100) / 10;
  console.error(
    `[bench ${Math.round((now - started) / 1000)} s] ${lapName} done (${sectionSeconds[lapName]} s); ${next}…`,
  );
  lapAt = now;
  lapName = next;
};

await buildWebApp(true);
const web = measureWeb();
lap("bundles");
const bundles = await measureBundles(quick ? 3 : 5);

// The bench drains the outbox itself, inside its meters: the local loop polls once an hour.
const stack = await startLocal({
  inMemory: true,
  quiet: true,
  port: 0,
  mailPollMs: 3_600_000,
});
await ensureTable();
let n = 0;
const newTenant = async (): Promise<
  Tenant & { tenantId: string; userId: string }
> => {
  const email = `bench-${Date.now()}-${n++}@bench.local`;
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
    `bench-${n}`,
    { preverified: true },
  );
  const { token, me } = await Auth.login(
    email,
    "bench-password-1",
    `bench-${n}`,
  );
  return {
    cookie: `golmok_session=${token}`,
    csrf: me.csrfToken,
    tenantId: me.tenant.id,
    userId: me.user.id,
  };
};
lap("latency");
const latency = await measureLatency(stack.appUrl, newTenant, quick ? 2 : 4);
// A supplier with a 사업자번호 (a shop without one cannot issue) and a buyer number.
const bizNo = () => {
  const d = [...randomBytes(9)].map((b, i) => (i === 0 ? 1 + (b % 9) : b % 10));
  return [...d, bizNoCheckDigit(d)].join("");
};
const supplierEmail = `bench-supplier-${Date.now()}@bench.local`;
await Auth.signup(
  {
    businessName: "벤치미용실",
    noBizNo: false,
    bizNo: bizNo(),
    ownerName: "벤치",
    industry: "salon",
    email: supplierEmail,
    phone: "01012345678",
    password: "bench-password-1",
    privacyConsent: true,
  },
  "bench-invoice",
  { preverified: true },
);
const supplier = await Auth.login(
  supplierEmail,
  "bench-password-1",
  "bench-invoice",
);
lap("invoices");
const invoices = await measureInvoices(
  { tenantId: supplier.me.tenant.id, userId: supplier.me.user.id },
  bizNo(),
  quick ? 5 : 30,
);
const invoiceHistory = await measureInvoiceHistory(
  { tenantId: supplier.me.tenant.id, userId: supplier.me.user.id },
  quick ? 12 : 60,
);
lap("ledger");
const ledger = await measureLedger(stack.appUrl, await newTenant(), {
  entries: quick ? 300 : 1000,
  seconds: quick ? 2 : 6,
});
lap("ledgerImport");
const ledgerImport = await measureLedgerImport(quick ? 2_000 : 10_000);
// The tenant-month (~900 requests a shop, 40 of them scrypt logins, 73 e-mails with their PDFs).
// The shops are split over two worker processes, two at a time in each (README: The benchmark);
// the quick run still sends two shops through both, so CI runs the workers' path too. Every shop
// lives the same profile, so the per-tenant figures do not depend on the count, the width or the
// split; only handler milliseconds move with them.
lap("tenantMonth");
const month = await measureTenantMonth({
  tenants: flag("--tenants") ?? (quick ? 2 : 50),
  concurrency: flag("--concurrency") ?? 2,
  processes: flag("--processes") ?? 2,
});
lap("statements");
const statements = await measureStatements(quick ? 100 : 1000);
lap("resellers");
const resellers = await measureResellers(quick ? 10 : 100);
lap("stop");
await Metering.flush();
await stack.stop();
lap("report");

const maxBundleBytes = Math.max(...bundles.functions.map((f) => f.bytes));
const fiveYearExportSeconds = Math.round(
  (3000 * invoices.export.msPerInvoice) / 1000,
);
const coldRatios = bundles.functions.flatMap((f) =>
  f.coldOverFloor === null ? [] : [f.coldOverFloor],
);
const appRoutes = latency.routes.slice(1);
const results = {
  generatedAt: new Date().toISOString(),
  mode: quick ? "quick" : "full",
  machine: {
    cpus: (await import("node:os")).cpus().length,
    node: process.version,
  },
  maxBundleBytes,
  coldImportOverFloor: Math.max(...coldRatios),
  coldImportOverSdkFloor: Math.max(
    ...bundles.functions.flatMap((f) =>
      f.coldOverSdkFloor === null ? [] : [f.coldOverSdkFloor],
    ),
  ),
  p99OverFloor: Math.max(...appRoutes.map((r) => r.p99OverFloor ?? 0)),
  webInitialJsGzipBytes: web?.initialJsGzipBytes ?? null,
  costPerInvoiceKrw: invoices.costPerInvoiceKrw,
  costPerTenantMonthKrw: month.costPerTenantMonthKrw,
  measuredOverFloor: month.measuredOverFloor,
  homepageBytes: month.perTenant.homepage?.htmlBytes ?? null,
  month,
  statements,
  resellers,
  bundles,
  latency,
  invoices,
  invoiceHistory,
  ledgerImport,
  ledger,
  web,
  seconds: Math.round((performance.now() - started) / 100) / 10,
  sectionSeconds,
};
writeFileSync(
  resolve(ROOT, "bench/results.json"),
  JSON.stringify(results, null, 2) + "\n",
);

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const lines = [
  `# Golmok benchmark (${results.mode}, ${results.generatedAt.slice(0, 10)}, ${results.machine.cpus} cores, Node ${results.machine.node})`,
  "",
  "## Lambda bundles (esbuild, ESM, minified, node20; AWS SDK from the runtime)",
  "",
  "| function | loaded at cold start | lazy chunks (PDF, xlsx) | cold import + first answer (median) | ÷ bare Hono floor | ÷ Hono + DynamoDB client |",
  "|---|---|---|---|---|---|",
  `| floor (bare Hono) | ${kb(bundles.floor.bytes)} | — | ${bundles.floor.coldMs.toFixed(1)} ms | 1.00 | — |`,
  `| floor + DynamoDB client | ${kb(bundles.sdkFloor.bytes)} | — | ${bundles.sdkFloor.coldMs.toFixed(1)} ms | ${(bundles.sdkFloor.coldMs / bundles.floor.coldMs).toFixed(2)} | 1.00 |`,
  ...bundles.functions.map(
    (f) =>
      `| ${f.name} | ${kb(f.bytes)} | ${f.lazyBytes ? kb(f.lazyBytes) : "—"} | ${f.coldMs === null ? "—" : `${f.coldMs.toFixed(1)} ms`} | ${f.coldOverFloor === null ? "—" : f.coldOverFloor.toFixed(2)} | ${f.coldOverSdkFloor === null ? "—" : f.coldOverSdkFloor.toFixed(2)} |`,
  ),
  "",
  `## Latency through the local stack (${latency.connections} connections, ${latency.seconds} s per route)`,
  "",
  "| route | p50 ms | p99 ms | req/s | non-2xx | p99 ÷ floor |",
  "|---|---|---|---|---|---|",
  ...latency.routes.map(
    (r) =>
      `| ${r.route} | ${r.p50} | ${r.p99} | ${Math.round(r.rps)} | ${r.non2xx} | ${r.p99OverFloor?.toFixed(2) ?? "—"} |`,
  ),
  "",
  `## Invoices (${invoices.runs} issued and e-mailed in-process, DynamoDB Local + SES local)`,
  "",
  `- issue: p50 ${invoices.issueMs.p50} ms, p99 ${invoices.issueMs.p99} ms; issue + send + SES delivery (PDF and XML rendered): p50 ${invoices.issueAndEmailMs.p50} ms, p99 ${invoices.issueAndEmailMs.p99} ms`,
  `- DynamoDB write units: issue ${invoices.wcuPerIssue} (one transaction, 2 units per KB of each item: the invoice with its 작성일자 index entry, its transmission item (전송대기), serial + usage count, ledger event and audit entry; issue #3's ≤ 6 was read off DynamoDB Local, which reports a flat 2 per transaction), NTS transmission record ${invoices.wcuPerTransmission}, send ${invoices.wcuPerSend}, delivery ${invoices.wcuPerDelivery} (an update of the invoice is written to the 작성일자 index too); read units per invoice ${invoices.rcuPerInvoice}`,
  `- a shop with ${invoiceHistory.months / 12} years of history (${invoiceHistory.invoices.toLocaleString("en")} invoices, 50 a month): this month's list reads ${invoiceHistory.listRcu} units (${invoiceHistory.listItems} invoices) and the dashboard's alerts ${invoiceHistory.alertsRcu}${invoiceHistory.alertsRcu === 0 ? " (nothing open: DynamoDB Local reports no units for an index query that finds nothing; DynamoDB bills a query at least half a unit)" : ""}; one read of the whole history costs ${invoiceHistory.wholeHistoryRcu} units, which is what every list and alerts view read before the 작성일자 and open-items indexes`,
  `- PDF ${kb(invoices.pdfBytes)}, rendered in ${invoices.pdfRenderMs} ms (median of 10, warm); attachments ${kb(invoices.attachmentBytes)}`,
  `- cloud cost per invoice at Seoul list prices (bench/prices.ts): ₩${invoices.costPerInvoiceKrw} (₩${invoices.costPerInvoiceExcludingSesKrw} without the SES e-mail itself); target < ₩0.5`,
  `- the owner's export of this shop (everything, each invoice as XML + PDF): ${invoices.export.invoices} invoices in ${invoices.export.ms} ms, ${kb(invoices.export.bytes)}, ${invoices.export.files} files — ${invoices.export.msPerInvoice} ms an invoice, so a shop with 3,000 invoices (five years at 50 a month) ≈ ${fiveYearExportSeconds} s on one core: ${fiveYearExportSeconds > 29 ? "past" : "within"} API Gateway's 29 s, ${fiveYearExportSeconds > 900 ? "PAST" : "inside"} the export worker's 15 minutes`,
  "",
  `## 간편장부 (ledger): a month of ${ledger.entriesInMonth} entries, ${ledger.entriesInYear} in the year`,
  "",
  `- month view through the local stack (GET /api/ledger/entries, one connection — an owner's phone): p50 ${ledger.monthView.p50} ms, p99 ${ledger.monthView.p99} ms (target < 150 ms), ${ledger.monthView.rps} req/s; with 10 connections p99 ${ledger.monthView.p99At10} ms, ${ledger.monthView.rpsAt10} req/s; non-2xx ${ledger.monthView.non2xx}; one view reads ${ledger.monthView.items} items, ${ledger.monthView.readUnits} read units, answers ${(ledger.monthView.responseBytes / 1024).toFixed(0)} KB`,
  `- each entry written with its month totals and audit record in one transaction: ${ledger.writeUnitsPerEntry} write units, ${ledger.writeMsPerEntry} ms (4 concurrent writers); month totals agree with the entries: ${ledger.totalsAgreeWithEntries ? "yes" : "NO"}`,
  "",
  "| report | items read | read units | DB calls | ms |",
  "|---|---|---|---|---|",
  ...Object.entries(ledger.reports).map(
    ([name, r]) =>
      `| ${name} | ${r.items} | ${r.readUnits} | ${r.calls} | ${r.ms} |`,
  ),
  "",
  "Reports read the month-total items (≤ 12 a year) plus the tenant profile item (for the tax type and industry); the export reads the entries themselves.",
  "",
  `## Statement import (${ledgerImport.lines} card lines, preview + ${ledgerImport.chunks} chunks of 500, in-process)`,
  "",
  `- ${ledgerImport.seconds} s in all (preview ${ledgerImport.previewMs} ms, chunk p50 ${ledgerImport.chunkMsP50} ms, max ${ledgerImport.chunkMsMax} ms); upload ${kb(ledgerImport.uploadBytes)} (gzip of ${kb(ledgerImport.fileBytes)}), largest chunk ${kb(ledgerImport.maxChunkBytes)} (limit 1 MB), preview answer ${kb(ledgerImport.previewResponseBytes)}`,
  `- capacity: import ${ledgerImport.importWcu} WCU (${ledgerImport.itemsWritten} items written, ${ledgerImport.wcuPerLine} WCU per line) + ${ledgerImport.importRcu} RCU, preview ${ledgerImport.previewRcu} RCU, re-import preview ${ledgerImport.reimportPreviewRcu} RCU (${ledgerImport.duplicatesOnReimport} duplicates found); ₩${ledgerImport.costKrw} at list prices`,
  "",
  "## Web app",
  "",
  web
    ? `Initial JS ${kb(web.initialJsGzipBytes)} gzip (${kb(web.initialJsBytes)} raw), CSS ${kb(web.initialCssGzipBytes)} gzip.`
    : "web/dist missing.",
  "",
  ...monthSection(),
];
writeFileSync(resolve(ROOT, "bench/cost.svg"), costChart(month));
writeFileSync(resolve(ROOT, "bench/REPORT.md"), lines.join("\n"));
console.log(lines.join("\n"));
console.log(
  `bench finished in ${results.seconds} s → bench/results.json, bench/REPORT.md`,
);
process.exit(0);

function monthSection(): string[] {
  const m = month;
  const pt = m.perTenant;
  const won = (n: number) =>
    `₩${n.toLocaleString("ko-KR", { maximumFractionDigits: 3 })}`;
  return [
    `## Cost per tenant-month (${m.profile}; ${m.tenants} shops simulated in ${m.seconds} s, ${m.processes > 1 ? `${m.concurrency} at a time in each of ${m.processes} processes` : `${m.concurrency} at a time`})`,
    "",
    `Each shop: ${pt.apiRequests} API requests (${pt.lambdaInvokes} Lambda invocations with the mail worker), ${pt.handlerMs.toLocaleString()} ms of handler time, ${pt.readUnits} read and ${pt.writeUnits} write units (${pt.itemsRead} items read, ${pt.itemsWritten} written), ${pt.emails} e-mails (${(pt.emailBytes / 1024).toFixed(0)} KB with attachments), ${(pt.storedBytes / 1024).toFixed(0)} KB stored, ${pt.homepageViews.toLocaleString()} homepage views${pt.homepage ? ` of ${pt.homepage.htmlGzipBytes} bytes gzip (${pt.homepage.htmlBytes} B raw, stylesheet inline)` : ""}. Handler time is measured while ${m.concurrency * m.processes} shops share the 2 cores with DynamoDB Local, so it is on the high side of what a Lambda would bill.`,
    "",
    "![cost breakdown](cost.svg)",
    "",
    "| service | ₩ per tenant-month |",
    "|---|---|",
    ...Object.entries(m.costKrwByService).map(
      ([k, v]) => `| ${k} | ${won(v)} |`,
    ),
    `| **total** | **${won(m.costPerTenantMonthKrw)}** (target ≤ ₩20) |`,
    `| total without homepage views (CloudFront) | ${won(m.costPerTenantMonthKrw - m.costKrwByService.cloudFront)} |`,
    "",
    `- per invoice issued and e-mailed: ${won(m.perEvent.invoiceKrw)} (target ≤ ₩0.5); per payslip: ${won(m.perEvent.payslipKrw)}; per 1,000 page views: ${won(m.perEvent.per1000PageViewsKrw)} (one request a view, the stylesheet inline)`,
    `- gross margin: ${m.grossMargin.map((g) => `${g.name} ₩${g.priceKrw.toLocaleString()} (VAT incl.) → ${g.marginPct}%`).join(", ")}`,
    `- measured ÷ floor: **${m.measuredOverFloor}** (target ≤ 1.5; floor ₩${m.floorPerTenantMonthKrw}); read units ÷ floor ${m.overFloor.readUnits}, write units ÷ floor ${m.overFloor.writeUnits} (a transactional write costs 2 units an item, and the outbox items carry the e-mail bodies), handler time ${m.overFloor.lambdaMs} ms an invoke against the floor's 1 ms`,
    "",
    "| route | per month | ms | read units | write units | items read | items written |",
    "|---|---|---|---|---|---|---|",
    ...m.routes.map(
      (r) =>
        `| ${r.route} | ${r.requests} | ${r.msPerRequest} | ${r.readUnitsPerRequest} | ${r.writeUnitsPerRequest} | ${r.itemsReadPerRequest} | ${r.itemsWrittenPerRequest} |`,
    ),
    `| mail worker (per message) | ${m.mailWorker.invokesPerTenant} | ${m.mailWorker.msPerMessage} | — | ${m.mailWorker.writeUnitsPerMessage} | — | — |`,
    "",
    ...scaleOnPaper(m, ledgerImport, statements),
    "",
    ...resellerSection(),
  ];
}

function resellerSection(): string[] {
  const r = resellers;
  const row = (name: string, x: typeof r.provision) =>
    `| ${name} | ${x.requests} | ${x.p50Ms} | ${x.p99Ms} | ${x.readUnits} | ${x.writeUnits} | ₩${x.krw} |`;
  return [
    `## Resellers (${r.shops} shops provisioned through /reseller/v1 in ${r.seconds} s, in-process)`,
    "",
    "| call | requests | p50 ms | p99 ms | read units | write units | ₩ a call |",
    "|---|---|---|---|---|---|---|",
    row("POST /reseller/v1/tenants (new shop)", r.provision),
    row("POST /reseller/v1/tenants (same subscriber again)", r.reprovision),
    row(`GET /reseller/v1/tenants (${r.shops} shops)`, r.list),
    row("GET /reseller/v1/tenants/:id", r.tenant),
    "",
    "The statement route's roll-up is measured above on 1,000 shops (a month's statement exists once the month is closed).",
    "",
    `A provisioning's cloud cost is the call above plus its welcome e-mail (₩${r.welcomeEmailKrw}); 10,000 shops bulk-provisioned ≈ ₩${Math.round((r.provision.krw + r.welcomeEmailKrw) * 10_000).toLocaleString()}.`,
  ];
}
