import * as v from "valibot";
import type { describeRoute, resolver } from "hono-openapi";
import { Reseller } from "../../core/reseller";
import { BrandInput, LOGO_MAX_BYTES } from "../../core/reseller/brand";
import { createModuleApp, validate } from "../http/app";
import { BrandRecordBody } from "../reseller/bodies";

// /api/reseller-console/brand: the reseller's white-label brand from the console (브랜드 page).
// The same core calls as GET|PUT /reseller/v1/brand; the console admin's actor is the reseller
// with every scope, so brand:write passes. Mounted on the console app by routes.ts (which lends
// its documentation helpers), so the routes land in its OpenAPI document and in the
// cross-reseller and fuzz tests that read it.

type Json = (
  schema: v.GenericSchema,
  description: string,
) => {
  description: string;
  content: { "application/json": { schema: ReturnType<typeof resolver> } };
};
type Cdoc = (
  summary: string,
  ok: Record<number, ReturnType<Json>>,
  description?: string,
) => ReturnType<typeof describeRoute>;

export function brandRoutes(
  app: ReturnType<typeof createModuleApp>,
  { B, cdoc, json }: { B: string; cdoc: Cdoc; json: Json },
) {
  return app
    .get(
      `${B}/brand`,
      cdoc(
        "브랜드 조회",
        { 200: json(v.nullable(BrandRecordBody), "브랜드 (없으면 null)") },
        "가맹 사업장의 화면·메일·세금계산서 수신 화면·로그인 화면(`/r/<slug>`)에 보이는 판매사 브랜드입니다. 아직 정하지 않았으면 null.",
      ),
      async (c) => c.json(await Reseller.brand()),
    )
    .put(
      `${B}/brand`,
      cdoc(
        "브랜드 설정",
        { 200: json(BrandRecordBody, "저장된 브랜드") },
        `표시 이름, 로고(PNG·JPEG·WebP data URL, ${LOGO_MAX_BYTES / 1024}KB 이하, 없으면 null), 기본·강조 색상(#rrggbb), 고객센터 전화·이메일, 메일 보내는 사람 이름·주소를 통째로 바꿉니다. AWS에서는 보내는 주소(또는 그 도메인)가 SES(ap-northeast-2)에서 인증된 ID여야 메일이 나갑니다.`,
      ),
      validate("json", BrandInput),
      async (c) =>
        c.json(
          await Reseller.setBrand(
            c.req.valid("json") as v.InferOutput<typeof BrandInput>,
          ),
        ),
    );
}
