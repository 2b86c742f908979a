export * as ResellerStatement from "./statement";
import { queryPrefix } from "../db/client";
import { Keys } from "../db/keys";
import { assertCan } from "../actor";
import { VisibleError } from "../error";
import { Billing } from "../billing";
import { METRIC_LABEL, type Metric } from "../plan";
import { kstMonth } from "../time";
import { assertScope, get, type LinkRecord } from "./index";

// A reseller's monthly statement: the closed 요금 명세 of each of its shops (core/billing writes
// them at the close, indexed on gsi2 under RSTMT#<reseller>#<month>), with the subscriber ID to
// merge into the reseller's own bill and the reseller's share. The share is of 공급가액 (VAT
// excluded), truncated below ₩1 per shop; the total share is the sum of the shops' shares.

export interface StatementRow {
  tenantId: string;
  subscriberId: string;
  businessName: string;
  plan: { id: string; name: string };
  usage: Partial<Record<Metric, number>>;
  planFeeKrw: number;
  overageKrw: number;
  totalKrw: number;
  supplyKrw: number;
  vatKrw: number;
  shareKrw: number;
}

export interface ResellerStatement {
  resellerId: string;
  month: string;
  shareBps: number;
  tenants: StatementRow[];
  totals: {
    tenants: number;
    usage: Partial<Record<Metric, number>>;
    planFeeKrw: number;
    overageKrw: number;
    totalKrw: number;
    supplyKrw: number;
    vatKrw: number;
    shareKrw: number;
  };
}

const tenth = (n: number) => Math.round(n * 10) / 10;

export async function statement(month: string): Promise<ResellerStatement> {
  assertScope("statements:read");
  assertCan("reseller.tenants.read");
  if (month >= kstMonth())
    throw new VisibleError(
      "conflict",
      "month_not_closed",
      `${month}은(는) 아직 마감되지 않았습니다. 명세는 다음 달 1일 0시 30분(한국 시간)에 확정됩니다.`,
    );
  const reseller = await get();
  const [rollUp, links] = await Promise.all([
    Billing.resellerRollUp(reseller.id, month),
    queryPrefix<LinkRecord>(Keys.resellerTenantsPrefix()),
  ]);
  const byId = new Map(links.map((l) => [l.tenantId, l]));
  const tenants = rollUp.statements
    .map((s): StatementRow => {
      const l = byId.get(s.tenantId);
      return {
        tenantId: s.tenantId,
        subscriberId: l?.subscriberId ?? "",
        businessName: l?.businessName ?? "",
        plan: { id: s.plan.id, name: s.plan.name },
        usage: Object.fromEntries(s.lines.map((x) => [x.metric, x.used])),
        planFeeKrw: s.planFeeKrw,
        overageKrw: s.overageKrw,
        totalKrw: s.totalKrw,
        supplyKrw: s.supplyKrw,
        vatKrw: s.vatKrw,
        shareKrw: Math.floor((s.supplyKrw * reseller.shareBps) / 10_000),
      };
    })
    .sort((a, b) => a.subscriberId.localeCompare(b.subscriberId));
  const sum = (f: (r: StatementRow) => number) =>
    tenants.reduce((n, r) => n + f(r), 0);
  const usage: Partial<Record<Metric, number>> = {};
  for (const r of tenants)
    for (const [m, n] of Object.entries(r.usage) as [Metric, number][])
      usage[m] = tenth((usage[m] ?? 0) + n);
  return {
    resellerId: reseller.id,
    month,
    shareBps: reseller.shareBps,
    tenants,
    totals: {
      tenants: tenants.length,
      usage,
      planFeeKrw: sum((r) => r.planFeeKrw),
      overageKrw: sum((r) => r.overageKrw),
      totalKrw: sum((r) => r.totalKrw),
      supplyKrw: sum((r) => r.supplyKrw),
      vatKrw: sum((r) => r.vatKrw),
      shareKrw: sum((r) => r.shareKrw),
    },
  };
}

const METRICS = Object.keys(METRIC_LABEL) as Metric[];

/** The columns of the CSV and the xlsx: one line per shop, then the 합계 line. */
export function header(): string[] {
  const metrics = METRICS;
  return [
    "가입자번호",
    "사업장ID",
    "상호",
    "요금제",
    ...metrics.map((m) => `${METRIC_LABEL[m].label}(${METRIC_LABEL[m].unit})`),
    "기본료",
    "초과요금",
    "합계(부가세포함)",
    "공급가액",
    "부가세",
    "판매사몫",
  ];
}

export function rows(s: ResellerStatement): (string | number)[][] {
  const metrics = METRICS;
  const rows: (string | number)[][] = s.tenants.map((r) => [
    r.subscriberId,
    r.tenantId,
    r.businessName,
    r.plan.name,
    ...metrics.map((m) => r.usage[m] ?? 0),
    r.planFeeKrw,
    r.overageKrw,
    r.totalKrw,
    r.supplyKrw,
    r.vatKrw,
    r.shareKrw,
  ]);
  const t = s.totals;
  rows.push([
    "합계",
    "",
    `${t.tenants}곳`,
    "",
    ...metrics.map((m) => t.usage[m] ?? 0),
    t.planFeeKrw,
    t.overageKrw,
    t.totalKrw,
    t.supplyKrw,
    t.vatKrw,
    t.shareKrw,
  ]);
  return rows;
}

/** The statement as CSV (UTF-8 with BOM, so Excel opens the Korean headers), won as plain integers. */
export async function toCsv(s: ResellerStatement): Promise<Buffer> {
  // Loaded on use: the console and reseller functions answer JSON far more often than CSV.
  const { default: Papa } = await import("papaparse");
  const csv = Papa.unparse({ fields: header(), data: rows(s) });
  return Buffer.from(`\uFEFF${csv}\r\n`, "utf8");
}

/**
 * The same table as an Excel workbook (exceljs, loaded only here): sheet 명세 has the header in
 * row 1, one row per shop and the 합계 row last — the shape a billing system merges line by line
 * on the subscriber ID; won columns are numbers formatted #,##0. Sheet 정보 says whose and which month.
 */
export async function toXlsx(s: ResellerStatement): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "Golmok";
  const head = header();
  const ws = wb.addWorksheet("명세", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  ws.columns = head.map((h, i) => ({
    header: h,
    width: i === 1 ? 30 : i === 2 ? 20 : Math.max(12, h.length + 4),
  }));
  ws.getRow(1).font = { bold: true };
  const data = rows(s);
  for (const r of data) ws.addRow(r);
  ws.lastRow!.font = { bold: true };
  const firstWon = 4 + METRICS.length;
  for (let c = 5; c <= head.length; c++)
    ws.getColumn(c).numFmt = c > firstWon ? "#,##0" : "#,##0.#";
  const info = wb.addWorksheet("정보");
  info.columns = [{ width: 16 }, { width: 36 }];
  info.addRows([
    ["판매사 ID", s.resellerId],
    ["월", s.month],
    ["수익 배분율", `${s.shareBps / 100}%`],
    ["사업장 수", s.totals.tenants],
    ["합계(부가세포함)", s.totals.totalKrw],
    ["공급가액", s.totals.supplyKrw],
    ["부가세", s.totals.vatKrw],
    ["판매사몫", s.totals.shareKrw],
    ["", "판매사몫 = 공급가액 × 수익 배분율, 사업장마다 원 미만 버림"],
  ]);
  info.getColumn(2).alignment = { horizontal: "left" };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
