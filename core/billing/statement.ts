// The arithmetic of a month's 요금 명세, pure: the close, the projected charge and the web page
// (types only) share it. Money is integer won, VAT included, as the plan table prices it.
import { splitInclusive } from "../ledger/split";
import { METRIC_LABEL, type Metric, type PlanId, type PlanInfo } from "../plan";

export interface StatementLine {
  metric: Metric;
  label: string;
  unit: string;
  /** What the month used (DB capacity to one decimal, as DynamoDB reports half units). */
  used: number;
  /** Included in the plan; null = unlimited. */
  included: number | null;
  /** Units past the included quota. */
  overageUnits: number;
  /** Started blocks of `per` units: each is billed whole. */
  overageBlocks: number;
  per: number;
  /** Price of one block, VAT included. */
  unitPriceKrw: number;
  amountKrw: number;
}

/**
 * A tenant's month. The shape a reseller roll-up sums: tenant and reseller ids, the plan, per
 * metric used/included/overage/amount, the plan fee, the total and the VAT inside it.
 */
export interface Statement {
  tenantId: string;
  /** The reseller that provisioned the shop (issue 7); null for a shop that signed up itself. */
  resellerId: string | null;
  month: string;
  status: "closed" | "projected";
  plan: { id: PlanId; name: string; priceKrw: number };
  lines: StatementLine[];
  planFeeKrw: number;
  overageKrw: number;
  /** What the shop pays, VAT included: plan fee + overage. */
  totalKrw: number;
  /** 공급가액 and 부가세 inside totalKrw (they add up to it exactly). */
  supplyKrw: number;
  vatKrw: number;
  /** When the close froze it (closed statements only). */
  closedAt?: string;
}

export interface StatementInput {
  tenantId: string;
  resellerId?: string | null;
  month: string;
  plan: PlanInfo;
  usage: Partial<Record<Metric, number>>;
  status: Statement["status"];
  closedAt?: string;
}

const tenth = (n: number) => Math.round(n * 10) / 10;

export function line(
  plan: PlanInfo,
  metric: Metric,
  usedRaw: number,
): StatementLine {
  const used = tenth(usedRaw);
  const included = plan.quotas[metric];
  const { per, priceKrw } = plan.overage[metric];
  const overageUnits =
    included === null ? 0 : tenth(Math.max(0, used - included));
  const overageBlocks = Math.ceil(overageUnits / per);
  return {
    metric,
    label: METRIC_LABEL[metric].label,
    unit: METRIC_LABEL[metric].unit,
    used,
    included,
    overageUnits,
    overageBlocks,
    per,
    unitPriceKrw: priceKrw,
    amountKrw: overageBlocks * priceKrw,
  };
}

export function compute(input: StatementInput): Statement {
  const { plan } = input;
  const lines = (Object.keys(plan.quotas) as Metric[]).map((m) =>
    line(plan, m, input.usage[m] ?? 0),
  );
  const overageKrw = lines.reduce((sum, l) => sum + l.amountKrw, 0);
  const totalKrw = plan.priceKrw + overageKrw;
  // 공급가액 = total × 100/110 rounded to the won, 부가세 = the rest (core/ledger/split.ts).
  const { amount, vat } = splitInclusive(totalKrw, `${input.month}-01`);
  return {
    tenantId: input.tenantId,
    resellerId: input.resellerId ?? null,
    month: input.month,
    status: input.status,
    plan: { id: plan.id, name: plan.name, priceKrw: plan.priceKrw },
    lines,
    planFeeKrw: plan.priceKrw,
    overageKrw,
    totalKrw,
    supplyKrw: amount,
    vatKrw: vat,
    ...(input.closedAt ? { closedAt: input.closedAt } : {}),
  };
}

/** The month before `month` (YYYY-MM). */
export function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** The month after `month` (YYYY-MM). */
export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}
