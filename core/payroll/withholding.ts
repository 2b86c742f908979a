// 근로소득 간이세액표 lookup (소득세법 시행령 별표 2): the law requires the table's cell, not a formula.
import { table as table202603 } from "./data/kr-withholding-2026-03";
import { VisibleError } from "../error";

interface Band {
  over: number;
  upper: number;
  add: number;
  /** factor × rate as an exact fraction (numerator / 10,000) to keep won arithmetic integral. */
  perTenThousand: number;
}

interface WithholdingTable {
  effectiveFrom: string;
  rows: number[][];
  /** 별표 2, wages over ₩10,000,000: tax = T(10M) + add + (W − over) × factor × rate. */
  bands: Band[];
  /** 자녀세액공제 in the monthly table (children aged 8–20). */
  childReduction: { one: number; two: number; eachFurther: number };
}

// Dated tables: a new year's table is a new entry, not a code change.
const TABLES: WithholdingTable[] = [
  {
    effectiveFrom: table202603.effectiveFrom,
    rows: table202603.rows,
    bands: [
      {
        over: 10_000_000,
        upper: 14_000_000,
        add: 25_000,
        perTenThousand: 3430,
      }, // 0.98 × 35%
      {
        over: 14_000_000,
        upper: 28_000_000,
        add: 1_397_000,
        perTenThousand: 3724,
      }, // 0.98 × 38%
      {
        over: 28_000_000,
        upper: 30_000_000,
        add: 6_610_600,
        perTenThousand: 3920,
      }, // 0.98 × 40%
      {
        over: 30_000_000,
        upper: 45_000_000,
        add: 7_394_600,
        perTenThousand: 4000,
      }, // 40%
      {
        over: 45_000_000,
        upper: 87_000_000,
        add: 13_394_600,
        perTenThousand: 4200,
      }, // 42%
      {
        over: 87_000_000,
        upper: Infinity,
        add: 31_034_600,
        perTenThousand: 4500,
      }, // 45%
    ],
    childReduction: { one: 20_830, two: 45_830, eachFurther: 33_330 },
  },
];

export const WITHHOLDING_RATES = [80, 100, 120] as const;
export type WithholdingRate = (typeof WITHHOLDING_RATES)[number];

export function tableFor(payDate: string): WithholdingTable {
  const t = [...TABLES].reverse().find((x) => x.effectiveFrom <= payDate);
  if (!t)
    throw new VisibleError(
      "validation",
      "no_rate_table",
      `${payDate} 지급분에 적용할 근로소득 간이세액표가 없습니다. (${TABLES[0].effectiveFrom}부터 지원)`,
      {
        fields: [{ field: "payDate", message: "지원하지 않는 지급일입니다." }],
      },
    );
  return t;
}

/** The table amount for a wage and family size 1–11 (before child reduction). */
function cell(t: WithholdingTable, wage: number, family: number): number {
  const w = Math.floor(wage / 1000) * 1000;
  const first = t.rows[0];
  const last = t.rows[t.rows.length - 1];
  if (w < first[0]) return 0;
  if (w <= last[0]) {
    // Rows are sorted and contiguous: binary search for from ≤ w < to.
    let lo = 0;
    let hi = t.rows.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (t.rows[mid][0] <= w) lo = mid;
      else hi = mid - 1;
    }
    return t.rows[lo][1 + family];
  }
  const band = t.bands.find((b) => w > b.over && w <= b.upper)!;
  // Amounts below 1 won are dropped (the source's reading; 별표 2 gives no rounding rule) ⚠.
  return (
    last[1 + family] +
    band.add +
    Math.floor(((w - band.over) * band.perTenThousand) / 10_000)
  );
}

/** T(n) for any family size: beyond 11, T(11) − (T(10) − T(11)) × (n − 11), never negative. */
export function tableAmount(
  payDate: string,
  wage: number,
  family: number,
): number {
  if (!Number.isInteger(family) || family < 1)
    throw new RangeError("family must be an integer ≥ 1");
  const t = tableFor(payDate);
  if (family <= 11) return cell(t, wage, family);
  const t10 = cell(t, wage, 10);
  const t11 = cell(t, wage, 11);
  return Math.max(0, t11 - (t10 - t11) * (family - 11));
}

export function childReduction(payDate: string, children: number): number {
  const { one, two, eachFurther } = tableFor(payDate).childReduction;
  if (children <= 0) return 0;
  if (children === 1) return one;
  return two + eachFurther * (children - 2);
}

export interface WithholdingInput {
  payDate: string;
  /** Monthly taxable wage (pay minus non-taxable items), won. */
  taxableWage: number;
  /** 공제대상가족 수, the worker included. */
  family: number;
  /** Children aged 8–20 counted for the child reduction. */
  children: number;
  /** The worker's election (소득세법 시행령 §194): 80, 100 or 120 %. */
  rate: WithholdingRate;
}

export interface Withholding {
  tableAmount: number;
  childReduction: number;
  incomeTax: number;
  localIncomeTax: number;
}

/** 10원 미만 끝수 버림 (국고금 관리법 §47). */
const truncTen = (n: number) => Math.floor(n / 10) * 10;

export function withholding(input: WithholdingInput): Withholding {
  const amount = tableAmount(input.payDate, input.taxableWage, input.family);
  const reduction = childReduction(input.payDate, input.children);
  const afterChildren = Math.max(0, amount - reduction);
  // ⚠ Order of the child reduction and the 80/120% election is not fixed by the source; we
  // reduce first, then apply the election, then drop amounts below 10 won.
  const incomeTax = truncTen(Math.floor((afterChildren * input.rate) / 100));
  // 지방세법 §103의13: 특별징수 지방소득세 = 소득세의 10%, 10원 미만 버림.
  const localIncomeTax = truncTen(Math.floor(incomeTax / 10));
  return {
    tableAmount: amount,
    childReduction: reduction,
    incomeTax,
    localIncomeTax,
  };
}

/** 일용근로자 (소득세법 §47, §134③): (일급 − ₩150,000) × 6% × (1 − 55%); under ₩1,000 nothing is withheld. */
export function dailyWorkerWithholding(dailyWage: number): {
  incomeTax: number;
  localIncomeTax: number;
} {
  const tax = truncTen(
    Math.floor((Math.max(0, dailyWage - 150_000) * 6 * 45) / 10_000),
  );
  if (tax < 1000) return { incomeTax: 0, localIncomeTax: 0 };
  return { incomeTax: tax, localIncomeTax: truncTen(Math.floor(tax / 10)) };
}
