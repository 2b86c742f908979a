import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import type { Server } from "node:http";
import { Hono } from "hono";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { ensureTable } from "../../core/db/bootstrap";
import { resetDynamoClient } from "../../core/db/client";
import { Mail } from "../../core/mail";
import { Metering } from "../../core/metering";
import { api } from "../app";
import { startDynamo } from "./dynamo";
import { startSes } from "./ses";
import { freePort } from "./dynamo";
import { startOutboxLoop, startWebhookLoop } from "./outbox-loop";
import { Account } from "../../core/account";
import { PAGE_CSP } from "../../core/site/render";

export interface LocalOptions {
  /** HTTP port for web + API (0 = pick a free one). */
  port?: number;
  /** Keep data in memory (tests) instead of under dataDir. */
  inMemory?: boolean;
  dataDir?: string;
  dynamoPort?: number;
  sesPort?: number;
  /** Build web/ with Vite before serving (otherwise the existing web/dist is served). */
  buildWeb?: boolean;
  /** How often the local outbox loop looks for due e-mails. */
  mailPollMs?: number;
  quiet?: boolean;
}

export interface LocalStack {
  appUrl: string;
  apiUrl: string;
  mailboxUrl: string;
  dynamoEndpoint: string;
  dataDir: string | null;
  stop(): Promise<void>;
}

export const ROOT = resolve(import.meta.dirname, "../..");
const WEB_DIST = resolve(ROOT, "web/dist");

// The web app's policy: only its own scripts; inline style attributes are allowed for Solid's style bindings.
const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export async function buildWebApp(quiet = false): Promise<void> {
  const { build } = await import("vite");
  await build({
    root: resolve(ROOT, "web"),
    configFile: resolve(ROOT, "web/vite.config.ts"),
    logLevel: quiet ? "error" : "info",
  });
}

/** The whole product in this process: DynamoDB Local, SES local, the API, the web app and the outbox loop. */
export async function startLocal(opts: LocalOptions = {}): Promise<LocalStack> {
  const dataDir = opts.inMemory
    ? null
    : resolve(opts.dataDir ?? resolve(ROOT, ".data"));
  if (dataDir) mkdirSync(resolve(dataDir, "sites"), { recursive: true });
  // Published homepages: .data/sites, or a fresh temp folder for an in-memory stack (tests).
  const sitesDir =
    process.env.GOLMOK_SITES_DIR ??
    (dataDir
      ? resolve(dataDir, "sites")
      : mkdtempSync(resolve(tmpdir(), "golmok-sites-")));
  const port = opts.port || (await freePort());
  const appUrl = `http://localhost:${port}`;

  const dynamo = await startDynamo({
    port: opts.dynamoPort,
    dbPath: dataDir ? resolve(dataDir, "dynamodb") : undefined,
  });
  let ses: Awaited<ReturnType<typeof startSes>>;
  try {
    ses = await startSes({ port: opts.sesPort ?? 0 });
  } catch (err) {
    await dynamo.stop();
    throw err;
  }
  Object.assign(process.env, {
    GOLMOK_LOCAL: "1",
    STAGE: "local",
    TABLE_NAME: process.env.TABLE_NAME ?? "golmok",
    DYNAMO_ENDPOINT: dynamo.endpoint,
    SES_ENDPOINT: ses.endpoint,
    APP_URL: appUrl,
    GOLMOK_SITES_DIR: sitesDir,
  });
  delete process.env.OUTBOX_QUEUE_URL;
  delete process.env.WEBHOOK_QUEUE_URL;
  resetDynamoClient();
  Mail.resetSesClient();
  await ensureTable();

  if (opts.buildWeb || !existsSync(resolve(WEB_DIST, "index.html")))
    await buildWebApp(opts.quiet);

  const root = new Hono();
  // The pages' no-JS forms are answered in HTML by /api/public/*: those pages get the homepage's
  // policy (its stylesheet may load), as the homepages CDN sends on AWS; JSON keeps the API's.
  root.use("/api/public/*", async (c, next) => {
    await next();
    if (c.res.headers.get("content-type")?.startsWith("text/html"))
      c.res.headers.set(
        "content-security-policy",
        `${PAGE_CSP}; frame-ancestors 'none'`,
      );
  });
  root.route("/", api);
  // Published homepages, as CloudFront serves them: static files, the page's strict policy.
  root.use("/s/*", async (c, next) => {
    await next();
    c.header("x-content-type-options", "nosniff");
    c.header("content-security-policy", `${PAGE_CSP}; frame-ancestors 'none'`);
    c.header("referrer-policy", "strict-origin-when-cross-origin");
    c.header("x-frame-options", "DENY");
  });
  root.get("/s/:slug{[^/.]+}", (c) => c.redirect(`${c.req.path}/`, 301));
  root.get(
    "/s/*",
    serveStatic({
      root: sitesDir,
      rewriteRequestPath: (p) =>
        p.replace(/^\/s/, "").replace(/\/$/, "/index.html"),
    }),
  );
  root.get("/s/*", (c) =>
    c.text(
      "홈페이지를 찾을 수 없습니다. (게시되지 않았거나 주소가 바뀌었습니다)",
      404,
    ),
  );
  root.use("*", async (c, next) => {
    await next();
    // The API answers (and the reseller API's reference page) carry their own policy.
    if (["/api/", "/reseller/", "/s/"].some((p) => c.req.path.startsWith(p)))
      return;
    c.header("content-security-policy", APP_CSP);
    c.header("x-content-type-options", "nosniff");
    c.header("referrer-policy", "strict-origin-when-cross-origin");
    c.header("x-frame-options", "DENY");
  });
  root.get("/assets/*", serveStatic({ root: WEB_DIST }));
  root.get("*", serveStatic({ root: WEB_DIST }));
  // Client-side routes (/login, /dashboard …) get the SPA shell.
  root.get("*", serveStatic({ path: resolve(WEB_DIST, "index.html") }));

  const server = await new Promise<Server>((ok) => {
    const s = serve({ fetch: root.fetch, port, hostname: "127.0.0.1" }, () =>
      ok(s as Server),
    );
  });

  const outbox = startOutboxLoop(opts.mailPollMs ?? 1000);
  const webhooks = startWebhookLoop(opts.mailPollMs ?? 1000);

  return {
    appUrl,
    apiUrl: `${appUrl}/api`,
    mailboxUrl: ses.endpoint,
    dynamoEndpoint: dynamo.endpoint,
    dataDir,
    stop: async () => {
      await Promise.all([
        outbox.stop(),
        webhooks.stop(),
        Account.exportsSettled(),
      ]);
      await Metering.flush().catch(() => undefined);
      await new Promise<void>((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      });
      await ses.stop();
      resetDynamoClient();
      await dynamo.stop();
    },
  };
}
