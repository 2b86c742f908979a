import { gunzipSync } from "node:zlib";
import * as v from "valibot";
import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { describeRoute, openAPIRouteHandler, resolver } from "hono-openapi";
import { Reseller, type StatusAction } from "../../core/reseller";
import { ApiKey } from "../../core/reseller/key";
import { Bulk } from "../../core/reseller/bulk";
import { Console, CONSOLE_SESSION_HOURS } from "../../core/reseller/console";
import { Webhook } from "../../core/reseller/webhook";
import {
  DeliveriesQuery,
  DeliveryIdParam,
  WebhookIdParam,
  WebhookInput,
  WebhookPatch,
} from "../../core/reseller/webhook-schema";
import {
  ApiKeyInput,
  BulkPreviewInput,
  BulkProvisionInput,
  ConsoleLoginInput,
  KeyIdParam,
  ListQuery,
  PlanChangeInput,
  TenantIdParam,
} from "../../core/reseller/schema";
import { ResetConfirmInput, VerifyInput } from "../../core/auth/schema";
import { VisibleError } from "../../core/error";
import {
  clientIp,
  CONSOLE_COOKIE,
  createModuleApp,
  isLocal,
  validate,
  type Env,
} from "../http/app";
import { ErrorBody, Ok } from "../http/docs";
import {
  ListBody,
  StatementBody,
  StatementParam,
  statementResponse,
  StatementQuery,
  TenantBody,
  XLSX,
} from "../reseller/bodies";
import { brandRoutes } from "./brand-routes";
import {
  DeliveryBody,
  WebhookBody,
  WebhookCreatedBody,
} from "../reseller/bodies";

// The reseller console's API: /api/reseller-console/*, on the web app's own origin (CloudFront
// forwards /api/* to the HTTP API), signed in with a reseller admin's own session cookie. Every
// route is one core call; core/reseller builds every key from the session's reseller, so another
// reseller's shop or key is 404. Its own OpenAPI document: /api/reseller-console/openapi.json,
// which tests/functions/reseller-isolation.test.ts walks.

export const CONSOLE_BASE = "/api/reseller-console";
const B = CONSOLE_BASE;

const MeBody = v.object({
  admin: v.object({ id: v.string(), email: v.string(), name: v.string() }),
  reseller: v.object({
    id: v.string(),
    name: v.string(),
    kind: v.string(),
    kindLabel: v.string(),
    slug: v.string(),
    shareBps: v.number(),
  }),
  csrfToken: v.string(),
});
const KeyBody = v.object({
  id: v.string(),
  name: v.string(),
  scopes: v.array(v.string()),
  createdAt: v.string(),
  lastUsedAt: v.nullable(v.string()),
  revokedAt: v.nullable(v.string()),
});
const Issue = v.object({ field: v.string(), message: v.string() });
const PreviewBody = v.object({
  format: v.string(),
  encoding: v.optional(v.string()),
  columns: v.record(v.string(), v.string()),
  rows: v.array(
    v.object({
      line: v.number(),
      values: v.record(v.string(), v.string()),
      errors: v.array(Issue),
    }),
  ),
  valid: v.number(),
  invalid: v.number(),
  chunk: v.number(),
});
const ResultsBody = v.object({
  results: v.array(
    v.object({
      line: v.number(),
      subscriberId: v.string(),
      status: v.picklist(["created", "existed", "error"]),
      tenantId: v.optional(v.string()),
      code: v.optional(v.string()),
      message: v.optional(v.string()),
      fields: v.optional(v.array(Issue)),
    }),
  ),
});

const json = (schema: v.GenericSchema, description: string) => ({
  description,
  content: { "application/json": { schema: resolver(schema) } },
});
const errors = {
  400: json(ErrorBody, "입력 오류 (code, 필드별 메시지)"),
  401: json(ErrorBody, "로그인 필요 (unauthenticated)"),
  403: json(ErrorBody, "CSRF 토큰·출처가 맞지 않음 (csrf)"),
  404: json(
    ErrorBody,
    "이 판매사의 사업장·키·웹훅·전송이 아님 (tenant_not_found, key_not_found, webhook_not_found, webhook_delivery_not_found)",
  ),
  409: json(
    ErrorBody,
    "충돌 (tenant_cancelled, month_not_closed, webhook_limit, webhook_delivery_not_failed …)",
  ),
  429: json(ErrorBody, "요청 제한 (rate_limited)"),
};
const cdoc = (
  summary: string,
  ok: Record<number, ReturnType<typeof json>>,
  description?: string,
) =>
  describeRoute({
    tags: ["reseller-console"],
    summary,
    ...(description ? { description } : {}),
    responses: { ...ok, ...errors },
  });

