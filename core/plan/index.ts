export * as Plan from "./index";

export type PlanId = "basic" | "plus";
export type Metric =
  | "requests"
  | "dbReadUnits"
  | "dbWriteUnits"
  | "emails"
  | "payslips"
  | "invoices";

export interface PlanInfo {
  id: PlanId;
  name: string;
  /** Monthly price, VAT included, in won. */
  priceKrw: number;
  /** Included per month; null = unlimited. Exceeding answers 429 until the month resets. */
  quotas: Record<Metric, number | null>;
}

export const METRIC_LABEL: Record<Metric, { label: string; unit: string }> = {
  requests: { label: "API 요청", unit: "건" },
  emails: { label: "이메일 발송", unit: "통" },
  dbReadUnits: { label: "DB 읽기 용량", unit: "RCU" },
  dbWriteUnits: { label: "DB 쓰기 용량", unit: "WCU" },
  payslips: { label: "임금명세서", unit: "건" },
  invoices: { label: "세금계산서 발급", unit: "건" },
};

// One dated table: a price change is a new row with its effective month, not a code change.
export const PLAN_TABLE: { from: string; plans: Record<PlanId, PlanInfo> }[] = [
  {
    from: "2026-01",
    plans: {
      basic: {
        id: "basic",
        name: "기본",
        priceKrw: 3300,
        quotas: {
          requests: 50_000,
          emails: 500,
          dbReadUnits: 200_000,
          dbWriteUnits: 100_000,
          payslips: 50,
          invoices: 100,
        },
      },
      plus: {
        id: "plus",
        name: "플러스",
        priceKrw: 5500,
        quotas: {
          requests: 200_000,
          emails: 3_000,
          dbReadUnits: 1_000_000,
          dbWriteUnits: 500_000,
          payslips: 300,
          invoices: 1_000,
        },
      },
    },
  },
];

export function get(id: PlanId, month: string): PlanInfo {
  const row =
    [...PLAN_TABLE].reverse().find((r) => r.from <= month) ?? PLAN_TABLE[0];
  return row.plans[id];
}

/** The first metric that `adding` would take past its quota (usage + adding > quota), if any. */
export function exceeded(
  plan: PlanInfo,
  usage: Partial<Record<Metric, number>>,
  adding: Partial<Record<Metric, number>>,
): Metric | null {
  for (const metric of Object.keys(plan.quotas) as Metric[]) {
    const quota = plan.quotas[metric];
    if (quota !== null && (usage[metric] ?? 0) + (adding[metric] ?? 0) > quota)
      return metric;
  }
  return null;
}
