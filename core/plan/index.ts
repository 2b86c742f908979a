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
  /** Included per month; null = unlimited. Use past it is billed (`overage`), not refused. */
  quotas: Record<Metric, number | null>;
  /** Use past the included quota: `priceKrw` (VAT included) per `per` units; a started block is billed whole. */
  overage: Record<Metric, Overage>;
  /** Where use is refused (429 until the month resets) instead of billed; null = never refused. */
  blockAt: Record<Metric, number | null>;
}

export interface Overage {
  per: number;
  priceKrw: number;
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
//
// Past an included quota, use is billed as overage, never cut off: a shop must issue the tax
// invoice it owes (부가가치세법 §32), hand each employee a payslip (근로기준법 §48②) and send both,
// whatever day of the month it has reached its quota — so invoices, payslips and e-mails are billed
// per item, and DB capacity (which those requests consume) per 10,000 units. Only API requests
// have a ceiling, at 5× the included quota: that many is a runaway script, not a shop, and the
// 429 caps what a leaked session or a bug can cost the owner. Prices are VAT included (₩).
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
        overage: {
          requests: { per: 1_000, priceKrw: 110 },
          emails: { per: 1, priceKrw: 11 },
          dbReadUnits: { per: 10_000, priceKrw: 11 },
          dbWriteUnits: { per: 10_000, priceKrw: 55 },
          payslips: { per: 1, priceKrw: 110 },
          invoices: { per: 1, priceKrw: 110 },
        },
        blockAt: {
          requests: 250_000,
          emails: null,
          dbReadUnits: null,
          dbWriteUnits: null,
          payslips: null,
          invoices: null,
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
        overage: {
          requests: { per: 1_000, priceKrw: 110 },
          emails: { per: 1, priceKrw: 11 },
          dbReadUnits: { per: 10_000, priceKrw: 11 },
          dbWriteUnits: { per: 10_000, priceKrw: 55 },
          payslips: { per: 1, priceKrw: 55 },
          invoices: { per: 1, priceKrw: 55 },
        },
        blockAt: {
          requests: 1_000_000,
          emails: null,
          dbReadUnits: null,
          dbWriteUnits: null,
          payslips: null,
          invoices: null,
        },
      },
    },
  },
];

/** The row of the table in force in the month. */
export function rowOf(month: string): (typeof PLAN_TABLE)[number] {
  return (
    [...PLAN_TABLE].reverse().find((r) => r.from <= month) ?? PLAN_TABLE[0]
  );
}

export function get(id: PlanId, month: string): PlanInfo {
  return rowOf(month).plans[id];
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

/** The first metric that `adding` would take past where the plan refuses use (blockAt), if any. */
export function blocked(
  plan: PlanInfo,
  usage: Partial<Record<Metric, number>>,
  adding: Partial<Record<Metric, number>>,
): Metric | null {
  for (const metric of Object.keys(plan.blockAt) as Metric[]) {
    const limit = plan.blockAt[metric];
    if (limit !== null && (usage[metric] ?? 0) + (adding[metric] ?? 0) > limit)
      return metric;
  }
  return null;
}

export type AlertThreshold = 80 | 100;
export const ALERT_THRESHOLDS: readonly AlertThreshold[] = [80, 100];

/** The usage item's flag that an alert was sent: set once, by a conditional update. */
export const alertFlag = (threshold: AlertThreshold, metric: Metric) =>
  `alert${threshold}_${metric}`;

export interface AlertDue {
  metric: Metric;
  threshold: AlertThreshold;
  used: number;
  quota: number;
}

/**
 * Quota alerts not yet sent: per metric the highest threshold (80%, 100% of the included quota)
 * reached whose flag is not on the usage item. A jump straight past 100% sends only the 100% alert.
 */
export function alertsDue(
  plan: Pick<PlanInfo, "quotas">,
  usage: Record<string, unknown>,
): AlertDue[] {
  const due: AlertDue[] = [];
  for (const metric of Object.keys(plan.quotas) as Metric[]) {
    const quota = plan.quotas[metric];
    const used = Number(usage[metric] ?? 0);
    if (quota === null || quota <= 0) continue;
    const threshold = [...ALERT_THRESHOLDS]
      .reverse()
      .find((t) => used * 100 >= quota * t);
    if (threshold && !usage[alertFlag(threshold, metric)])
      due.push({ metric, threshold, used, quota });
  }
  return due;
}

/** Per metric the smallest included quota of any plan that month: below its 80% no alert can be due. */
export function smallestQuotas(month: string): Pick<PlanInfo, "quotas"> {
  const plans = Object.values(rowOf(month).plans);
  const quotas = {} as Record<Metric, number | null>;
  for (const metric of Object.keys(plans[0].quotas) as Metric[]) {
    const finite = plans.flatMap((p) => p.quotas[metric] ?? []);
    quotas[metric] = finite.length ? Math.min(...finite) : null;
  }
  return { quotas };
}