function startSession(c: Context<Env>, token: string) {
  setCookie(c, CONSOLE_COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    secure: !isLocal(),
    path: CONSOLE_BASE,
    maxAge: CONSOLE_SESSION_HOURS * 3600,
  });
}

const idOf = (c: Context<Env>) =>
  (c.req.valid("param" as never) as v.InferOutput<typeof TenantIdParam>).id;
const hookIdOf = (c: Context<Env>) =>
  (c.req.valid("param" as never) as v.InferOutput<typeof WebhookIdParam>).id;

function unpack(input: v.InferOutput<typeof BulkPreviewInput>): Uint8Array {
  const raw = Buffer.from(input.base64, "base64");
  if (!input.gzip) return raw;
  try {
    return gunzipSync(raw, { maxOutputLength: 16 * 1024 * 1024 });
  } catch {
    throw new VisibleError(
      "validation",
      "file_unreadable",
      "파일을 읽을 수 없습니다. 다시 골라 올려 주세요.",
      {
        fields: [{ field: "file", message: "파일을 읽을 수 없습니다." }],
      },
    );
  }
}

const statusRoute = (action: StatusAction, summary: string) =>
  [
    `${B}/tenants/:id/${action}`,
    cdoc(summary, { 200: json(TenantBody, "바뀐 사업장") }),
    validate("param", TenantIdParam),
    async (c: Context<Env>) =>
      c.json(await Reseller.setStatus(idOf(c), action)),
  ] as const;

// Signed-out requests get the console's 401 (not the reseller API's "API 키가 필요합니다").
const PUBLIC = new Set(["login", "logout", "password", "openapi.json"]);

