export * as LedgerReport from "./report";
// Reports of the 간편장부, built from the month totals (≤ 12 items a year, one query), never from
// the entries: the 수입·비용·소득 summary and its 12-month chart, the VAT report of a 과세기간 (일반)
// or a year (간이), the year's 총수입금액·필요경비 with 매출원가 from the stock the owner records,
// and the NTS-layout export (which does read the year's entries: it is the books themselves).
import * as v from "valibot";
import { assertCan } from "../actor";
import { TAX_TYPE_LABEL, type TaxType } from "../auth/schema";
import {
  getItem,
  putTx,
  queryLatest,
  queryPrefix,
  transact,
} from "../db/client";
import { Keys } from "../db/keys";
import { VisibleError } from "../error";
import { nowMs } from "../time";
import { tenantRecord } from "../tenant/record";
import { accountByCode } from "./accounts";
import {
  audit,
  monthEntries,
  months,
  nextMonth,
  postPending,
  type Entry,
} from "./index";
import { MAX_AMOUNT } from "./schema";
import type { EntryKind, TotalCell } from "./types";
import {
  addCells,
  generalVatReport,
  incomeSummary,
  monthTotals,
  parseVatPeriod,
  simplifiedVatReport,
  type GeneralVatReport,
  type IncomeSummary,
  type MonthPoint,
  type SimplifiedVatReport,
  type VatPeriod,
} from "./vat";

const monthsBetween = (from: string, to: string) => {
  const out: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) out.push(m);
  return out;
};

function checkRange(from: string, to: string) {
  if (from > to)
    throw new VisibleError(
      "validation",
      "bad_range",
      "시작 월이 끝 월보다 늦습니다.",
      {
        fields: [
          { field: "from", message: "끝 월보다 앞선 월을 골라 주세요." },
        ],
      },
    );
  if (monthsBetween(from, to).length > 24)
    throw new VisibleError(
      "validation",
      "range_too_long",
      "보고서는 24개월까지 한 번에 볼 수 있습니다.",
      { fields: [{ field: "to", message: "24개월 이내로 골라 주세요." }] },
    );
}

export interface AccountTotal {
  kind: EntryKind;
  account: string;
  name: string;
  n: number;
  amount: number;
  vat: number;
}

/** Per kind × account, summed over evidence (the per-account totals of the books). */
export function accountTotals(cells: readonly TotalCell[]): AccountTotal[] {
  const out = new Map<string, AccountTotal>();
  for (const c of cells) {
    const k = `${c.kind}|${c.account}`;
    const t = out.get(k) ?? {
      kind: c.kind,
      account: c.account,
      name: accountByCode(c.account)?.name ?? c.account,
      n: 0,
      amount: 0,
      vat: 0,
    };
    t.n += c.n;
    t.amount += c.amount;
    t.vat += c.vat;
    out.set(k, t);
  }
  const order: EntryKind[] = ["income", "expense", "asset"];
  return [...out.values()]
    .filter((t) => t.n || t.amount || t.vat)
    .sort(
      (a, b) =>
        order.indexOf(a.kind) - order.indexOf(b.kind) || b.amount - a.amount,
    );
}

export interface Summary {
  from: string;
  to: string;
  taxType: TaxType;
  /** One point a month, oldest first: 수입 and 비용 net of deductible VAT, 소득 = their difference. */
  months: MonthPoint[];
  totals: Omit<MonthPoint, "month">;
  accounts: AccountTotal[];
}

/** 수입·비용·소득 of the months from..to (YYYY-MM), per month and per account. */
export async function summary(from: string, to: string): Promise<Summary> {
  checkRange(from, to);
  const [t, ms] = await Promise.all([tenantRecord(), months(from, to)]);
  const points = ms.map((m) => ({
    month: m.month,
    ...monthTotals(m.cells, t.taxType),
  }));
  const totals = points.reduce(
    (s, p) => ({
      income: s.income + p.income,
      expense: s.expense + p.expense,
      profit: s.profit + p.profit,
    }),
    { income: 0, expense: 0, profit: 0 },
  );
  return {
    from,
    to,
    taxType: t.taxType,
    months: points,
    totals,
    accounts: accountTotals(addCells(...ms.map((m) => m.cells))),
  };
}

