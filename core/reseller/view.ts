import { Plan, type PlanId } from "../plan";
import { kstMonth } from "../time";
import type { LinkRecord, TenantView } from "./index";

// A reseller's view of one of its shops, from its link item: the API answers and the webhook
// events' `data.tenant` are the same shape.

export function planView(id: PlanId) {
  const p = Plan.get(id, kstMonth());
  return { id: p.id, name: p.name, priceKrw: p.priceKrw };
}

export function toView(l: LinkRecord): TenantView {
  return {
    id: l.tenantId,
    subscriberId: l.subscriberId,
    businessName: l.businessName,
    status: l.status,
    plan: planView(l.planId),
    createdAt: l.createdAt,
    cancelAt: l.cancelAt ?? null,
    exportUntil: l.exportUntil ?? null,
  };
}
