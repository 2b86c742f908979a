import * as v from "valibot";
import type { describeRoute, resolver } from "hono-openapi";
import { Webhook } from "../../core/reseller/webhook";
import {
  DeliveriesQuery,
  DeliveryIdParam,
  WEBHOOK_EVENTS,
  WebhookIdParam,
  WebhookInput,
  WebhookPatch,
} from "../../core/reseller/webhook-schema";
import { createModuleApp, validate } from "../http/app";
import { WebhookBody, WebhookCreatedBody, DeliveryBody } from "./bodies";
export { WebhookBody, WebhookCreatedBody, DeliveryBody } from "./bodies";

// /reseller/v1/webhooks: the reseller's endpoints and their delivery log. Mounted on the reseller
// app by routes.ts (which lends its documentation helpers), so the routes land in its OpenAPI
// document and in the cross-reseller and fuzz tests that read it.

type Json = (
  schema: v.GenericSchema,
  description: string,
) => {
  description: string;
  content: { "application/json": { schema: ReturnType<typeof resolver> } };
};
type Doc = (opts: {
  summary: string;
  description: string;
  scope: string;
  ok: Record<number, ReturnType<Json>>;
  curl: string;
}) => ReturnType<typeof describeRoute>;
type Curl = (method: string, path: string, body?: unknown) => string;

const SAMPLE_HOOK = "whk_01kbexampleexampleexample01";
const SAMPLE_DELIVERY = "dlv_01kbexampleexampleexample01";