export type VatReport =
  | ({ taxType: "general"; period: VatPeriod } & GeneralVatReport)
  | ({ taxType: "simplified"; period: string } & SimplifiedVatReport)
  | {
      taxType: "exempt";
      period: string;
      year: number;
      /** 면세 수입 of the year: what the 사업장현황신고 (by 10 February) reports. */
      revenue: number;
    };

const yearOf = (period: string): number => {
  const m = /^(\d{4})(?:-[12])?$/.exec(period);
  if (!m)
    throw new VisibleError(
      "validation",
      "bad_vat_period",
      `과세기간은 '2026-1'(1기), '2026-2'(2기) 또는 연도 '2026' 형식입니다: ${period}`,
      { fields: [{ field: "period", message: "예: 2026-1, 2026-2, 2026" }] },
    );
  return Number(m[1]);
};

/**
 * The VAT estimate of a period. 일반과세자: the 과세기간 "YYYY-1" or "YYYY-2" (six month items);
 * 간이과세자: the year (부가가치세법 §5②: one period, Jan–Dec), so "2026", "2026-1" and "2026-2"
 * all mean 2026 (twelve month items); 면세사업자 file no VAT return, only the year's revenue.
 */
export async function vatReport(period: string): Promise<VatReport> {
  const t = await tenantRecord();
  if (t.taxType === "general") {
    const p = parseVatPeriod(period);
    const ms = await months(p.months[0], p.months[5]);
    return {
      taxType: "general",
      period: p,
      ...generalVatReport(addCells(...ms.map((m) => m.cells))),
    };
  }
  const year = yearOf(period);
  const ms = await months(`${year}-01`, `${year}-12`);
  const cells = addCells(...ms.map((m) => m.cells));
  if (t.taxType === "simplified")
    return {
      taxType: "simplified",
      period: String(year),
      ...simplifiedVatReport(cells, t.industry, year),
    };
  return {
    taxType: "exempt",
    period: String(year),
    year,
    revenue: cells
      .filter((c) => c.kind === "income")
      .reduce((s, c) => s + c.amount + c.vat, 0),
  };
}

// --- stock and the year-end 소득금액 -----------------------------------------------------------------

const won = (label: string) =>
  v.pipe(
    v.number(`${label}은(는) 숫자여야 합니다.`),
    v.integer(`${label}은(는) 원 단위 정수여야 합니다.`),
    v.minValue(0, `${label}은(는) 0 이상이어야 합니다.`),
    v.maxValue(MAX_AMOUNT, `${label}은(는) 1,000억 원 이하여야 합니다.`),
  );

/** 기초재고 / 기말재고 of a year (DOMAIN-KR §4: 매출원가 = 기초재고 + 당기매입 − 기말재고). */
export const StockInput = v.object({
  openingStock: won("기초재고"),
  closingStock: won("기말재고"),
});
export type StockInput = v.InferOutput<typeof StockInput>;

interface StockRecord extends StockInput {
  year: number;
  updatedAt: string;
}

export interface Stock extends StockInput {
  year: number;
  /** Whether the opening stock was recorded for this year or carried from last year's closing. */
  openingFrom: "recorded" | "previousYear" | "none";
  recorded: boolean;
}

async function stockOf(year: number): Promise<Stock> {
  const [own, prev] = await Promise.all([
    getItem<StockRecord>(Keys.ledgerStock(year)),
    getItem<StockRecord>(Keys.ledgerStock(year - 1)),
  ]);
  if (own)
    return {
      year,
      openingStock: own.openingStock,
      closingStock: own.closingStock,
      openingFrom: "recorded",
      recorded: true,
    };
  return {
    year,
    openingStock: prev?.closingStock ?? 0,
    closingStock: 0,
    openingFrom: prev ? "previousYear" : "none",
    recorded: false,
  };
}

