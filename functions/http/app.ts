import { EventEmitter } from "node:events";
import { Hono, type Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { secureHeaders } from "hono/secure-headers";
import { getCookie } from "hono/cookie";
import { validator as openapiValidator } from "hono-openapi";
import type { GenericSchema } from "valibot";
import { Auth } from "../../core/auth";
import { Tenant } from "../../core/tenant";
import { withActor, type Actor } from "../../core/actor";
import {
  VisibleError,
  STATUS_OF_KIND,
  type FieldIssue,
} from "../../core/error";
import { isThrottled } from "../../core/db/client";
import { createId } from "../../core/id";
import { Metering } from "../../core/metering";
import {
  newMeter,
  withMeter,
  type RequestMeter,
} from "../../core/metering/meter";
import type { PlanId } from "../../core/plan";

export const SESSION_COOKIE = "golmok_session";
/** The reseller console's own session cookie (core/reseller/console), path /api/reseller-console. */
export const CONSOLE_COOKIE = "golmok_console";
export const MAX_BODY_BYTES = 1024 * 1024;

export type Env = {
  Variables: {
    requestId: string;
    actor: Actor;
    csrf?: string;
    planId?: PlanId;
    sessionToken?: string;
  };
};

export const isLocal = () =>
  process.env.GOLMOK_LOCAL === "1" || process.env.STAGE === "local";

class InvalidInput extends Error {
  constructor(public readonly fields: FieldIssue[]) {
    super("invalid input");
  }
}

/** valibot validation through hono-openapi (so the schema lands in the OpenAPI document); failures become 400s with field paths. */
export function validate<T extends "json" | "query" | "param" | "header">(
  target: T,
  schema: GenericSchema,
) {
  return openapiValidator(target, schema as never, (result) => {
    if (!result.success) {
      const issues = result.error as readonly {
        message: string;
        path?: readonly (PropertyKey | { key: PropertyKey })[];
      }[];
      throw new InvalidInput(
        issues.map((i) => ({
          field:
            (i.path ?? [])
              .map((p) => (typeof p === "object" ? String(p.key) : String(p)))
              .join(".") || target,
          message: i.message,
        })),
      );
    }
  });
}

/** The client's address: API Gateway's sourceIp, the socket locally, else (in-process tests) the forwarded header. */
export function clientIp(c: Context): string {
  const env = c.env as
    | {
        event?: { requestContext?: { http?: { sourceIp?: string } } };
        incoming?: { socket?: { remoteAddress?: string } };
      }
    | undefined;
  return (
    env?.event?.requestContext?.http?.sourceIp ??
    env?.incoming?.socket?.remoteAddress ??
    c.req.header("x-forwarded-for")?.split(",")[0]?.trim() ??
    "unknown"
  );
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** What each request consumed (module, route, status, handler ms, DynamoDB meter), for the benchmark. */
export interface RequestRecord {
  module: string;
  method: string;
  route: string;
  status: number;
  ms: number;
  tenantId?: string;
  meter: RequestMeter;
}
export const requestEvents = new EventEmitter<{ request: [RequestRecord] }>();

/**
 * One Hono app per module, with the shared pipeline: request id + timing → security headers →
 * body limit → auth (session cookie) → CSRF → actor context → metering + quota → a suspended or
 * cancelled shop's writes refused → route. `auth: "apiKey"` (the reseller API) takes
 * `Authorization: Bearer <key>` instead of the cookie, with no CSRF, metering or quota.
 * `auth: "console"` (the reseller console) takes only the console's own cookie, with CSRF.
 */
export function createModuleApp(
  module: string,
  opts: { auth?: "session" | "apiKey" | "console" } = {},
) {
  const app = new Hono<Env>();
  app.use("*", async (c, next) => {
    const started = performance.now();
    const requestId = createId("req");
    c.set("requestId", requestId);
    const meter = newMeter();
    await withMeter(meter, next);
    const ms = performance.now() - started;
    c.header("x-request-id", requestId);
    c.header("server-timing", `app;dur=${ms.toFixed(1)}`);
    const actor = c.get("actor");
    const tenantId =
      actor && actor.type === "user" ? actor.tenantId : undefined;
    if (tenantId) Metering.record(tenantId, module, meter);
    if (requestEvents.listenerCount("request"))
      requestEvents.emit("request", {
        module,
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        ms,
        tenantId,
        meter,
      });
    if (process.env.GOLMOK_LOG_REQUESTS !== "0")
      console.log(
        JSON.stringify({
          level: "info",
          msg: "request",
          requestId,
          module,
          method: c.req.method,
          path: loggablePath(c),
          status: c.res.status,
          ms: Math.round(ms * 10) / 10,
          tenantId,
          // Which reseller and key (the key's id, never the key) made a reseller API call.
          ...(actor?.type === "reseller"
            ? { resellerId: actor.resellerId, keyId: actor.keyId }
            : {}),
          rcu: meter.readUnits,
          wcu: meter.writeUnits,
        }),
      );
  });
  // JSON answers over 8 KB go out gzip-compressed to clients that accept it: a month of 1,000
  // ledger entries is ~400 KB as JSON and ~40 KB compressed, on a phone's connection.
  app.use("*", compress({ encoding: "gzip", threshold: 8 * 1024 }));
  app.use(
    "*",
    secureHeaders({
      strictTransportSecurity: isLocal()
        ? false
        : "max-age=63072000; includeSubDomains; preload",
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: "DENY",
      referrerPolicy: "strict-origin-when-cross-origin",
      crossOriginResourcePolicy: "same-origin",
    }),
  );
  app.use("*", async (c, next) => {
    c.header("cache-control", "no-store");
    await next();
  });
  app.use(
    "*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new VisibleError(
          "validation",
          "body_too_large",
          "요청 본문이 너무 큽니다. (최대 1MB)",
        );
      },
    }),
  );
  if (opts.auth === "apiKey") {
    // The reseller API: `Authorization: Bearer <API key>` only, never the session cookie (so no
    // CSRF either). The key itself is never logged: the request log has the path, not headers.
    app.use("*", async (c, next) => {
      let actor: Actor = { type: "public" };
      const header = c.req.header("authorization");
      if (header !== undefined) {
        const m = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header.trim());
        const { ApiKey } = await import("../../core/reseller/key");
        if (!m)
          throw new VisibleError(
            "unauthorized",
            "api_key_invalid",
            "Authorization 헤더는 'Bearer <API 키>' 형식이어야 합니다.",
          );
        actor = await ApiKey.authenticate(m[1]);
      }
      c.set("actor", actor);
      await withActor(actor, next);
    });
  } else if (opts.auth === "console")
    // The reseller console: its own cookie and session kind (RSESSION#), never the shop's; the
    // shop routes never read this cookie. Writes need the session's CSRF token and our Origin.
    app.use("*", async (c, next) => {
      let actor: Actor = { type: "public" };
      const token = getCookie(c, CONSOLE_COOKIE);
      if (token) {
        const { Console } = await import("../../core/reseller/console");
        const session = await Console.session(token);
        if (session) {
          const { csrf, ...admin } = session;
          actor = admin;
          c.set("csrf", csrf);
          c.set("sessionToken", token);
        }
      }
      c.set("actor", actor);
      if (!SAFE_METHODS.has(c.req.method))
        assertSameOriginAndCsrf(
          c,
          actor.type === "reseller" &&
            c.req.path !== "/api/reseller-console/login",
        );
      await withActor(actor, next);
    });
  else
    app.use("*", async (c, next) => {
      let actor: Actor = { type: "public" };
      const token = getCookie(c, SESSION_COOKIE);
      if (token) {
        // A closed shop's session is refused (tenant_closed), except to log out.
        const session = await Auth.session(token).catch((err) => {
          if (c.req.path === "/api/auth/logout") return undefined;
          throw err;
        });
        if (session) {
          const { csrf, planId, ...user } = session;
          actor = user;
          c.set("csrf", csrf);
          c.set("planId", planId);
          c.set("sessionToken", token);
        }
      }
      c.set("actor", actor);
      // Logging in acts on no session: a cookie the browser still carries (another account's, or
      // one planted by someone else) must not block it. The Origin check still applies.
      if (!SAFE_METHODS.has(c.req.method))
        assertSameOriginAndCsrf(
          c,
          actor.type === "user" && c.req.path !== "/api/auth/login",
        );
      await withActor(actor, async () => {
        if (actor.type === "user")
          await Metering.assertWithinQuota(c.get("planId") ?? "basic", {
            requests: 1,
          });
        // A suspended or cancelled shop reads and exports, nothing else (logging out still works);
        // so does one whose deletion is pending — /api/account/* (export, cancelling the
        // deletion) checks for itself.
        if (
          actor.type === "user" &&
          !SAFE_METHODS.has(c.req.method) &&
          !c.req.path.startsWith("/api/auth/") &&
          !c.req.path.startsWith("/api/account/")
        )
          await Tenant.assertWritable();
        await next();
      });
    });
  app.onError((err, c) => errorResponse(err, c));
  app.notFound((c) =>
    c.json(
      {
        code: "not_found",
        message: "요청한 주소를 찾을 수 없습니다.",
        requestId: c.get("requestId"),
      },
      404,
    ),
  );
  return app;
}

