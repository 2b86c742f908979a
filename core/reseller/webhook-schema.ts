import { isIP } from "node:net";
import * as v from "valibot";
import { optionalText } from "../validation";

// Inputs of the reseller's webhook endpoints (/reseller/v1/webhooks).

export const WEBHOOK_EVENTS = [
  "tenant.provisioned",
  "tenant.plan_changed",
  "tenant.suspended",
  "tenant.resumed",
  "tenant.cancelled",
  "tenant.quota_reached",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
/** `webhook.test` is sent only by POST /webhooks/:id/test, whatever the endpoint subscribed to. */
export type EventType = WebhookEvent | "webhook.test";

export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

const localMode = () =>
  process.env.GOLMOK_LOCAL === "1" || process.env.STAGE === "local";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Private, loopback and link-local address literals: never a reseller's endpoint on AWS. */
function privateAddress(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  const kind = isIP(h);
  if (kind === 4) {
    const [a, b] = h.split(".").map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b < 128) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b < 32) ||
      (a === 192 && b === 168)
    );
  }
  if (kind === 6)
    return (
      h === "::1" ||
      h === "::" ||
      /^f[cd]/.test(h) ||
      /^fe[89ab]/.test(h) ||
      h.startsWith("::ffff:")
    );
  return false;
}

/** Why a webhook URL is refused (Korean), or undefined. https only; http to this machine locally. */
export function urlProblem(raw: string): string | undefined {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return "올바른 URL이 아닙니다. https://로 시작하는 주소를 입력해 주세요.";
  }
  if (u.username || u.password)
    return "URL에 사용자 이름이나 비밀번호를 넣을 수 없습니다.";
  if (u.hash) return "URL에 #(조각)을 넣을 수 없습니다.";
  if (localMode()) {
    if (u.protocol === "https:") return undefined;
    if (u.protocol === "http:" && LOCAL_HOSTS.has(u.hostname)) return undefined;
    return "https:// 주소여야 합니다. (로컬에서는 http://127.0.0.1, http://localhost도 됩니다)";
  }
  if (u.protocol !== "https:") return "https:// 주소여야 합니다.";
  if (privateAddress(u.hostname))
    return "내부망·루프백 주소로는 보낼 수 없습니다. 인터넷에서 닿는 https 주소를 입력해 주세요.";
  return undefined;
}

export const WebhookUrl = v.pipe(
  v.string("웹훅 URL을 입력해 주세요."),
  v.trim(),
  v.nonEmpty("웹훅 URL을 입력해 주세요."),
  v.maxLength(2000, "URL은 2,000자 이하여야 합니다."),
  v.check(
    (u) => urlProblem(u) === undefined,
    (issue) => urlProblem(String(issue.input)) ?? "올바른 URL이 아닙니다.",
  ),
);

const Events = v.pipe(
  v.array(
    v.picklist(
      WEBHOOK_EVENTS,
      `이벤트는 ${WEBHOOK_EVENTS.join(", ")} 중에서 고르세요.`,
    ),
    "이벤트(events)는 배열이어야 합니다.",
  ),
  v.minLength(1, "이벤트를 하나 이상 고르세요."),
  v.maxLength(WEBHOOK_EVENTS.length, "이벤트가 너무 많습니다."),
  v.transform((e) => [...new Set(e)]),
);

export const WebhookInput = v.object({
  url: WebhookUrl,
  events: Events,
  description: optionalText("설명", 100),
});
export type WebhookInput = v.InferOutput<typeof WebhookInput>;

export const WebhookPatch = v.object({
  url: v.optional(WebhookUrl),
  events: v.optional(Events),
  description: v.optional(optionalText("설명", 100)),
  status: v.optional(
    v.picklist(
      ["active", "disabled"],
      "상태는 active(사용) 또는 disabled(중지)입니다.",
    ),
  ),
});
export type WebhookPatch = v.InferOutput<typeof WebhookPatch>;

const hookId = v.pipe(
  v.string(),
  v.regex(/^whk_[0-9a-z]{26}$/, "웹훅 ID 형식이 올바르지 않습니다."),
);
export const WebhookIdParam = v.object({ id: hookId });

export const DeliveryIdParam = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^dlv_[0-9a-z]{26}$/, "웹훅 전송 ID 형식이 올바르지 않습니다."),
  ),
});

export const DeliveriesQuery = v.object({
  webhookId: v.optional(hookId),
  status: v.optional(
    v.picklist(
      DELIVERY_STATUSES,
      "status는 pending, delivered, failed 중 하나입니다.",
    ),
  ),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,3}$/, "limit은 1~100의 숫자입니다."),
      v.transform(Number),
      v.minValue(1, "limit은 1~100의 숫자입니다."),
      v.maxValue(100, "limit은 1~100의 숫자입니다."),
    ),
  ),
  cursor: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(200, "cursor가 올바르지 않습니다."),
      v.regex(/^[A-Za-z0-9_-]+$/, "cursor가 올바르지 않습니다."),
    ),
  ),
});
export type DeliveriesQuery = v.InferOutput<typeof DeliveriesQuery>;
