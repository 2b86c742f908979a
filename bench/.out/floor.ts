import { Hono } from "hono";
import { handle } from "hono/aws-lambda";
export const handler = handle(
  new Hono().get("/api/health", (c) => c.json({ ok: true })),
);
