// Which module answers which paths: API Gateway routes (stacks/api.ts) and the local server
// (functions/app.ts) are both built from this one table, so they cannot drift apart.
export const MODULE_ROUTES = {
  auth: ["/api/health", "/api/auth/*"],
  // 요금 명세 rides on the tenant function: two small reads beside the usage view it extends.
  tenant: ["/api/me", "/api/tenant/*", "/api/usage", "/api/billing/*"],
  payroll: ["/api/payroll/*"],
  invoice: [
    "/api/invoices",
    "/api/invoices/*",
    "/api/clients",
    "/api/clients/*",
  ],
  ledger: ["/api/ledger/*"],
  site: [
    "/api/site",
    "/api/site/*",
    "/api/bookings",
    "/api/bookings/*",
    "/api/customers",
    "/api/customers/*",
    "/api/public/*",
  ],
  // Export, deletion and the audit log (core/account, core/audit): reads every module's data.
  account: ["/api/account/*", "/api/audit"],
  docs: ["/api/openapi.json", "/api/docs"],
  // The reseller API (API-key auth, its own OpenAPI document at /reseller/v1/openapi.json).
  reseller: ["/reseller/v1/*"],
  // The reseller console (its admins' own session cookie; its own document at openapi.json).
  console: ["/api/reseller-console/*"],
} as const;

export type Module = keyof typeof MODULE_ROUTES;

/** `/api/auth/*` → `ANY /api/auth/{proxy+}`; exact paths → `ANY /path`. */
export function apiGatewayRoutes(module: Module): string[] {
  return MODULE_ROUTES[module].map(
    (p) => `ANY ${p.endsWith("/*") ? `${p.slice(0, -2)}/{proxy+}` : p}`,
  );
}
