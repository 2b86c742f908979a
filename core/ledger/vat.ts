// VAT and income arithmetic of the 간편장부, pure (DOMAIN-KR §4): the VAT split of an entry, the
// 과세기간 and their due dates, the 일반과세자 and 간이과세자 VAT estimates, the 소득금액 summary and the
// month series of the chart. Everything here reads month-total cells (TotalCell), never entries,
// and every amount is integer won.
import type { Industry, TaxType } from "../auth/schema";
import { VisibleError } from "../error";
import { vatBasisPoints } from "../invoice/compute";
import { carriesVat, splitInclusive, type VatEvidence } from "./split";
import { deadlineOn } from "../kr/holidays";
import { accountByCode } from "./accounts";
import type { TotalCell } from "./types";

// --- 과세기간 ------------------------------------------------------------------------------------------

export interface Filing {
  /** The months the return covers, YYYY-MM-DD inclusive. */
  from: string;
  to: string;
  /** The statutory due date (the 25th of the month after). */
  due: string;
  /** The due date moved past weekends and 공휴일 (국세기본법 §5①). */
  deadline: string;
}

export interface VatPeriod {
  /** "2026-1" (1기, Jan–Jun) or "2026-2" (2기, Jul–Dec). */
  id: string;
  year: number;
  half: 1 | 2;
  from: string;
  to: string;
  /** The six months, YYYY-MM. */
  months: string[];
  /** 예정신고 (부가가치세법 §48①): the first three months, by the 25th of the fourth. Individuals
   *  usually get a 예정고지 (§48③, half the previous period's tax) and file nothing. */
  preliminary: Filing;
  /** 확정신고 (§49①): by the 25th after the period. An individual's return covers all six months. */
  final: Filing;
}

const ym = (y: number, m: number) => `${y}-${String(m).padStart(2, "0")}`;
const lastDay = (y: number, m: number) =>
  new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
const filing = (from: string, to: string, due: string): Filing => ({
  from,
  to,
  due,
  deadline: deadlineOn(due),
});

const badPeriod = (value: string): never => {
  throw new VisibleError(
    "validation",
    "bad_vat_period",
    `과세기간은 '2026-1'(1기) 또는 '2026-2'(2기) 형식입니다: ${value}`,
    { fields: [{ field: "period", message: "예: 2026-1, 2026-2" }] },
  );
};

function checkYear(year: number, value?: string): number {
  if (Number.isInteger(year) && year >= 2000 && year <= 9998) return year;
  if (value !== undefined) badPeriod(value);
  throw new VisibleError(
    "validation",
    "bad_year",
    `연도가 올바르지 않습니다: ${year}`,
  );
}

function period(year: number, half: 1 | 2): VatPeriod {
  const m0 = half === 1 ? 1 : 7;
  const from = `${ym(year, m0)}-01`;
  const to = lastDay(year, m0 + 5);
  const [dueY, dueM] = half === 1 ? [year, 7] : [year + 1, 1];
  return {
    id: `${year}-${half}`,
    year,
    half,
    from,
    to,
    months: Array.from({ length: 6 }, (_, i) => ym(year, m0 + i)),
    preliminary: filing(from, lastDay(year, m0 + 2), `${ym(year, m0 + 3)}-25`),
    final: filing(from, to, `${ym(dueY, dueM)}-25`),
  };
}

/** The two 과세기간 of a 일반과세자's year (부가가치세법 §5①: 1기 1.1–6.30, 2기 7.1–12.31). */
export function vatPeriods(year: number): [VatPeriod, VatPeriod] {
  checkYear(year);
  return [period(year, 1), period(year, 2)];
}

/** The 과세기간 a date (YYYY-MM-DD) or month (YYYY-MM) falls in. */
export function vatPeriodOf(date: string): VatPeriod {
  const m = /^(\d{4})-(0[1-9]|1[0-2])(?:-\d{2})?$/.exec(date);
  if (!m) return badPeriod(date);
  return period(checkYear(Number(m[1]), date), Number(m[2]) <= 6 ? 1 : 2);
}

/** "2026-1" / "2026-2" → the period; anything else is a validation error. */
export function parseVatPeriod(value: string): VatPeriod {
  const m = /^(\d{4})-([12])$/.exec(value);
  if (!m) return badPeriod(value);
  return period(checkYear(Number(m[1]), value), Number(m[2]) as 1 | 2);
}

