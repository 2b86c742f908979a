import * as v from "valibot";
import { describeRoute, openAPIRouteHandler, resolver } from "hono-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import { Reseller } from "../../core/reseller";
import {
  ListQuery,
  PlanChangeInput,
  ProvisionInput,
  SsoTokenInput,
  TenantIdParam,
} from "../../core/reseller/schema";
import { BrandInput, LOGO_MAX_BYTES } from "../../core/reseller/brand";
import type { StatusAction } from "../../core/reseller";
import { createModuleApp, validate } from "../http/app";
import { ErrorBody } from "../http/docs";
import { webhookRoutes } from "./webhook-routes";
import {
  TenantBody,
  ListBody,
  StatementBody,
  StatementParam,
  XLSX,
  StatementQuery,
  statementResponse,
  BrandRecordBody,
} from "./bodies";
export {
  TenantBody,
  ListBody,
  StatementBody,
  StatementParam,
  XLSX,
  StatementQuery,
  statementResponse,
  BrandRecordBody,
} from "./bodies";

// The reseller API, versioned: /reseller/v1. API-key auth (Authorization: Bearer gk_…), its own
// OpenAPI document and reference page. Every route is one core call; core/reseller checks the
// key's scope and finds a shop only under the reseller's own partition (another's → 404).

export const BASE = "/reseller/v1";

const json = (schema: v.GenericSchema, description: string) => ({
  description,
  content: { "application/json": { schema: resolver(schema) } },
});
const errors = {
  400: json(ErrorBody, "입력 오류 (code, 필드별 메시지)"),
  401: json(
    ErrorBody,
    "API 키 없음·틀림·폐기 (api_key_missing / api_key_invalid / api_key_revoked)",
  ),
  403: json(ErrorBody, "키에 필요한 권한(scope)이 없음 (scope_missing)"),
  404: json(ErrorBody, "이 판매사의 사업장이 아님 (tenant_not_found)"),
  409: json(ErrorBody, "충돌 (email_taken, bizno_taken, tenant_cancelled …)"),
};

const SERVER = "https://api.golmok.example";
const curl = (method: string, path: string, body?: unknown) =>
  [
    `curl -X ${method} "${SERVER}${path}"`,
    `  -H "Authorization: Bearer $GOLMOK_API_KEY"`,
    ...(body
      ? [
          `  -H "Content-Type: application/json"`,
          `  -d '${JSON.stringify(body)}'`,
        ]
      : []),
  ].join(" \\\n");

function rdoc(opts: {
  summary: string;
  description: string;
  scope: string;
  ok: Record<number, ReturnType<typeof json>>;
  curl: string;
}) {
  return describeRoute({
    tags: ["reseller"],
    summary: opts.summary,
    description: `${opts.description}\n\n필요한 권한(scope): \`${opts.scope}\``,
    security: [{ apiKey: [] }],
    responses: { ...opts.ok, ...errors },
    ...({
      "x-codeSamples": [{ lang: "Shell", label: "curl", source: opts.curl }],
    } as object),
  });
}

const tenantIdOf = (c: { req: { param: (k: "id") => string } }) =>
  c.req.param("id");

const SAMPLE_TENANT = "ten_01kbexampleexampleexample01";
const provisionSample = {
  subscriberId: "KT-000123",
  businessName: "골목헤어",
  ownerName: "김골목",
  ownerEmail: "owner@example.com",
  bizNo: "120-81-47521",
  industry: "salon",
  plan: "basic",
};

const statusRoute = (
  action: StatusAction,
  summary: string,
  description: string,
) =>
  [
    `${BASE}/tenants/:id/${action}`,
    rdoc({
      summary,
      description,
      scope: "tenants:write",
      ok: { 200: json(TenantBody, "바뀐 사업장 (이미 그 상태면 그대로)") },
      curl: curl("POST", `${BASE}/tenants/${SAMPLE_TENANT}/${action}`),
    }),
    validate("param", TenantIdParam),
  ] as const;