export function webhookRoutes(
  app: ReturnType<typeof createModuleApp>,
  {
    BASE,
    rdoc,
    json,
    curl,
  }: { BASE: string; rdoc: Doc; json: Json; curl: Curl },
) {
  const idOf = (c: { req: { valid: (t: "param") => unknown } }) =>
    (c.req.valid("param") as v.InferOutput<typeof WebhookIdParam>).id;
  return app
    .post(
      `${BASE}/webhooks`,
      rdoc({
        summary: "웹훅 등록",
        description: `사업장 이벤트를 받을 주소(https)와 이벤트를 등록합니다. 이벤트: ${WEBHOOK_EVENTS.map((e) => `\`${e}\``).join(", ")}. 응답의 \`secret\`(whsec_…)은 한 번만 보여 줍니다: 요청마다 \`X-Golmok-Timestamp\`와 \`X-Golmok-Signature: v1=<hex>\` 헤더가 오며, 서명은 HMAC-SHA256(secret, "<timestamp>.<본문>")입니다. 2xx가 아니거나 5초 안에 답하지 않으면 10분부터 두 배씩 늘려 최대 8번 다시 보냅니다. 판매사마다 10개까지.`,
        scope: "tenants:write",
        ok: {
          201: json(WebhookCreatedBody, "등록한 웹훅과 서명 비밀값(한 번만)"),
        },
        curl: curl("POST", `${BASE}/webhooks`, {
          url: "https://billing.isp.example/golmok/webhook",
          events: ["tenant.provisioned", "tenant.quota_reached"],
        }),
      }),
      validate("json", WebhookInput),
      async (c) =>
        c.json(
          await Webhook.create(
            c.req.valid("json") as v.InferOutput<typeof WebhookInput>,
          ),
          201,
        ),
    )
    .get(
      `${BASE}/webhooks`,
      rdoc({
        summary: "웹훅 목록",
        description: "등록한 웹훅(비밀값은 없음).",
        scope: "tenants:read",
        ok: {
          200: json(v.object({ webhooks: v.array(WebhookBody) }), "웹훅 목록"),
        },
        curl: curl("GET", `${BASE}/webhooks`),
      }),
      async (c) => c.json({ webhooks: await Webhook.list() }),
    )
    .get(
      `${BASE}/webhooks/deliveries`,
      rdoc({
        summary: "웹훅 전송 기록",
        description:
          "최근 것부터: 이벤트, 시도 횟수, 마지막 HTTP 상태·오류, 다음 재시도 시각, 전달 시각과 보낸 본문. `webhookId`, `status`(pending·delivered·failed)로 좁히면 한 쪽이 limit보다 짧을 수 있으니 nextCursor가 null이 될 때까지 넘기세요. 기록은 30일 보관합니다.",
        scope: "tenants:read",
        ok: {
          200: json(
            v.object({
              deliveries: v.array(DeliveryBody),
              nextCursor: v.nullable(v.string()),
            }),
            "전송 기록",
          ),
        },
        curl: curl("GET", `${BASE}/webhooks/deliveries?status=failed&limit=50`),
      }),
      validate("query", DeliveriesQuery),
      async (c) =>
        c.json(
          await Webhook.deliveries(
            c.req.valid("query") as v.InferOutput<typeof DeliveriesQuery>,
          ),
        ),
    )
    .patch(
      `${BASE}/webhooks/:id`,
      rdoc({
        summary: "웹훅 변경·중지",
        description:
          'URL, 이벤트, 설명을 바꾸거나 `status: "disabled"`로 중지합니다(중지된 웹훅의 대기 중 전송은 webhook_disabled로 끝납니다). `active`로 다시 켭니다.',
        scope: "tenants:write",
        ok: { 200: json(WebhookBody, "바뀐 웹훅") },
        curl: curl("PATCH", `${BASE}/webhooks/${SAMPLE_HOOK}`, {
          status: "disabled",
        }),
      }),
      validate("param", WebhookIdParam),
      validate("json", WebhookPatch),
      async (c) =>
        c.json(
          await Webhook.update(
            idOf(c),
            c.req.valid("json") as v.InferOutput<typeof WebhookPatch>,
          ),
        ),
    )
    .delete(
      `${BASE}/webhooks/:id`,
      rdoc({
        summary: "웹훅 삭제",
        description:
          "웹훅을 지웁니다. 전송 기록은 남고, 대기 중이던 전송은 webhook_deleted로 끝납니다.",
        scope: "tenants:write",
        ok: {
          200: json(
            v.object({ id: v.string(), deleted: v.literal(true) }),
            "지웠음",
          ),
        },
        curl: curl("DELETE", `${BASE}/webhooks/${SAMPLE_HOOK}`),
      }),
      validate("param", WebhookIdParam),
      async (c) => c.json(await Webhook.remove(idOf(c))),
    )
    .post(
      `${BASE}/webhooks/:id/test`,
      rdoc({
        summary: "웹훅 시험 전송",
        description:
          "`webhook.test` 이벤트를 이 웹훅에 보냅니다(구독한 이벤트와 상관없이). 결과는 전송 기록에서 봅니다.",
        scope: "tenants:write",
        ok: { 202: json(DeliveryBody, "대기 중인 전송") },
        curl: curl("POST", `${BASE}/webhooks/${SAMPLE_HOOK}/test`),
      }),
      validate("param", WebhookIdParam),
      async (c) => c.json(await Webhook.test(idOf(c)), 202),
    )
    .post(
      `${BASE}/webhooks/deliveries/:id/retry`,
      rdoc({
        summary: "실패한 웹훅 전송 다시 보내기",
        description:
          "8번 모두 실패해 `failed`로 끝난 전송을 지금 다시 보냅니다. 같은 이벤트(같은 이벤트 ID와 본문)를 새 서명으로 보내며, 다시 8번까지 시도합니다(`attempts`는 0부터 다시 셉니다). `failed`가 아닌 전송은 409 `webhook_delivery_not_failed`, 웹훅이 지워졌거나 중지되었으면 409 `webhook_deleted`·`webhook_disabled`, 다른 판매사의 전송은 404 `webhook_delivery_not_found`입니다.",
        scope: "tenants:write",
        ok: { 202: json(DeliveryBody, "다시 대기 중인 전송") },
        curl: curl(
          "POST",
          `${BASE}/webhooks/deliveries/${SAMPLE_DELIVERY}/retry`,
        ),
      }),
      validate("param", DeliveryIdParam),
      async (c) =>
        c.json(
          await Webhook.retry(
            (c.req.valid("param") as v.InferOutput<typeof DeliveryIdParam>).id,
          ),
          202,
        ),
    );
}