// --- cells -----------------------------------------------------------------------------------------

const cellKey = (c: TotalCell) =>
  `${c.kind}|${c.account}|${c.evidence}|${c.deductible ? 1 : 0}`;

/** Adds month-total cells up (e.g. the months of a period), one cell per kind × account × evidence
 *  × deductible; cells that come to nothing are dropped. */
export function addCells(
  ...lists: readonly (readonly TotalCell[])[]
): TotalCell[] {
  const out = new Map<string, TotalCell>();
  for (const list of lists)
    for (const c of list) {
      const k = cellKey(c);
      const sum = out.get(k) ?? { ...c, n: 0, amount: 0, vat: 0 };
      sum.n += c.n;
      sum.amount += c.amount;
      sum.vat += c.vat;
      out.set(k, sum);
    }
  return [...out.values()].filter((c) => c.n || c.amount || c.vat);
}

/**
 * What an income cell is worth net of VAT. A 일반과세자's sale recorded without a VAT split (영수증,
 * 없음: cash sales) still owes VAT: 부가가치세법 §29⑦ ⚠ takes 100/110 of a price that does not
 * state its VAT as the 공급가액. So such a cell is split here, for the VAT report and the 소득금액
 * alike. A cell that carries VAT, a 계산서 (면세) sale, and every 간이·면세 sale stay as recorded.
 */
export function incomeSupply(
  c: TotalCell,
  taxType: TaxType,
): { amount: number; vat: number } {
  if (
    taxType === "general" &&
    c.kind === "income" &&
    c.vat === 0 &&
    (c.evidence === "receipt" || c.evidence === "none") &&
    isVatSupply(c)
  )
    return splitInclusive(c.amount);
  return { amount: c.amount, vat: c.vat };
}

/** Income that is a supply of goods or services; 기타수입 (이자 …) is not, unless VAT was charged. */
const isVatSupply = (c: TotalCell) =>
  accountByCode(c.account)?.vatSupply !== false || c.vat !== 0;

/** A 일반과세자's deductible 매입세액: stated on 세금계산서/카드/현금영수증 and not excluded (§39). */
const isInputVat = (c: TotalCell, taxType: TaxType) =>
  taxType === "general" &&
  c.kind !== "income" &&
  c.deductible &&
  carriesVat(c.evidence);

// --- 일반과세자 부가가치세 ---------------------------------------------------------------------------------

export interface VatLine {
  n: number;
  supply: number;
  vat: number;
}
const line = (): VatLine => ({ n: 0, supply: 0, vat: 0 });
const addTo = (l: VatLine, n: number, supply: number, vat: number) => {
  l.n += n;
  l.supply += supply;
  l.vat += vat;
};

export interface GeneralVatReport {
  /** 과세 매출 by evidence (신고서 lines: 세금계산서 발급분 / 신용카드·현금영수증 발행분 / 기타). */
  sales: {
    taxInvoice: VatLine;
    cardCash: VatLine;
    other: VatLine;
    total: VatLine;
    /** 면세 매출 on 계산서: no VAT, outside 과세표준. */
    exempt: { n: number; supply: number };
  };
  /** 공제 매입세액 by evidence (세금계산서 수취분 / 신용카드매출전표등 수령분 카드·현금영수증). */
  purchases: {
    taxInvoice: VatLine;
    card: VatLine;
    cashReceipt: VatLine;
    total: VatLine;
  };
  /** 공제받지 못할 매입세액 (부가가치세법 §39: 접대비, 비영업용 소형승용차 …). */
  nonDeductible: VatLine;
  /** Purchases without input VAT (계산서, 영수증, 없음): VAT-inclusive cost, nothing to deduct. */
  withoutInputVat: { n: number; amount: number };
  /** 매출세액. */
  outputVat: number;
  /** 공제 매입세액. */
  inputVat: number;
  /** 납부세액 estimate = 매출세액 − 공제 매입세액 (negative: 환급). Credits such as 신용카드매출전표
   *  발행세액공제 (§46) and 의제매입세액 (§42) are not included. */
  payable: number;
}

