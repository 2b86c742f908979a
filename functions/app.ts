import { Hono } from "hono";
import type { Hono as HonoApp } from "hono";
import { authApp } from "./auth/routes";
import { tenantApp } from "./tenant/routes";
import { docsApp } from "./docs/routes";
import { payrollApp } from "./payroll/routes";
import { invoiceApp } from "./invoice/routes";
import { ledgerApp } from "./ledger/routes";
import { siteApp } from "./site/routes";
import { resellerApp } from "./reseller/routes";
import { consoleApp } from "./console/routes";
import { accountApp } from "./account/routes";
import { MODULE_ROUTES, type Module } from "./routes";

// Each request goes to exactly one module app, as API Gateway sends it to exactly one Lambda:
// every module keeps its own pipeline and nothing runs twice.
const MODULES: Record<Module, HonoApp<any>> = {
  auth: authApp,
  tenant: tenantApp,
  payroll: payrollApp,
  invoice: invoiceApp,
  ledger: ledgerApp,
  site: siteApp,
  docs: docsApp,
  reseller: resellerApp,
  console: consoleApp,
  account: accountApp,
};

/** Every module in one app: the local server and route tests use it; AWS runs one Lambda per module. */
export const api = new Hono();
for (const [module, paths] of Object.entries(MODULE_ROUTES) as [
  Module,
  readonly string[],
][]) {
  for (const path of paths)
    api.all(path, (c) => MODULES[module].fetch(c.req.raw, c.env));
}
api.all("/api/*", (c) =>
  c.json(
    { code: "not_found", message: "요청한 주소를 찾을 수 없습니다." },
    404,
  ),
);
