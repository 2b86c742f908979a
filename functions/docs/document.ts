import { Hono } from "hono";
import { openAPIRouteHandler } from "hono-openapi";
import { authApp } from "../auth/routes";
import { tenantApp } from "../tenant/routes";
import { payrollApp } from "../payroll/routes";
import { invoiceApp } from "../invoice/routes";
import { ledgerApp } from "../ledger/routes";
import { siteApp } from "../site/routes";
import { accountApp } from "../account/routes";

/** Every module the public API document covers; a new module is added here and to functions/app.ts. */
export const documentedApps = [
  authApp,
  tenantApp,
  payrollApp,
  invoiceApp,
  ledgerApp,
  siteApp,
  accountApp,
];

/** The OpenAPI document of every documented route, generated from the same valibot schemas. */
export function openApiHandler() {
  const everything = documentedApps.reduce(
    (all, app) => all.route("/", app),
    new Hono(),
  );
  return openAPIRouteHandler(everything, {
    documentation: {
      info: {
        title: "골목 Golmok API",
        version: "1",
        description:
          "골목 API. 쿠키 세션(golmok_session)으로 인증하며, 쿠키로 인증한 쓰기 요청에는 X-CSRF-Token 헤더가 필요합니다. 오류는 { code, message, fields?, requestId } 형식입니다.",
      },
      servers: [{ url: "/" }],
    },
  });
}