/** A 일반과세자's VAT estimate from the cells of a 과세기간's months (부가가치세법 §37). */
export function generalVatReport(
  cells: readonly TotalCell[],
): GeneralVatReport {
  const r: GeneralVatReport = {
    sales: {
      taxInvoice: line(),
      cardCash: line(),
      other: line(),
      total: line(),
      exempt: { n: 0, supply: 0 },
    },
    purchases: {
      taxInvoice: line(),
      card: line(),
      cashReceipt: line(),
      total: line(),
    },
    nonDeductible: line(),
    withoutInputVat: { n: 0, amount: 0 },
    outputVat: 0,
    inputVat: 0,
    payable: 0,
  };
  for (const c of cells) {
    if (c.kind === "income") {
      if (!isVatSupply(c)) continue;
      if (c.evidence === "invoice") {
        r.sales.exempt.n += c.n;
        r.sales.exempt.supply += c.amount;
        continue;
      }
      const { amount, vat } = incomeSupply(c, "general");
      const to =
        c.evidence === "taxInvoice"
          ? r.sales.taxInvoice
          : c.evidence === "card" || c.evidence === "cashReceipt"
            ? r.sales.cardCash
            : r.sales.other;
      addTo(to, c.n, amount, vat);
      addTo(r.sales.total, c.n, amount, vat);
    } else if (isInputVat(c, "general")) {
      addTo(r.purchases[c.evidence as VatEvidence], c.n, c.amount, c.vat);
      addTo(r.purchases.total, c.n, c.amount, c.vat);
    } else if (carriesVat(c.evidence)) {
      addTo(r.nonDeductible, c.n, c.amount, c.vat);
    } else {
      r.withoutInputVat.n += c.n;
      r.withoutInputVat.amount += c.amount + c.vat;
    }
  }
  r.outputVat = r.sales.total.vat;
  r.inputVat = r.purchases.total.vat;
  r.payable = r.outputVat - r.inputVat;
  return r;
}

// --- 간이과세자 부가가치세 ---------------------------------------------------------------------------------

/** 업종별 부가가치율 bands (부가가치세법 시행령 §111②). */
export type ValueAddedBand =
  | "retail" // 소매업, 재생용 재료수집·판매업
  | "restaurant" // 음식점업
  | "manufacturing" // 제조업, 농·임·어업, 소화물 전문 운송업
  | "lodging" // 숙박업
  | "services" // 건설업, 운수·창고업, 정보통신업, 그 밖의 서비스업
  | "finance"; // 금융·보험, 전문·과학·기술, 사업시설관리·사업지원·임대, 부동산 관련 서비스, 부동산임대업

/**
 * 간이과세자 rules by effective date (부가가치세법 §61, §63, §69; 시행령 §109, §111 ⚠ verify yearly).
 * A year is computed with the row in force on its 1 January (its eligibility against the row of
 * the next 1 July); the table starts with the 2021-07-01 reform, so 2022 is the first full year.
 */
export const SIMPLIFIED_RULES: {
  from: string;
  /** 업종별 부가가치율, basis points (1500 = 15%). 시행령 §111②. */
  valueAddedBp: Record<ValueAddedBand, number>;
  /** 매입 세금계산서 등 수취세액공제: 매입 공급대가 × this (§63③). ⚠ not in DOMAIN-KR. */
  purchaseCreditBp: number;
  /** 납부의무 면제: 공급대가 below this (§69①). */
  exemptBelow: number;
  /** 간이과세 적용 기준: 직전 연도 공급대가 below this (§61①, 시행령 §109). */
  eligibleBelow: number;
  /** At or above this a 간이과세자 must issue 세금계산서 (§36①2). */
  invoiceFrom: number;
}[] = [
  {
    from: "2021-07-01",
    valueAddedBp: {
      retail: 1500,
      restaurant: 1500,
      manufacturing: 2000,
      lodging: 2500,
      services: 3000,
      finance: 4000,
    },
    purchaseCreditBp: 50,
    exemptBelow: 48_000_000,
    eligibleBelow: 80_000_000,
    invoiceFrom: 48_000_000,
  },
  {
    from: "2024-07-01",
    valueAddedBp: {
      retail: 1500,
      restaurant: 1500,
      manufacturing: 2000,
      lodging: 2500,
      services: 3000,
      finance: 4000,
    },
    purchaseCreditBp: 50,
    exemptBelow: 48_000_000,
    eligibleBelow: 104_000_000,
    invoiceFrom: 48_000_000,
  },
];

/** Our industries in the 시행령 §111② bands. ⚠ optician: 안경 소매업 (KSIC 47782) is retail;
 *  other: we cannot tell, so 그 밖의 서비스업 (30%), the band most small shops not listed fall in. */
