import type { Hono } from "hono";
import type { Env } from "../http/app";

/** Reports and exports: `/api/ledger/reports/…`, `/api/ledger/export.*` (added to the ledger app). */
export function reportRoutes(app: Hono<Env>) {
  return app;
}