/** Cookie-authenticated writes need the session's CSRF token; any cross-site Origin is refused. */
function assertSameOriginAndCsrf(c: Context<Env>, signedIn: boolean): void {
  const origin = c.req.header("origin");
  if (origin && !sameSite(c.req.url, origin))
    throw new VisibleError(
      "forbidden",
      "csrf",
      "허용되지 않은 출처의 요청입니다. 페이지를 새로고침해 주세요.",
    );
  if (signedIn && c.req.header("x-csrf-token") !== c.get("csrf"))
    throw new VisibleError(
      "forbidden",
      "csrf",
      "보안 토큰이 맞지 않습니다. 페이지를 새로고침한 뒤 다시 시도해 주세요.",
    );
}

/**
 * A write's Origin must be the host it was sent to, or one of Golmok's own front doors: on AWS the
 * web app (APP_URL) and the published homepages (SITES_URL) reach the API through CloudFront, so
 * the Lambda sees API Gateway's host while the browser sends the CloudFront one.
 */
function sameSite(url: string, origin: string): boolean {
  const host = safeHost(origin);
  if (!host) return false;
  const own = [url, process.env.APP_URL, process.env.SITES_URL].flatMap((u) =>
    u ? [safeHost(u)] : [],
  );
  return own.includes(host);
}