export const INDUSTRY_VALUE_ADDED_BAND: Record<Industry, ValueAddedBand> = {
  salon: "services", // 이용·미용업: 개인 서비스업
  carRepair: "services", // 자동차 수리업
  restaurant: "restaurant",
  retail: "retail",
  optician: "retail",
  other: "services",
};

/** The 간이과세 rules in force on a date (YYYY-MM-DD). */
export function simplifiedRulesOn(
  date: string,
): (typeof SIMPLIFIED_RULES)[number] {
  const row = [...SIMPLIFIED_RULES].reverse().find((r) => r.from <= date);
  if (!row)
    throw new VisibleError(
      "validation",
      "unsupported_year",
      `간이과세 계산은 ${Number(SIMPLIFIED_RULES[0].from.slice(0, 4)) + 1}년부터 할 수 있습니다.`,
    );
  return row;
}

export interface SimplifiedVatReport {
  year: number;
  /** 과세 매출 공급대가 (VAT-inclusive). */
  sales: { n: number; total: number };
  band: ValueAddedBand;
  /** 업종별 부가가치율, basis points. */
  valueAddedBp: number;
  /** 공급대가 × 부가가치율 × 10%. */
  computedTax: number;
  /** Purchases on 세금계산서 / 카드 / 현금영수증, 공급대가. */
  purchases: { n: number; total: number };
  /** 매입 세금계산서 등 수취세액공제: purchases × 0.5%. */
  purchaseCredit: number;
  /** 납부의무 면제 (공급대가 < ₩48M). */
  exempt: boolean;
  /** The estimate: never below 0 (the credit is not refunded), 0 when exempt. */
  payable: number;
  /** At or above the invoice threshold: the shop must issue 세금계산서. */
  invoiceRequired: boolean;
  /** At or above the 간이 threshold in force on the next 1 July: 일반과세자 from that day (§62 ⚠). */
  overEligibility: boolean;
  /** One 과세기간, Jan–Dec, filed by 25 January (§67). */
  filing: Filing;
}

/**
 * A 간이과세자's year (부가가치세법 §63): 공급대가 × 업종별 부가가치율 × 10%, less 0.5% of the
 * purchases on 세금계산서·카드·현금영수증 (not those whose 매입세액 §39 excludes ⚠); nothing under the
 * 납부면제 threshold. Cells are VAT-inclusive except received 세금계산서 (amount + vat is the 공급대가).
 * Won fractions are truncated at each step.
 */
export function simplifiedVatReport(
  cells: readonly TotalCell[],
  industry: Industry,
  year: number,
): SimplifiedVatReport {
  checkYear(year);
  const rules = simplifiedRulesOn(`${year}-01-01`);
  // This year's 공급대가 decides the type from next July, by the threshold in force then.
  const next = simplifiedRulesOn(`${year + 1}-07-01`);
  const sales = { n: 0, total: 0 };
  const purchases = { n: 0, total: 0 };
  for (const c of cells) {
    if (c.kind === "income") {
      if (isVatSupply(c) && c.evidence !== "invoice") {
        sales.n += c.n;
        sales.total += c.amount + c.vat;
      }
    } else if (c.deductible && carriesVat(c.evidence)) {
      purchases.n += c.n;
      purchases.total += c.amount + c.vat;
    }
  }
  const band = INDUSTRY_VALUE_ADDED_BAND[industry];
  const valueAddedBp = rules.valueAddedBp[band];
  const vatBp = vatBasisPoints(`${year}-12-31`);
  // BigInt: ₩100bn × 4000 × 1000 would pass 2^53.
  const computedTax = Number(
    (BigInt(sales.total) * BigInt(valueAddedBp) * BigInt(vatBp)) / 100_000_000n,
  );
  const purchaseCredit = Math.trunc(
    (purchases.total * rules.purchaseCreditBp) / 10_000,
  );
  const exempt = sales.total < rules.exemptBelow;
  return {
    year,
    sales,
    band,
    valueAddedBp,
    computedTax,
    purchases,
    purchaseCredit,
    exempt,
    payable: exempt ? 0 : Math.max(0, computedTax - purchaseCredit),
    invoiceRequired: sales.total >= rules.invoiceFrom,
    overEligibility: sales.total >= next.eligibleBelow,
    filing: filing(`${year}-01-01`, `${year}-12-31`, `${year + 1}-01-25`),
  };
}

// --- 소득금액 (종합소득세) ------------------------------------------------------------------------------

