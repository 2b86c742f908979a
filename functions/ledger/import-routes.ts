import type { Hono } from "hono";
import type { Env } from "../http/app";

/** Bank/card statement import: `/api/ledger/imports…` (added to the ledger app). */
export function importRoutes(app: Hono<Env>) {
  return app;
}