const routes = createModuleApp("reseller", { auth: "apiKey" })
  .post(
    `${BASE}/tenants`,
    rdoc({
      summary: "사업장 개설",
      description:
        "사업장(상호, 대표자, 사업자번호, 업종), 대표 이메일, 요금제, 판매사의 가입자 번호(subscriberId)로 사업장을 만듭니다. 같은 subscriberId로 다시 부르면 처음 만든 사업장을 200으로 돌려줍니다(처음에는 201). 대표에게 비밀번호를 정하는 환영 메일이 갑니다.",
      scope: "tenants:write",
      ok: {
        201: json(TenantBody, "새로 만든 사업장"),
        200: json(TenantBody, "이 subscriberId로 이미 만든 사업장"),
      },
      curl: curl("POST", `${BASE}/tenants`, provisionSample),
    }),
    validate("json", ProvisionInput),
    async (c) => {
      const { created, tenant } = await Reseller.provision(
        c.req.valid("json") as v.InferOutput<typeof ProvisionInput>,
      );
      return c.json(tenant, created ? 201 : 200);
    },
  )
  .get(
    `${BASE}/tenants`,
    rdoc({
      summary: "사업장 목록",
      description:
        "판매사의 사업장을 상태, 요금제, 이번 달 사용량과 함께 돌려줍니다. 한 번에 최대 100곳(limit), 다음 쪽은 nextCursor를 cursor로 보냅니다.",
      scope: "tenants:read",
      ok: { 200: json(ListBody, "사업장 목록") },
      curl: curl("GET", `${BASE}/tenants?limit=50`),
    }),
    validate("query", ListQuery),
    async (c) =>
      c.json(
        await Reseller.list(
          c.req.valid("query") as v.InferOutput<typeof ListQuery>,
        ),
      ),
  )
  .get(
    `${BASE}/tenants/:id`,
    rdoc({
      summary: "사업장 한 곳",
      description: "상태, 요금제, 이번 달 사용량.",
      scope: "tenants:read",
      ok: { 200: json(TenantBody, "사업장") },
      curl: curl("GET", `${BASE}/tenants/${SAMPLE_TENANT}`),
    }),
    validate("param", TenantIdParam),
    async (c) =>
      c.json(
        await Reseller.tenant(
          (c.req.valid("param") as v.InferOutput<typeof TenantIdParam>).id,
        ),
      ),
  )
  .patch(
    `${BASE}/tenants/:id`,
    rdoc({
      summary: "요금제 변경",
      description:
        "요금제를 바꿉니다. 월 마감 때 그 달의 요금은 마감 시점의 요금제로 계산됩니다.",
      scope: "tenants:write",
      ok: { 200: json(TenantBody, "바뀐 사업장") },
      curl: curl("PATCH", `${BASE}/tenants/${SAMPLE_TENANT}`, { plan: "plus" }),
    }),
    validate("param", TenantIdParam),
    validate("json", PlanChangeInput),
    async (c) =>
      c.json(
        await Reseller.changePlan(
          (c.req.valid("param") as v.InferOutput<typeof TenantIdParam>).id,
          (c.req.valid("json") as v.InferOutput<typeof PlanChangeInput>).plan,
        ),
      ),
  )
  .post(
    ...statusRoute(
      "suspend",
      "이용 정지",
      "사업장을 읽기 전용으로 만듭니다: 조회와 내려받기만 되고, 저장·발행·메일 발송은 tenant_suspended(403)로 거절됩니다.",
    ),
    async (c) => c.json(await Reseller.setStatus(tenantIdOf(c), "suspend")),
  )
  .post(
    ...statusRoute(
      "resume",
      "이용 재개",
      "정지되었거나 해지된 사업장을 다시 씁니다.",
    ),
    async (c) => c.json(await Reseller.setStatus(tenantIdOf(c), "resume")),
  )
  .post(
    ...statusRoute(
      "cancel",
      "해지",
      "사업장을 해지합니다. 30일 동안(exportUntil까지) 읽기 전용으로 자료를 내려받을 수 있습니다.",
    ),
    async (c) => c.json(await Reseller.setStatus(tenantIdOf(c), "cancel")),
  );