const routes = createModuleApp("console", { auth: "console" })
  .use(`${B}/*`, async (c, next) => {
    const rest = c.req.path.slice(B.length + 1);
    if (!PUBLIC.has(rest) && c.get("actor").type !== "reseller")
      throw new VisibleError(
        "unauthorized",
        "unauthenticated",
        "판매사 콘솔에 로그인해 주세요.",
      );
    await next();
  })
  .post(
    `${B}/login`,
    cdoc("판매사 관리자 로그인 (콘솔 세션 쿠키 발급)", {
      200: json(MeBody, "로그인한 관리자와 판매사, CSRF 토큰"),
    }),
    validate("json", ConsoleLoginInput),
    async (c) => {
      const { email, password } = c.req.valid("json") as v.InferOutput<
        typeof ConsoleLoginInput
      >;
      const { token, me } = await Console.login(email, password, clientIp(c));
      startSession(c, token);
      return c.json(me);
    },
  )
  .post(
    `${B}/logout`,
    cdoc("로그아웃", { 200: json(Ok, "로그아웃됨") }),
    async (c) => {
      const token = c.get("sessionToken");
      if (token) await Console.logout(token);
      deleteCookie(c, CONSOLE_COOKIE, { path: CONSOLE_BASE });
      return c.json({ ok: true as const });
    },
  )
  .get(
    `${B}/password`,
    cdoc("비밀번호 설정 링크 확인", {
      200: json(
        v.object({ email: v.string(), resellerName: v.string() }),
        "링크의 관리자 이메일과 판매사",
      ),
    }),
    validate("query", VerifyInput),
    async (c) =>
      c.json(
        await Console.setupInfo(
          (c.req.valid("query") as v.InferOutput<typeof VerifyInput>).token,
        ),
      ),
  )
  .post(
    `${B}/password`,
    cdoc(
      "비밀번호 정하기 (메일로 받은 링크)",
      { 200: json(Ok, "비밀번호를 정함") },
      "관리자 등록 메일의 링크(7일, 한 번만)로 비밀번호를 정합니다.",
    ),
    validate("json", ResetConfirmInput),
    async (c) => {
      const { token, password } = c.req.valid("json") as v.InferOutput<
        typeof ResetConfirmInput
      >;
      await Console.setPassword(token, password);
      return c.json({ ok: true as const });
    },
  )
  .get(
    `${B}/me`,
    cdoc("로그인한 관리자", { 200: json(MeBody, "관리자와 판매사") }),
    async (c) => c.json(await Console.me(c.get("csrf") ?? "")),
  )
  .get(
    `${B}/tenants`,
    cdoc("사업장 목록 (상태, 요금제, 이번 달 사용량)", {
      200: json(ListBody, "사업장 목록"),
    }),
    validate("query", ListQuery),
    async (c) =>
      c.json(
        await Reseller.list(
          c.req.valid("query") as v.InferOutput<typeof ListQuery>,
        ),
      ),
  )
  .patch(
    `${B}/tenants/:id`,
    cdoc("요금제 변경", { 200: json(TenantBody, "바뀐 사업장") }),
    validate("param", TenantIdParam),
    validate("json", PlanChangeInput),
    async (c) =>
      c.json(
        await Reseller.changePlan(
          idOf(c),
          (c.req.valid("json") as v.InferOutput<typeof PlanChangeInput>).plan,
        ),
      ),
  )
  .post(...statusRoute("suspend", "이용 정지"))
  .post(...statusRoute("resume", "이용 재개"))
  .post(...statusRoute("cancel", "해지 (30일 동안 읽기 전용)"))
  .get(
    `${B}/keys`,
    cdoc("API 키 목록 (마지막 사용 시각)", {
      200: json(v.object({ keys: v.array(KeyBody) }), "키 목록 (비밀값 없음)"),
    }),
    async (c) => c.json({ keys: await ApiKey.list() }),
  )
  .post(
    `${B}/keys`,
    cdoc(
      "API 키 만들기",
      {
        201: json(
          v.object({ ...KeyBody.entries, key: v.string() }),
          "새 키: key(gk_…)는 이 응답에서 한 번만 보입니다",
        ),
      },
      "이름과 권한(scopes)으로 키를 만듭니다. 비밀값은 저장되지 않고(SHA-256만) 이 응답에만 있습니다.",
    ),
    validate("json", ApiKeyInput),
    async (c) =>
      c.json(
        await ApiKey.create(
          c.req.valid("json") as v.InferOutput<typeof ApiKeyInput>,
        ),
        201,
      ),
  )
  .post(
    `${B}/keys/:id/revoke`,
    cdoc("API 키 폐기 (즉시 api_key_revoked)", {
      200: json(KeyBody, "폐기된 키"),
    }),
    validate("param", KeyIdParam),
    async (c) =>
      c.json(
        await ApiKey.revoke(
          (c.req.valid("param") as v.InferOutput<typeof KeyIdParam>).id,
        ),
      ),
  )
  .post(
    `${B}/bulk/preview`,
    cdoc(
      "일괄 개설: 파일 미리 보기 (저장하지 않음)",
      { 200: json(PreviewBody, "줄마다 값과 오류") },
      "CSV(UTF-8 또는 CP949/EUC-KR) 또는 엑셀(.xlsx)을 base64로(gzip 가능) 보냅니다. 머리글 줄에서 가입자번호, 상호, 사업자등록번호, 대표자명, 대표 이메일, 요금제, 업종, 과세유형, 전화번호, 주소 열을 찾고 줄마다 검사합니다. 1만 줄까지.",
    ),
    validate("json", BulkPreviewInput),
    async (c) => {
      const input = c.req.valid("json") as v.InferOutput<
        typeof BulkPreviewInput
      >;
      const p = await Bulk.preview(input.filename, unpack(input));
      return c.json({ ...p, chunk: Bulk.BULK_CHUNK });
    },
  )
  .post(
    `${B}/bulk/provision`,
    cdoc(
      "일괄 개설: 한 묶음(최대 100줄) 개설",
      { 200: json(ResultsBody, "줄마다 created / existed / error(이유)") },
      "줄마다 따로 검사하고 개설합니다. 잘못된 줄은 그 줄만 error(한국어 이유)로 돌아오고 나머지는 만들어집니다. 가입자번호로 멱등이라 같은 파일을 다시 올리면 이미 만든 줄은 existed입니다.",
    ),
    validate("json", BulkProvisionInput),
    async (c) => {
      const { rows } = c.req.valid("json") as v.InferOutput<
        typeof BulkProvisionInput
      >;
      return c.json({ results: await Bulk.provisionRows(rows) });
    },
  )
  // Webhooks: the reseller API's endpoints and delivery log (core/reseller/webhook), for the page.
  .get(
    `${B}/webhooks`,
    cdoc("웹훅 목록", {
      200: json(v.object({ webhooks: v.array(WebhookBody) }), "웹훅 목록"),
    }),
    async (c) => c.json({ webhooks: await Webhook.list() }),
  )
  .post(
    `${B}/webhooks`,
    cdoc(
      "웹훅 등록",
      {
        201: json(
          WebhookCreatedBody,
          "등록한 웹훅: secret(whsec_…)은 이 응답에서 한 번만 보입니다",
        ),
      },
      "사업장 이벤트를 받을 주소(https)와 이벤트를 등록합니다. 서명 비밀값은 봉인해 저장하고 이 응답에만 있습니다. 판매사마다 10개까지.",
    ),
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
    `${B}/webhooks/deliveries`,
    cdoc(
      "웹훅 전송 기록 (최근 것부터, 30일)",
      {
        200: json(
          v.object({
            deliveries: v.array(DeliveryBody),
            nextCursor: v.nullable(v.string()),
          }),
          "전송 기록",
        ),
      },
      "webhookId, status(pending·delivered·failed)로 좁히면 한 쪽이 limit보다 짧을 수 있습니다. nextCursor로 다음 쪽을 받습니다.",
    ),
    validate("query", DeliveriesQuery),
    async (c) =>
      c.json(
        await Webhook.deliveries(
          c.req.valid("query") as v.InferOutput<typeof DeliveriesQuery>,
        ),
      ),
  )
  .post(
    `${B}/webhooks/deliveries/:id/retry`,
    cdoc(
      "실패한 전송 다시 보내기",
      { 202: json(DeliveryBody, "다시 대기 중인 전송") },
      "failed로 끝난 전송만 지금 다시 보냅니다(같은 이벤트, 새 서명, 다시 8번까지). 그 밖의 전송은 409 webhook_delivery_not_failed입니다.",
    ),
    validate("param", DeliveryIdParam),
    async (c) =>
      c.json(
        await Webhook.retry(
          (c.req.valid("param") as v.InferOutput<typeof DeliveryIdParam>).id,
        ),
        202,
      ),
  )
  .patch(
    `${B}/webhooks/:id`,
    cdoc(
      "웹훅 변경·중지·다시 켜기",
      { 200: json(WebhookBody, "바뀐 웹훅") },
      "url, events, description, status(active·disabled)를 바꿉니다.",
    ),
    validate("param", WebhookIdParam),
    validate("json", WebhookPatch),
    async (c) =>
      c.json(
        await Webhook.update(
          hookIdOf(c),
          c.req.valid("json") as v.InferOutput<typeof WebhookPatch>,
        ),
      ),
  )
  .delete(
    `${B}/webhooks/:id`,
    cdoc("웹훅 삭제 (전송 기록은 남음)", {
      200: json(
        v.object({ id: v.string(), deleted: v.literal(true) }),
        "지웠음",
      ),
    }),
    validate("param", WebhookIdParam),
    async (c) => c.json(await Webhook.remove(hookIdOf(c))),
  )
  .post(
    `${B}/webhooks/:id/test`,
    cdoc("웹훅 시험 전송 (webhook.test)", {
      202: json(DeliveryBody, "대기 중인 전송"),
    }),
    validate("param", WebhookIdParam),
    async (c) => c.json(await Webhook.test(hookIdOf(c)), 202),
  );

