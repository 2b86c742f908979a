// 4대보험 employee and employer shares from dated rate tables (DOMAIN-KR §3).
import { VisibleError } from "../error";

/** Rates in parts per 100,000 (4.75% = 4750) so every premium is integer arithmetic. */
interface RateRow {
  from: string;
  pension: number; // 국민연금, each side (국민연금법 §88)
  health: number; // 건강보험, each side (국민건강보험법 §73)
  /** 장기요양 = health premium × num / den (노인장기요양보험법 §9). */
  ltc: { num: number; den: number };
  employment: number; // 고용보험 실업급여, each side (고용보험료징수법 §14)
  employmentStabilityEmployer: number; // 고용안정·직능개발, employer only, under 150 staff ⚠
}

const RATES: RateRow[] = [
  {
    from: "2025-01-01",
    pension: 4500,
    health: 3545,
    ltc: { num: 1295, den: 10000 },
    employment: 900,
    employmentStabilityEmployer: 250,
  },
  // 2026: pension reform (+0.5%p a year in total), health 7.19%; 장기요양 0.9448% of income ⚠ exact ratio.
  {
    from: "2026-01-01",
    pension: 4750,
    health: 3595,
    ltc: { num: 9448, den: 71900 },
    employment: 900,
    employmentStabilityEmployer: 250,
  },
];

/** 국민연금 기준소득월액 하한·상한, applied July → June. */
const PENSION_BANDS = [
  { from: "2024-07-01", floor: 390_000, cap: 6_170_000 }, // ⚠ not confirmed from a primary source
  { from: "2025-07-01", floor: 400_000, cap: 6_370_000 },
  { from: "2026-07-01", floor: 410_000, cap: 6_590_000 },
];

function dated<T extends { from: string }>(
  rows: T[],
  date: string,
  what: string,
): T {
  const row = [...rows].reverse().find((r) => r.from <= date);
  if (!row)
    throw new VisibleError(
      "validation",
      "no_rate_table",
      `${date} 지급분에 적용할 ${what} 요율표가 없습니다.`,
      {
        fields: [{ field: "payDate", message: "지원하지 않는 지급일입니다." }],
      },
    );
  return row;
}

/** Premiums are truncated below 10 won. */
const truncTen = (n: number) => Math.floor(n / 10) * 10;
const share = (base: number, per100k: number) =>
  truncTen(Math.floor((base * per100k) / 100_000));

export interface InsuranceInput {
  payDate: string;
  /** Monthly pay minus non-taxable pay, won. */
  base: number;
  enrolled: { pension: boolean; health: boolean; employment: boolean };
}

export interface Insurance {
  pensionBase: number;
  pensionFloorCapApplied: "floor" | "cap" | null;
  employee: {
    pension: number;
    health: number;
    longTermCare: number;
    employment: number;
  };
  employer: {
    pension: number;
    health: number;
    longTermCare: number;
    employment: number;
    employmentStability: number;
  };
}

export function insurance(input: InsuranceInput): Insurance {
  const r = dated(RATES, input.payDate, "4대보험");
  const band = dated(PENSION_BANDS, input.payDate, "국민연금 기준소득월액");
  // 국민연금법 시행령 §5: 기준소득월액은 천원 미만 버림, then the floor/cap.
  const truncated = Math.floor(input.base / 1000) * 1000;
  const pensionBase = Math.min(band.cap, Math.max(band.floor, truncated));
  const pensionFloorCapApplied =
    truncated < band.floor ? "floor" : truncated > band.cap ? "cap" : null;
  const pension = input.enrolled.pension ? share(pensionBase, r.pension) : 0;
  const health = input.enrolled.health ? share(input.base, r.health) : 0;
  // 장기요양 is computed from the truncated health premium, then truncated below 10 won.
  const longTermCare = input.enrolled.health
    ? truncTen(Math.floor((health * r.ltc.num) / r.ltc.den))
    : 0;
  const employment = input.enrolled.employment
    ? share(input.base, r.employment)
    : 0;
  const employmentStability = input.enrolled.employment
    ? share(input.base, r.employmentStabilityEmployer)
    : 0;
  return {
    pensionBase,
    pensionFloorCapApplied: input.enrolled.pension
      ? pensionFloorCapApplied
      : null,
    employee: { pension, health, longTermCare, employment },
    employer: {
      pension,
      health,
      longTermCare,
      employment,
      employmentStability,
    },
  };
}

export function ratesFor(payDate: string) {
  return {
    ...dated(RATES, payDate, "4대보험"),
    pensionBand: dated(PENSION_BANDS, payDate, "국민연금 기준소득월액"),
  };
}
