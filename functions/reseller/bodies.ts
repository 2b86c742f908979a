import * as v from "valibot";
import type { Context } from "hono";
import { ResellerStatement } from "../../core/reseller/statement";
import {
  DELIVERY_STATUSES,
  WEBHOOK_EVENTS,
} from "../../core/reseller/webhook-schema";
import type { Env } from "../http/app";
import { sendFile } from "../http/file";

// The response shapes the reseller API and the reseller console share, and the statement answer.
// A module of their own so the console's Lambda does not load the reseller API's routes and
// documentation (it stays under the 250 KB bundle budget; bench/bundles.ts measures it).

export const TenantBody = v.object({
  id: v.string(),
  subscriberId: v.string(),
  businessName: v.string(),
  status: v.picklist(["active", "suspended", "cancelled"]),
  plan: v.object({ id: v.string(), name: v.string(), priceKrw: v.number() }),
  createdAt: v.string(),
  cancelAt: v.nullable(v.string()),
  exportUntil: v.nullable(v.string()),
  usage: v.optional(
    v.object({ month: v.string(), metrics: v.record(v.string(), v.number()) }),
  ),
});
export const ListBody = v.object({
  tenants: v.array(TenantBody),
  nextCursor: v.nullable(v.string()),
});

const Won = v.number();
const UsageBody = v.record(v.string(), v.number());
export const StatementBody = v.object({
  resellerId: v.string(),
  month: v.string(),
  shareBps: v.number(),
  tenants: v.array(
    v.object({
      tenantId: v.string(),
      subscriberId: v.string(),
      businessName: v.string(),
      plan: v.object({ id: v.string(), name: v.string() }),
      usage: UsageBody,
      planFeeKrw: Won,
      overageKrw: Won,
      totalKrw: Won,
      supplyKrw: Won,
      vatKrw: Won,
      shareKrw: Won,
    }),
  ),
  totals: v.object({
    tenants: v.number(),
    usage: UsageBody,
    planFeeKrw: Won,
    overageKrw: Won,
    totalKrw: Won,
    supplyKrw: Won,
    vatKrw: Won,
    shareKrw: Won,
  }),
});
export const StatementParam = v.object({
  month: v.pipe(
    v.string(),
    v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "월은 YYYY-MM 형식이어야 합니다."),
  ),
});
export const XLSX =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const StatementQuery = v.object({
  format: v.optional(
    v.picklist(
      ["json", "csv", "xlsx"],
      "format은 json, csv, xlsx 중 하나입니다.",
    ),
    "json",
  ),
});

/** A closed month's statement as JSON, CSV or xlsx — the reseller API's and the console's answer. */
export async function statementResponse(
  c: Context<Env>,
  month: string,
  format: v.InferOutput<typeof StatementQuery>["format"],
) {
  const s = await ResellerStatement.statement(month);
  if (format === "csv")
    return sendFile(c, {
      filename: `골목-명세-${month}.csv`,
      body: await ResellerStatement.toCsv(s),
      contentType: "text/csv; charset=utf-8",
    });
  if (format === "xlsx")
    return sendFile(c, {
      filename: `골목-명세-${month}.xlsx`,
      body: await ResellerStatement.toXlsx(s),
      contentType: XLSX,
    });
  return c.json(s);
}

export const BrandRecordBody = v.object({
  displayName: v.string(),
  logo: v.nullable(v.string()),
  primaryColor: v.string(),
  accentColor: v.string(),
  supportPhone: v.string(),
  supportEmail: v.string(),
  senderName: v.string(),
  senderAddress: v.string(),
  updatedAt: v.string(),
});
export const WebhookBody = v.object({
  id: v.string(),
  url: v.string(),
  events: v.array(v.picklist(WEBHOOK_EVENTS)),
  description: v.string(),
  status: v.picklist(["active", "disabled"]),
  createdAt: v.string(),
  updatedAt: v.string(),
});
export const WebhookCreatedBody = v.object({
  ...WebhookBody.entries,
  secret: v.pipe(
    v.string(),
    v.description(
      "서명 비밀값(whsec_…). 이 응답에서 한 번만 보여 줍니다. 안전한 곳에 보관하세요.",
    ),
  ),
});
export const DeliveryBody = v.object({
  id: v.string(),
  webhookId: v.string(),
  eventId: v.string(),
  type: v.string(),
  tenantId: v.nullable(v.string()),
  status: v.picklist(DELIVERY_STATUSES),
  attempts: v.number(),
  maxAttempts: v.number(),
  createdAt: v.string(),
  lastAttemptAt: v.nullable(v.string()),
  lastHttpStatus: v.nullable(v.number()),
  lastError: v.nullable(v.string()),
  lastDurationMs: v.nullable(v.number()),
  nextAttemptAt: v.nullable(v.string()),
  deliveredAt: v.nullable(v.string()),
  retries: v.pipe(
    v.number(),
    v.description(
      "실패한 뒤 다시 보낸 횟수(attempts는 마지막으로 다시 보낸 뒤부터 셉니다)",
    ),
  ),
  retriedAt: v.nullable(v.string()),
  event: v.object({
    id: v.string(),
    type: v.string(),
    created: v.string(),
    data: v.record(v.string(), v.unknown()),
  }),
});
