import type { MiddlewareHandler } from "hono";
import { Scalar } from "@scalar/hono-api-reference";
import { createModuleApp } from "../http/app";

// The document is built from every module's routes and schemas (~350 KB of code): it is loaded on
// the first request for it, so a cold start — and the reference page — does not carry it.
let openapi: Promise<MiddlewareHandler> | undefined;
const document: MiddlewareHandler = async (c, next) =>
  (
    await (openapi ??= import("./document").then(
      (m) => m.openApiHandler() as unknown as MiddlewareHandler,
    ))
  )(c, next);

const SCALAR_CDN = "https://cdn.jsdelivr.net";

export const docsApp = createModuleApp("docs")
  .get("/api/openapi.json", document)
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