export async function stock(year: number): Promise<Stock> {
  assertCan("ledger.read");
  return stockOf(year);
}

export async function setStock(
  year: number,
  input: StockInput,
): Promise<Stock> {
  assertCan("ledger.write");
  const before = await getItem<StockRecord>(Keys.ledgerStock(year));
  const item: StockRecord = {
    year,
    ...input,
    updatedAt: new Date(nowMs()).toISOString(),
  };
  await transact([
    putTx({ ...Keys.ledgerStock(year), ...item }),
    audit("stock", `stock:${year}`, { before, after: item }),
  ]);
  return stockOf(year);
}

export interface YearIncome extends IncomeSummary {
  year: number;
  taxType: TaxType;
  stock: Stock;
  /** Account names for the keys of revenueByAccount, expenses and purchasesByAccount. */
  names: Record<string, string>;
}

/** 총수입금액 및 필요경비 of a year, with 매출원가 from the recorded stock (twelve month items). */
export async function yearIncome(year: number): Promise<YearIncome> {
  const [t, ms, s] = await Promise.all([
    tenantRecord(),
    months(`${year}-01`, `${year}-12`),
    stockOf(year),
  ]);
  const cells = addCells(...ms.map((m) => m.cells));
  const names = Object.fromEntries(
    cells.map((c) => [c.account, accountByCode(c.account)?.name ?? c.account]),
  );
  return {
    year,
    taxType: t.taxType,
    stock: s,
    names,
    ...incomeSummary(cells, {
      taxType: t.taxType,
      openingStock: s.openingStock,
      closingStock: s.closingStock,
    }),
  };
}

// --- the books themselves -----------------------------------------------------------------------

/** The year's entries, month by month in date order (twelve single-partition queries). */
export async function yearEntries(year: number): Promise<Map<string, Entry[]>> {
  assertCan("ledger.read");
  await postPending();
  const ms = monthsBetween(`${year}-01`, `${year}-12`);
  const lists = await Promise.all(ms.map(monthEntries));
  return new Map(
    ms.map((m, i) => [
      m,
      lists[i].sort(
        (a, b) =>
          a.date.localeCompare(b.date) ||
          a.createdAt.localeCompare(b.createdAt),
      ),
    ]),
  );
}

export interface AuditRecord {
  at: string;
  action: string;
  entryId: string;
  userId: string;
  userName?: string;
  detail: unknown;
}

/** The newest changes to the books (who changed what), newest first, with the member's name. */
export async function auditTrail(limit = 100): Promise<AuditRecord[]> {
  assertCan("ledger.read");
  const [items, users] = await Promise.all([
    queryLatest<AuditRecord & { detail: string }>(
      Keys.ledgerAuditPrefix(),
      limit,
    ),
    queryPrefix<{ id: string; name: string }>(Keys.usersPrefix()),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  return items.map(({ at, action, entryId, userId, detail }) => ({
    at,
    action,
    entryId,
    userId,
    userName: userId === "system" ? "자동" : names.get(userId),
    detail: JSON.parse(detail),
  }));
}

const XLSX =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The year's books in the NTS layout, for the owner or their 세무사 (accountant role). */
export async function exportYear(
  year: number,
  format: "xlsx" | "csv",
): Promise<{ filename: string; body: Uint8Array; contentType: string }> {
  const [t, entries, income] = await Promise.all([
    tenantRecord(),
    yearEntries(year),
    yearIncome(year),
  ]);
  const { toCsv, toXlsx } = await import("./export");
  const stem = `간편장부_${t.businessName}_${year}`;
  if (format === "csv")
    return {
      filename: `${stem}.csv`,
      body: toCsv(entries),
      contentType: "text/csv; charset=utf-8",
    };
  return {
    filename: `${stem}.xlsx`,
    body: await toXlsx(entries, income, {
      businessName: t.businessName,
      bizNo: t.bizNo,
      taxTypeLabel: TAX_TYPE_LABEL[t.taxType],
    }),
    contentType: XLSX,
  };
}