export interface IncomeSummary {
  /** 총수입금액: income net of VAT (a 일반과세자's 매출세액 is not income). */
  revenue: number;
  revenueByAccount: Record<string, number>;
  /** 매출원가 = 기초재고 + 당기매입 − 기말재고 (DOMAIN-KR §4). */
  costOfGoods: {
    openingStock: number;
    purchases: number;
    closingStock: number;
    total: number;
    purchasesByAccount: Record<string, number>;
  };
  /** 필요경비 other than 매출원가, by account. */
  expenses: Record<string, number>;
  /** 필요경비 합계 = 매출원가 + the other expenses. */
  expenseTotal: number;
  /** 소득금액 = 총수입금액 − 필요경비 (negative: 결손). */
  income: number;
  /** 사업용 자산 증감: not an expense (its 감가상각비 is). */
  assets: number;
}

/**
 * The year's (or any span's) 소득금액 from its cells. Stock is valued as the books keep amounts
 * (net of VAT for a 일반과세자). VAT a shop cannot deduct — 불공제 매입세액, and all the VAT on a
 * 간이·면세 shop's received 세금계산서 — is part of the cost it belongs to ⚠ (소득세법 시행령 §55).
 */
export function incomeSummary(
  cells: readonly TotalCell[],
  o: { taxType: TaxType; openingStock: number; closingStock: number },
): IncomeSummary {
  const revenueByAccount: Record<string, number> = {};
  const purchasesByAccount: Record<string, number> = {};
  const expenses: Record<string, number> = {};
  let assets = 0;
  const add = (to: Record<string, number>, k: string, v: number) => {
    to[k] = (to[k] ?? 0) + v;
  };
  for (const c of cells) {
    if (c.kind === "income")
      add(revenueByAccount, c.account, incomeSupply(c, o.taxType).amount);
    else {
      const cost = c.amount + (isInputVat(c, o.taxType) ? 0 : c.vat);
      if (c.kind === "asset") assets += cost;
      else if (accountByCode(c.account)?.costOfGoods)
        add(purchasesByAccount, c.account, cost);
      else add(expenses, c.account, cost);
    }
  }
  const sum = (r: Record<string, number>) =>
    Object.values(r).reduce((s, v) => s + v, 0);
  const revenue = sum(revenueByAccount);
  const purchases = sum(purchasesByAccount);
  const cogs = o.openingStock + purchases - o.closingStock;
  const expenseTotal = cogs + sum(expenses);
  return {
    revenue,
    revenueByAccount,
    costOfGoods: {
      openingStock: o.openingStock,
      purchases,
      closingStock: o.closingStock,
      total: cogs,
      purchasesByAccount,
    },
    expenses,
    expenseTotal,
    income: revenue - expenseTotal,
    assets,
  };
}

// --- the chart ------------------------------------------------------------------------------------

export interface MonthPoint {
  month: string;
  income: number;
  expense: number;
  profit: number;
}

/** 수입, 비용 (net of deductible VAT, like the 소득금액) and their difference for one month's cells. */
export function monthTotals(
  cells: readonly TotalCell[],
  taxType: TaxType,
): Omit<MonthPoint, "month"> {
  let income = 0;
  let expense = 0;
  for (const c of cells)
    if (c.kind === "income") income += incomeSupply(c, taxType).amount;
    else if (c.kind === "expense")
      expense += c.amount + (isInputVat(c, taxType) ? 0 : c.vat);
  return { income, expense, profit: income - expense };
}

/**
 * The `count` months ending with `lastMonth` (YYYY-MM), oldest first, for the chart; a month with
 * no cells is zeros. Stock is not known month by month, so expense is what was spent, purchases
 * included.
 */
export function monthTotalsSeries(
  months: Readonly<Record<string, readonly TotalCell[]>>,
  o: { lastMonth: string; taxType: TaxType; count?: number },
): MonthPoint[] {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(o.lastMonth);
  if (!m) throw new RangeError(`monthTotalsSeries: bad month ${o.lastMonth}`);
  const count = o.count ?? 12;
  const end = Number(m[1]) * 12 + Number(m[2]) - 1;
  return Array.from({ length: count }, (_, i) => {
    const k = end - count + 1 + i;
    const month = ym(Math.floor(k / 12), (k % 12) + 1);
    return { month, ...monthTotals(months[month] ?? [], o.taxType) };
  });
}
