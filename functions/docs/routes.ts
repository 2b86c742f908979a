import { Hono } from "hono";
import { openAPIRouteHandler } from "hono-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import { createModuleApp } from "../http/app";
import { authApp } from "../auth/routes";
import { tenantApp } from "../tenant/routes";
import { payrollApp } from "../payroll/routes";
import { invoiceApp } from "../invoice/routes";
import { ledgerApp } from "../ledger/routes";
import { siteApp } from "../site/routes";

/** Every module the public API document covers; a new module is added here and to functions/app.ts. */
export const documentedApps = [
  authApp,
  tenantApp,
  payrollApp,
  invoiceApp,
  ledgerApp,
  siteApp,
];

const everything = documentedApps.reduce(
  (all, app) => all.route("/", app),
  new Hono(),
);

const SCALAR_CDN = "https://cdn.jsdelivr.net";

export const docsApp = createModuleApp("docs")
  .get(
    "/api/openapi.json",
    openAPIRouteHandler(everything, {
      documentation: {
        info: {
          title: "골목 Golmok API",
          version: "1",
          description:
            "골목 API. 쿠키 세션(golmok_session)으로 인증하며, 쿠키로 인증한 쓰기 요청에는 X-CSRF-Token 헤더가 필요합니다. 오류는 { code, message, fields?, requestId } 형식입니다.",
        },
        servers: [{ url: "/" }],
      },
    }),
  )
  .get(
    "/api/docs",
    async (c, next) => {
      await next();
      // The reference page is the one response that loads a script: Scalar's bundle from its CDN.
      c.res.headers.set(
        "content-security-policy",
        `default-src 'none'; script-src ${SCALAR_CDN} 'unsafe-inline'; style-src ${SCALAR_CDN} 'unsafe-inline'; font-src ${SCALAR_CDN} https://fonts.scalar.com; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'`,
      );
    },
    Scalar({ url: "/api/openapi.json", pageTitle: "골목 API" }),
  );