/** The request's path for the log, with any bearer secret in it (the recipient link's token in
 *  /api/invoices/link/:token, say) replaced by its parameter name: the log keeps ids, not keys. */
function loggablePath(c: Context<Env>): string {
  let path = c.req.path;
  for (const [name, value] of Object.entries(c.req.param() ?? {}))
    if (/token|secret|key|code/i.test(name) && value)
      path = path
        .split("/")
        .map((seg) =>
          seg === value || seg === encodeURIComponent(value) ? `:${name}` : seg,
        )
        .join("/");
  return path;
}

function safeHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

export function errorResponse(err: Error, c: Context<Env>): Response {
  const requestId = c.get("requestId");
  if (err instanceof InvalidInput) {
    return c.json(
      {
        code: "invalid_input",
        message: err.fields[0]?.message ?? "입력값이 올바르지 않습니다.",
        fields: err.fields,
        requestId,
      },
      400,
    );
  }
  if (err instanceof VisibleError) {
    if (err.extra.retryAfterSeconds !== undefined)
      c.header("retry-after", String(err.extra.retryAfterSeconds));
    const status =
      err.code === "body_too_large" ? 413 : STATUS_OF_KIND[err.kind];
    return c.json(
      {
        code: err.code,
        message: err.message,
        ...(err.extra.fields ? { fields: err.extra.fields } : {}),
        requestId,
      },
      status,
    );
  }
  if (err instanceof HTTPException && err.status < 500) {
    const malformed = err.status === 400;
    return c.json(
      malformed
        ? {
            code: "malformed_json",
            message: "요청 본문이 올바른 JSON 형식이 아닙니다.",
            requestId,
          }
        : { code: "bad_request", message: "잘못된 요청입니다.", requestId },
      err.status,
    );
  }
  const name = (err as Error).name;
  if (isThrottled(err)) {
    c.header("retry-after", "1");
    return c.json(
      {
        code: "unavailable",
        message: "잠시 요청이 몰렸습니다. 잠시 후 다시 시도해 주세요.",
        requestId,
      },
      503,
    );
  }
  console.error(
    JSON.stringify({
      level: "error",
      msg: "unhandled",
      requestId,
      error: name,
      message: (err as Error).message,
      stack: (err as Error).stack,
    }),
  );
  return c.json(
    {
      code: "internal",
      message: "일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.",
      requestId,
    },
    500,
  );
}