const withStatements = routes.get(
  `${B}/statements/:month`,
  describeRoute({
    tags: ["reseller-console"],
    summary: "월별 명세 (JSON, CSV 또는 XLSX)",
    responses: {
      200: {
        description: "명세",
        content: {
          "application/json": { schema: resolver(StatementBody) },
          "text/csv": { schema: { type: "string", format: "binary" } },
          [XLSX]: { schema: { type: "string", format: "binary" } },
        },
      } as never,
      ...errors,
    },
  }),
  validate("param", StatementParam),
  validate("query", StatementQuery),
  async (c) => {
    const { month } = c.req.valid("param") as v.InferOutput<
      typeof StatementParam
    >;
    const { format } = c.req.valid("query") as v.InferOutput<
      typeof StatementQuery
    >;
    return statementResponse(c, month, format);
  },
);

brandRoutes(withStatements, { B, cdoc, json });

export const consoleApp = withStatements.get(
  `${B}/openapi.json`,
  openAPIRouteHandler(withStatements, {
    documentation: {
      info: {
        title: "골목 판매사 콘솔 API",
        version: "1",
        description:
          "판매사 콘솔(웹)의 API입니다. 판매사 관리자의 콘솔 세션 쿠키(golmok_console)로 인증하며, 쓰기 요청에는 X-CSRF-Token 헤더가 필요합니다. 가게(사업장)의 세션과 API 키는 여기서 받지 않습니다. 오류는 { code, message, fields?, requestId } 형식입니다.",
      },
      servers: [{ url: "/" }],
    },
  }),
);