const withStatements = routes.get(
  `${BASE}/statements/:month`,
  rdoc({
    summary: "월별 명세",
    description:
      "마감된 달의 사업장별 사용량, 기본료, 초과 요금, 합계(부가세 포함), 공급가액·부가세와 판매사 몫(공급가액 × 수익 배분율, 사업장마다 원 미만 버림)입니다. `format=csv`이면 통신사 청구서에 합칠 수 있는 CSV(UTF-8, BOM)로, `format=xlsx`이면 엑셀(사업장별 한 줄과 합계 줄)로 받습니다. 이번 달과 앞으로의 달은 month_not_closed(409)입니다.",
    scope: "statements:read",
    ok: {
      200: {
        description: "명세 (JSON, CSV 또는 XLSX)",
        content: {
          "application/json": { schema: resolver(StatementBody) },
          "text/csv": { schema: { type: "string", format: "binary" } },
          [XLSX]: { schema: { type: "string", format: "binary" } },
        },
      } as never,
    },
    curl: curl("GET", `${BASE}/statements/2026-11?format=csv`),
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

const SsoTokenBody = v.object({
  token: v.string(),
  url: v.string(),
  expiresAt: v.string(),
  tenantId: v.string(),
  email: v.string(),
});
const brandSample = {
  displayName: "골목통신 비즈",
  primaryColor: "#1d4ed8",
  accentColor: "#f59e0b",
  supportPhone: "1588-0000",
  supportEmail: "help@isp.example",
  senderName: "골목통신 비즈",
  senderAddress: "biz@isp.example",
};

const withWebhooks = webhookRoutes(withStatements, { BASE, rdoc, json, curl });

const withSso = withWebhooks
  .post(
    `${BASE}/sso-tokens`,
    rdoc({
      summary: "SSO 로그인 링크 발급",
      description:
        "판매사 화면에 로그인한 가입자를 골목으로 바로 보냅니다. 사업장(tenantId)과 구성원 이메일(생략하면 대표)로 60초 동안 한 번만 쓸 수 있는 서명된 토큰과 바로 열 URL(`/r/<slug>/sso#token=…`)을 돌려줍니다. 토큰은 URL 조각(#)에 있어 서버 로그·Referer에 남지 않습니다. 다시 쓰면 sso_token_used(401), 해지된 사업장은 tenant_cancelled(409), 다른 판매사의 사업장은 tenant_not_found(404)입니다.",
      scope: "sso:write",
      ok: { 201: json(SsoTokenBody, "로그인 링크 (60초, 1회)") },
      curl: curl("POST", `${BASE}/sso-tokens`, { tenantId: SAMPLE_TENANT }),
    }),
    validate("json", SsoTokenInput),
    async (c) =>
      c.json(
        await Reseller.ssoToken(
          c.req.valid("json") as v.InferOutput<typeof SsoTokenInput>,
        ),
        201,
      ),
  )
  .get(
    `${BASE}/brand`,
    rdoc({
      summary: "브랜드 조회",
      description:
        "가맹 사업장의 화면·메일·세금계산서 수신 화면·로그인 화면(`/r/<slug>`)에 보이는 판매사 브랜드입니다. 아직 정하지 않았으면 null.",
      scope: "tenants:read",
      ok: { 200: json(v.nullable(BrandRecordBody), "브랜드 (없으면 null)") },
      curl: curl("GET", `${BASE}/brand`),
    }),
    async (c) => c.json(await Reseller.brand()),
  )
  .put(
    `${BASE}/brand`,
    rdoc({
      summary: "브랜드 설정",
      description: `표시 이름, 로고(PNG·JPEG·WebP data URL, ${LOGO_MAX_BYTES / 1024}KB 이하), 기본·강조 색상(#rrggbb), 고객센터 전화·이메일, 메일 보내는 사람 이름·주소를 통째로 바꿉니다. AWS에서는 보내는 주소(또는 그 도메인)가 SES(ap-northeast-2)에서 인증된 ID여야 메일이 나갑니다.`,
      scope: "brand:write",
      ok: { 200: json(BrandRecordBody, "저장된 브랜드") },
      curl: curl("PUT", `${BASE}/brand`, brandSample),
    }),
    validate("json", BrandInput),
    async (c) =>
      c.json(
        await Reseller.setBrand(
          c.req.valid("json") as v.InferOutput<typeof BrandInput>,
        ),
      ),
  );

const SCALAR_CDN = "https://cdn.jsdelivr.net";

export const resellerApp = withSso
  .get(
    `${BASE}/openapi.json`,
    openAPIRouteHandler(withSso, {
      documentation: {
        info: {
          title: "골목 Golmok 판매사 API",
          version: "1",
          description:
            "통신사·조합·협회가 가맹 사업장을 개설하고 관리하는 API입니다. 모든 요청에 `Authorization: Bearer <API 키>` 헤더가 필요합니다. 키는 판매사 관리자가 만들며 한 번만 보여 줍니다. 판매사는 사업장의 사용량과 요금만 볼 수 있고 장부·세금계산서·급여·고객 같은 업무 자료는 볼 수 없습니다. 오류는 { code, message, fields?, requestId } 형식입니다.",
        },
        servers: [{ url: "/" }],
        components: {
          securitySchemes: {
            apiKey: { type: "http", scheme: "bearer", bearerFormat: "gk_…" },
          },
        },
      },
    }),
  )
  .get(
    `${BASE}/docs`,
    async (c, next) => {
      await next();
      c.res.headers.set(
        "content-security-policy",
        `default-src 'none'; script-src ${SCALAR_CDN} 'unsafe-inline'; style-src ${SCALAR_CDN} 'unsafe-inline'; font-src ${SCALAR_CDN} https://fonts.scalar.com; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'`,
      );
    },
    Scalar({ url: `${BASE}/openapi.json`, pageTitle: "골목 판매사 API" }),
  );
