import autocannon from "autocannon";
import { serve } from "@hono/node-server";
import type { Server } from "node:http";
import { createModuleApp } from "../functions/http/app";
import { getItem } from "../core/db/client";
import { Keys } from "../core/db/keys";
import { freePort } from "../functions/local/dynamo";

export interface RouteFigures {
  route: string;
  p50: number;
  p99: number;
  rps: number;
  non2xx: number;
  requests: number;
}

async function load(
  url: string,
  opts: {
    method?: "GET" | "PUT" | "POST";
    headers: Record<string, string>;
    body?: string;
    seconds: number;
    connections: number;
  },
): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: opts.method ?? "GET",
    headers: opts.headers,
    body: opts.body,
    duration: opts.seconds,
    connections: opts.connections,
  });
}

function figures(route: string, r: autocannon.Result): RouteFigures {
  return {
    route,
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: r.requests.average,
    non2xx: r.non2xx,
    requests: r.requests.total,
  };
}

/**
 * The floor: the same middleware pipeline (auth, CSRF, actor, metering) and one GetItem, nothing else,
 * served by its own server so both run side by side in one process.
 */
async function startFloor(): Promise<{ url: string; stop(): Promise<void> }> {
  const app = createModuleApp("floor").get("/api/floor", async (c) =>
    c.json({ ok: Boolean(await getItem(Keys.tenant())) }),
  );
  const port = await freePort();
  const server = await new Promise<Server>((ok) => {
    const s = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, () =>
      ok(s as Server),
    );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((d) => server.close(() => d())),
  };
}

export interface Tenant {
  cookie: string;
  csrf: string;
}

export async function measureLatency(
  appUrl: string,
  tenants: () => Promise<Tenant>,
  seconds: number,
) {
  const floor = await startFloor();
  const connections = 10;
  // Each route gets a fresh tenant so one route's traffic cannot push another past a quota.
  const targets: [string, string, Tenant][] = [
    ["floor: auth + 1 GetItem", `${floor.url}/api/floor`, await tenants()],
    ["GET /api/me", `${appUrl}/api/me`, await tenants()],
    [
      "GET /api/tenant/profile",
      `${appUrl}/api/tenant/profile`,
      await tenants(),
    ],
    ["GET /api/usage", `${appUrl}/api/usage`, await tenants()],
    [
      "GET /api/tenant/members",
      `${appUrl}/api/tenant/members`,
      await tenants(),
    ],
    [
      "GET /api/payroll/employees",
      `${appUrl}/api/payroll/employees`,
      await tenants(),
    ],
  ];
  const headers = (t: Tenant) => ({
    cookie: t.cookie,
    "x-csrf-token": t.csrf,
    "content-type": "application/json",
  });
  // Warm every route first (discarded), so neither our JIT nor DynamoDB Local's JVM favours
  // whichever route happens to be measured last.
  for (const [, url, t] of targets)
    await load(url, { headers: headers(t), seconds: 1, connections });
  const results: RouteFigures[] = [];
  for (const [route, url, t] of targets)
    results.push(
      figures(
        route,
        await load(url, { headers: headers(t), seconds, connections }),
      ),
    );
  await floor.stop();
  const floorP99 = results[0].p99;
  return {
    connections,
    seconds,
    routes: results.map((r) => ({
      ...r,
      p99OverFloor: floorP99 > 0 ? r.p99 / floorP99 : null,
    })),
  };
}
