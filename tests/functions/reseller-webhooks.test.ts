import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from "vitest";
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { dynamo, fromItem, toItem } from "../../core/db/client";
import { tableName } from "../../core/db/table";
import { Metering } from "../../core/metering";
import { newMeter } from "../../core/metering/meter";
import { Webhook } from "../../core/reseller/webhook";
import { urlProblem } from "../../core/reseller/webhook-schema";
import { kstMonth } from "../../core/time";
import { startWebhookLoop } from "../../functions/local/outbox-loop";
import { setAttributes } from "../support/db";
import {
  newKey,
  newReseller,
  provisionBody,
  rcall,
  type TestReseller,
} from "../support/reseller";

// Webhooks against DynamoDB Local and a real HTTP receiver (node:http on port 0) in this process:
// what a reseller's billing system sees — signed POSTs it can verify, retries with backoff after
// its failures, a delivery log — and that an endpoint which hangs never slows the API.

process.env.WEBHOOK_RETRY_BASE_MS = "300";
process.env.WEBHOOK_TIMEOUT_MS = "1500";

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
  at: number;
}
type Answer = number | "hang";

/** A receiver answering each request with the next of `answers` (then 200), recording what it got. */
async function receiver(answers: Answer[] = []) {
  const got: Received[] = [];
  const hanging = new Set<IncomingMessage>();
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      got.push({ headers: req.headers, body, at: Date.now() });
      const a = answers.shift() ?? 200;
      if (a === "hang") {
        hanging.add(req);
        return; // never answers
      }
      res.writeHead(a, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/golmok/hook`,
    got,
    hanging,
    /** The events received, in the order they happened (deliveries run in parallel: no order on the wire). */
    events: () =>
      got
        .map((g) => JSON.parse(g.body))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
type Receiver = Awaited<ReturnType<typeof receiver>>;

const receivers: Receiver[] = [];
async function newReceiver(answers?: Answer[]) {
  const r = await receiver(answers);
  receivers.push(r);
  return r;
}
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});

async function register(
  r: TestReseller,
  url: string,
  events: string[] = ["tenant.provisioned"],
) {
  const res = await rcall("POST", "/reseller/v1/webhooks", r.key, {
    body: { url, events, description: "청구 시스템" },
  });
  expect(res.status, res.text).toBe(201);
  return res.json as { id: string; secret: string };
}

async function provision(r: TestReseller, overrides = {}) {
  const res = await rcall("POST", "/reseller/v1/tenants", r.key, {
    body: provisionBody(overrides),
  });
  expect(res.status, res.text).toBe(201);
  return res.json as { id: string; subscriberId: string };
}

async function log(r: TestReseller, query = "") {
  const res = await rcall(
    "GET",
    `/reseller/v1/webhooks/deliveries${query}`,
    r.key,
  );
  expect(res.status, res.text).toBe(200);
  return res.json as {
    deliveries: {
      id: string;
      webhookId: string;
      eventId: string;
      type: string;
      tenantId: string | null;
      status: string;
      attempts: number;
      maxAttempts: number;
      lastAttemptAt: string | null;
      lastHttpStatus: number | null;
      lastError: string | null;
      nextAttemptAt: string | null;
      deliveredAt: string | null;
      retries: number;
      retriedAt: string | null;
      event: { id: string; type: string; created: string; data: any };
    }[];
    nextCursor: string | null;
  };
}

/** Drains until the receiver has `n` requests (the other test files' deliveries may be due too). */
async function until(check: () => boolean | Promise<boolean>, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await Webhook.drain();
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What a receiver does: recompute the HMAC over `${timestamp}.${raw body}` and compare. */
function verify(secret: string, g: Received): boolean {
  const timestamp = String(g.headers["x-golmok-timestamp"]);
  const signature = String(g.headers["x-golmok-signature"]);
  const expected = `v1=${createHmac("sha256", secret).update(`${timestamp}.${g.body}`).digest("hex")}`;
  return (
    signature.length === expected.length &&
    timingSafeEqual(Buffer.from(signature), Buffer.from(expected)) &&
    Math.abs(Date.now() / 1000 - Number(timestamp)) < 300
  );
}

let r: TestReseller;
beforeAll(async () => {
  r = await newReseller();
});
afterEach(() => vi.restoreAllMocks());

describe("registering webhooks", () => {
  it("shows the signing secret once, lists without it and stores it sealed", async () => {
    const rec = await newReceiver();
    const created = await register(r, rec.url, [
      "tenant.provisioned",
      "tenant.suspended",
    ]);
    expect(created).toMatchObject({
      id: expect.stringMatching(/^whk_/),
      url: rec.url,
      events: ["tenant.provisioned", "tenant.suspended"],
      status: "active",
      description: "청구 시스템",
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/),
    });
    const list = await rcall("GET", "/reseller/v1/webhooks", r.key);
    expect(list.status).toBe(200);
    const mine = list.json.webhooks.find(
      (w: { id: string }) => w.id === created.id,
    );
    expect(mine).toMatchObject({ url: rec.url, status: "active" });
    expect(list.text).not.toContain(created.secret);
    expect(list.text).not.toContain("secretSealed");
    // At rest: AES-GCM under the data key, not the secret.
    const raw = await dynamo().send(
      new GetItemCommand({
        TableName: tableName(),
        Key: toItem({ pk: `R#${r.id}`, sk: `HOOK#${created.id}` }),
      }),
    );
    const stored = JSON.stringify(fromItem(raw.Item));
    expect(stored).not.toContain(created.secret.slice(6));
    expect(fromItem<{ secretSealed: string }>(raw.Item)!.secretSealed).toMatch(
      /^v1\./,
    );
    await rcall("DELETE", `/reseller/v1/webhooks/${created.id}`, r.key);
  });

  it("refuses a URL that is not https (http only to this machine, locally), names the field, and an unknown event", async () => {
    for (const url of [
      "ftp://hooks.example/x",
      "http://hooks.example/x",
      "https://user:pw@hooks.example/x",
      "not a url",
    ]) {
      const res = await rcall("POST", "/reseller/v1/webhooks", r.key, {
        body: { url, events: ["tenant.provisioned"] },
      });
      expect([url, res.status, res.json.code]).toEqual([
        url,
        400,
        "invalid_input",
      ]);
      expect(res.json.fields[0].field).toBe("url");
      expect(res.json.message).toMatch(/[가-힣]/);
    }
    const bad = await rcall("POST", "/reseller/v1/webhooks", r.key, {
      body: { url: "https://hooks.example/x", events: ["tenant.deleted"] },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.fields[0].field).toBe("events.0");
  });

  it("outside local mode takes https to public hosts only", () => {
    const saved = { l: process.env.GOLMOK_LOCAL, s: process.env.STAGE };
    process.env.GOLMOK_LOCAL = "0";
    process.env.STAGE = "prod";
    try {
      expect(urlProblem("https://billing.isp.example/hook")).toBeUndefined();
      for (const u of [
        "http://127.0.0.1:8080/hook",
        "http://billing.isp.example/hook",
        "https://127.0.0.1/hook",
        "https://10.1.2.3/hook",
        "https://192.168.0.10/hook",
        "https://169.254.169.254/latest",
        "https://localhost/hook",
        "https://[::1]/hook",
      ])
        expect(urlProblem(u), u).toMatch(/[가-힣]/);
    } finally {
      process.env.GOLMOK_LOCAL = saved.l;
      process.env.STAGE = saved.s;
    }
  });

  it("needs tenants:write to register and tenants:read to list", async () => {
    const readOnly = await newReseller({ scopes: "tenants:read" });
    const res = await rcall("POST", "/reseller/v1/webhooks", readOnly.key, {
      body: { url: "https://hooks.example/x", events: ["tenant.provisioned"] },
    });
    expect([res.status, res.json.code]).toEqual([403, "scope_missing"]);
    const statementsOnly = await newReseller({ scopes: "statements:read" });
    const list = await rcall(
      "GET",
      "/reseller/v1/webhooks/deliveries",
      statementsOnly.key,
    );
    expect([list.status, list.json.code]).toEqual([403, "scope_missing"]);
    expect(
      (await rcall("GET", "/reseller/v1/webhooks", undefined)).status,
    ).toBe(401);
  });
});

describe("deliveries", () => {
  it("POSTs tenant.provisioned signed with the endpoint's secret; the receiver verifies it; the log shows it delivered", async () => {
    const me = await newReseller();
    const rec = await newReceiver();
    const hook = await register(me, rec.url);
    const shop = await provision(me);
    // Written with the shop, before any attempt: pending in the log.
    const before = await log(me);
    expect(before.deliveries).toHaveLength(1);
    expect(before.deliveries[0]).toMatchObject({
      webhookId: hook.id,
      type: "tenant.provisioned",
      tenantId: shop.id,
      status: "pending",
      attempts: 0,
      deliveredAt: null,
    });

    await until(() => rec.got.length >= 1);
    const [g] = rec.got;
    expect(verify(hook.secret, g)).toBe(true);
    // A tampered body or another secret does not verify.
    expect(
      verify(hook.secret, { ...g, body: g.body.replace("골목", "공목") }),
    ).toBe(false);
    expect(verify("whsec_other", g)).toBe(false);
    expect(g.headers["content-type"]).toMatch(/^application\/json/);
    const e = JSON.parse(g.body);
    expect(e).toEqual({
      id: expect.stringMatching(/^evt_/),
      type: "tenant.provisioned",
      created: expect.any(String),
      data: {
        tenant: expect.objectContaining({
          id: shop.id,
          subscriberId: shop.subscriberId,
          status: "active",
          plan: expect.objectContaining({ id: "basic" }),
        }),
      },
    });
    expect(g.headers["x-golmok-event-id"]).toBe(e.id);
    expect(g.headers["x-golmok-event-type"]).toBe("tenant.provisioned");

    await until(
      async () => (await log(me)).deliveries[0].status === "delivered",
    );
    const after = (await log(me)).deliveries[0];
    expect(after).toMatchObject({
      eventId: e.id,
      status: "delivered",
      attempts: 1,
      lastHttpStatus: 200,
      lastError: null,
      nextAttemptAt: null,
      deliveredAt: expect.any(String),
    });
    expect(after.event).toEqual(e);
    // Delivered once: draining again sends nothing more.
    await Webhook.drain();
    await new Promise((res) => setTimeout(res, 100));
    await Webhook.drain();
    expect(rec.got).toHaveLength(1);
  });

  it("retries after the receiver fails (500, then 200) with exponential backoff, the same event and body", async () => {
    const me = await newReseller();
    const rec = await newReceiver([500, 503, 200]);
    const hook = await register(me, rec.url);
    await provision(me);
    await until(() => rec.got.length >= 1);
    await until(async () => (await log(me)).deliveries[0].attempts === 1);
    const first = (await log(me)).deliveries[0];
    expect(first).toMatchObject({
      status: "pending",
      attempts: 1,
      lastHttpStatus: 500,
      lastError: "http_500",
      deliveredAt: null,
    });
    const wait1 =
      Date.parse(first.nextAttemptAt!) - Date.parse(first.lastAttemptAt!);
    expect(wait1).toBeGreaterThanOrEqual(300);
    expect(wait1).toBeLessThan(300 + 1000);
    // Not before its time: an immediate drain does not send again.
    await Webhook.drain();
    expect(rec.got).toHaveLength(1);

    await until(() => rec.got.length >= 2);
    await until(async () => (await log(me)).deliveries[0].attempts === 2);
    const second = (await log(me)).deliveries[0];
    expect(second).toMatchObject({ lastHttpStatus: 503, status: "pending" });
    const wait2 =
      Date.parse(second.nextAttemptAt!) - Date.parse(second.lastAttemptAt!);
    expect(wait2).toBeGreaterThanOrEqual(600); // doubled
    expect(rec.got[1].at - rec.got[0].at).toBeGreaterThanOrEqual(300);

    await until(
      async () => (await log(me)).deliveries[0].status === "delivered",
    );
    expect(rec.got).toHaveLength(3);
    expect(rec.got[2].at - rec.got[1].at).toBeGreaterThanOrEqual(600);
    const done = (await log(me)).deliveries[0];
    expect(done).toMatchObject({ attempts: 3, lastHttpStatus: 200 });
    // The same bytes every time, each attempt freshly signed.
    expect(new Set(rec.got.map((g) => g.body)).size).toBe(1);
    expect(rec.got.every((g) => verify(hook.secret, g))).toBe(true);
  });

  it("gives up after 8 attempts and says so in the log", async () => {
    const saved = process.env.WEBHOOK_RETRY_BASE_MS;
    process.env.WEBHOOK_RETRY_BASE_MS = "5";
    try {
      const me = await newReseller();
      const rec = await newReceiver(Array(20).fill(500));
      await register(me, rec.url);
      await provision(me);
      await until(
        async () => (await log(me)).deliveries[0].status === "failed",
        15_000,
      );
      expect((await log(me)).deliveries[0]).toMatchObject({
        status: "failed",
        attempts: 8,
        maxAttempts: 8,
        lastHttpStatus: 500,
        nextAttemptAt: null,
      });
      expect(rec.got).toHaveLength(8);
    } finally {
      process.env.WEBHOOK_RETRY_BASE_MS = saved;
    }
  });

  it("a receiver that never answers does not slow the API: it answers while the receiver hangs, and the attempt times out", async () => {
    const me = await newReseller();
    const rec = await newReceiver(["hang", "hang", "hang"]);
    const hook = await register(me, rec.url, [
      "tenant.provisioned",
      "tenant.plan_changed",
    ]);
    // The default 5 s timeout, and the local worker loop, as `npm start` runs it, in the background.
    const savedTimeout = process.env.WEBHOOK_TIMEOUT_MS;
    process.env.WEBHOOK_TIMEOUT_MS = "5000";
    const loop = startWebhookLoop(50);
    try {
      const t0 = performance.now();
      const shop = await provision(me);
      const provisionMs = performance.now() - t0;
      await new Promise<void>((ok) => {
        const tick = setInterval(() => {
          if (rec.hanging.size >= 1) (clearInterval(tick), ok());
        }, 10);
      });
      // The receiver holds the request open; the API goes on answering at once.
      const t1 = performance.now();
      const patch = await rcall(
        "PATCH",
        `/reseller/v1/tenants/${shop.id}`,
        me.key,
        { body: { plan: "plus" } },
      );
      const get = await rcall("GET", `/reseller/v1/tenants/${shop.id}`, me.key);
      const whileHangingMs = performance.now() - t1;
      expect(patch.status).toBe(200);
      expect(get.json.plan.id).toBe("plus");
      // Still hanging: the attempt is claimed and has no outcome yet.
      expect(
        (await log(me)).deliveries.find((x) => x.type === "tenant.provisioned"),
      ).toMatchObject({ attempts: 1, lastError: null, status: "pending" });
      expect(provisionMs).toBeLessThan(2500);
      expect(whileHangingMs).toBeLessThan(2500);
      console.log(
        `provision ${provisionMs.toFixed(0)} ms; PATCH + GET while the receiver hangs ${whileHangingMs.toFixed(0)} ms`,
      );
      // After the timeout the attempt is recorded as one.
      const deadline = Date.now() + 10_000;
      let d;
      do {
        await new Promise((res) => setTimeout(res, 200));
        d = (await log(me)).deliveries.find(
          (x) => x.type === "tenant.provisioned",
        )!;
      } while (d.lastError !== "timeout" && Date.now() < deadline);
      expect(d).toMatchObject({
        status: "pending",
        attempts: 1,
        lastError: "timeout",
        lastHttpStatus: null,
      });
    } finally {
      await rcall("DELETE", `/reseller/v1/webhooks/${hook.id}`, me.key);
      await loop.stop();
      process.env.WEBHOOK_TIMEOUT_MS = savedTimeout;
    }
  }, 30_000);

  it("never logs the endpoint's URL or secret when a delivery fails", async () => {
    const me = await newReseller();
    const rec = await newReceiver([500]);
    const secretUrl = `${rec.url}?token=do-not-log-${Date.now()}`;
    const hook = await register(me, secretUrl);
    const lines: string[] = [];
    const spy = (...a: unknown[]) => lines.push(a.map(String).join(" "));
    vi.spyOn(console, "error").mockImplementation(spy);
    vi.spyOn(console, "warn").mockImplementation(spy);
    vi.spyOn(console, "log").mockImplementation(spy);
    await provision(me);
    await until(() => rec.got.length >= 1);
    await until(async () => (await log(me)).deliveries[0].attempts === 1);
    vi.restoreAllMocks();
    expect(lines.join("\n")).toContain("webhook delivery failed");
    expect(lines.join("\n")).not.toContain("do-not-log");
    expect(lines.join("\n")).not.toContain(hook.secret);
    expect(lines.join("\n")).not.toContain(hook.secret.slice(6));
  });
});

describe("events", () => {
  it("emits provisioned, plan_changed, suspended, resumed, cancelled and quota_reached, each to the endpoints that asked", async () => {
    const me = await newReseller();
    const all = await newReceiver();
    const onlySuspend = await newReceiver();
    await register(me, all.url, [
      "tenant.provisioned",
      "tenant.plan_changed",
      "tenant.suspended",
      "tenant.resumed",
      "tenant.cancelled",
      "tenant.quota_reached",
    ]);
    await register(me, onlySuspend.url, ["tenant.suspended"]);
    const shop = await provision(me);
    const t = `/reseller/v1/tenants/${shop.id}`;
    expect(
      (await rcall("PATCH", t, me.key, { body: { plan: "plus" } })).status,
    ).toBe(200);
    // The same plan again changes nothing and emits nothing.
    await rcall("PATCH", t, me.key, { body: { plan: "plus" } });
    expect((await rcall("POST", `${t}/suspend`, me.key)).status).toBe(200);
    await rcall("POST", `${t}/suspend`, me.key); // a repeat is a no-op
    expect((await rcall("POST", `${t}/resume`, me.key)).status).toBe(200);
    // Requests cross 80% of the plus plan's quota in a usage flush.
    const month = kstMonth();
    await Metering.flush();
    await setAttributes(
      { pk: `T#${shop.id}`, sk: `USAGE#${month}` },
      { requests: 1_000_000 },
    );
    Metering.record(shop.id, "tenant", { ...newMeter(), dbCalls: 1 });
    await Metering.flush();
    Metering.record(shop.id, "tenant", { ...newMeter(), dbCalls: 1 });
    await Metering.flush(); // a second flush past the mark sends nothing more
    expect((await rcall("POST", `${t}/cancel`, me.key)).status).toBe(200);

    await until(() => all.got.length >= 6 && onlySuspend.got.length >= 1);
    await new Promise((res) => setTimeout(res, 200));
    await Webhook.drain();
    const events = all.events();
    expect(events.map((e) => e.type)).toEqual([
      "tenant.provisioned",
      "tenant.plan_changed",
      "tenant.suspended",
      "tenant.resumed",
      "tenant.quota_reached",
      "tenant.cancelled",
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(6);
    for (const e of events) expect(e.data.tenant.id).toBe(shop.id);
    expect(events[1].data).toMatchObject({
      previousPlan: "basic",
      tenant: { plan: { id: "plus" } },
    });
    expect(events[2].data).toMatchObject({
      previousStatus: "active",
      tenant: { status: "suspended" },
    });
    expect(events[3].data.tenant.status).toBe("active");
    expect(events[4].data).toMatchObject({
      month,
      metric: "requests",
      threshold: 100,
      quota: expect.any(Number),
      tenant: { subscriberId: shop.subscriberId },
    });
    expect(events[4].data.used).toBeGreaterThanOrEqual(events[4].data.quota);
    expect(events[5].data).toMatchObject({
      previousStatus: "active",
      tenant: { status: "cancelled", exportUntil: expect.any(String) },
    });
    // The suspend-only endpoint got just that, with the same event id as the other endpoint.
    expect(onlySuspend.events().map((e) => e.type)).toEqual([
      "tenant.suspended",
    ]);
    expect(onlySuspend.events()[0].id).toBe(events[2].id);
  });

  it("sends nothing to a disabled endpoint, nothing after it is deleted, and a test event on request", async () => {
    const me = await newReseller();
    const rec = await newReceiver();
    const hook = await register(me, rec.url);
    const off = await rcall(
      "PATCH",
      `/reseller/v1/webhooks/${hook.id}`,
      me.key,
      {
        body: { status: "disabled" },
      },
    );
    expect(off.json).toMatchObject({ id: hook.id, status: "disabled" });
    await provision(me);
    expect((await log(me)).deliveries).toHaveLength(0);

    await rcall("PATCH", `/reseller/v1/webhooks/${hook.id}`, me.key, {
      body: { status: "active" },
    });
    const test = await rcall(
      "POST",
      `/reseller/v1/webhooks/${hook.id}/test`,
      me.key,
    );
    expect(test.status).toBe(202);
    expect(test.json).toMatchObject({
      type: "webhook.test",
      status: "pending",
      webhookId: hook.id,
    });
    await until(() => rec.got.length >= 1);
    expect(rec.events()[0].type).toBe("webhook.test");
    expect(verify(hook.secret, rec.got[0])).toBe(true);

    // A delivery pending when its endpoint is deleted ends as webhook_deleted, without a POST.
    await provision(me);
    const del = await rcall(
      "DELETE",
      `/reseller/v1/webhooks/${hook.id}`,
      me.key,
    );
    expect(del.json).toEqual({ id: hook.id, deleted: true });
    await until(async () =>
      (await log(me)).deliveries.some((d) => d.lastError === "webhook_deleted"),
    );
    expect(rec.got).toHaveLength(1);
    const again = await rcall(
      "DELETE",
      `/reseller/v1/webhooks/${hook.id}`,
      me.key,
    );
    expect([again.status, again.json.code]).toEqual([404, "webhook_not_found"]);
    await provision(me);
    expect(
      (await log(me)).deliveries.filter((d) => d.type === "tenant.provisioned"),
    ).toHaveLength(1);
  });
});

describe("the delivery log", () => {
  it("pages newest first and narrows by webhook and status", async () => {
    const me = await newReseller();
    const a = await newReceiver();
    const b = await newReceiver(Array(20).fill(500));
    const ha = await register(me, a.url);
    const hb = await register(me, b.url);
    await provision(me);
    await provision(me);
    await until(() => a.got.length >= 2 && b.got.length >= 2);
    await until(
      async () =>
        (await log(me, `?webhookId=${ha.id}&status=delivered`)).deliveries
          .length === 2,
    );
    const all = await log(me);
    expect(all.deliveries).toHaveLength(4);
    const created = all.deliveries.map((d) => d.id);
    expect([...created].sort().reverse()).toEqual(created);
    const failing = await log(me, `?webhookId=${hb.id}`);
    expect(failing.deliveries.every((d) => d.webhookId === hb.id)).toBe(true);
    expect(failing.deliveries.every((d) => d.lastHttpStatus === 500)).toBe(
      true,
    );
    const p1 = await log(me, "?limit=3");
    expect(p1.deliveries).toHaveLength(3);
    expect(p1.nextCursor).toEqual(expect.any(String));
    const p2 = await log(me, `?limit=3&cursor=${p1.nextCursor}`);
    expect(p2.deliveries.map((d) => d.id)).toEqual([created[3]]);
    const bad = await rcall(
      "GET",
      "/reseller/v1/webhooks/deliveries?cursor=bm9wZQ",
      me.key,
    );
    expect([bad.status, bad.json.code]).toEqual([400, "invalid_cursor"]);
    await rcall("DELETE", `/reseller/v1/webhooks/${hb.id}`, me.key);
  });
});

describe("sending a failed delivery again", () => {
  /** A reseller whose one delivery failed all 8 attempts against a receiver answering 500. */
  async function failedDelivery(answers: Answer[]) {
    const saved = process.env.WEBHOOK_RETRY_BASE_MS;
    process.env.WEBHOOK_RETRY_BASE_MS = "5";
    try {
      const me = await newReseller();
      const rec = await newReceiver(answers);
      const hook = await register(me, rec.url);
      await provision(me);
      await until(
        async () => (await log(me)).deliveries[0].status === "failed",
        15_000,
      );
      expect(rec.got).toHaveLength(8);
      return { me, rec, hook, failed: (await log(me)).deliveries[0] };
    } finally {
      process.env.WEBHOOK_RETRY_BASE_MS = saved;
    }
  }
  const retry = (me: TestReseller, id: string) =>
    rcall("POST", `/reseller/v1/webhooks/deliveries/${id}/retry`, me.key);

  it("re-sends a delivery that failed all its attempts, delivered exactly once more with a valid signature", async () => {
    const { me, rec, hook, failed } = await failedDelivery([
      ...Array(8).fill(500),
      200,
    ]);
    expect(failed).toMatchObject({ attempts: 8, retries: 0, retriedAt: null });
    const res = await retry(me, failed.id);
    expect(res.status, res.text).toBe(202);
    expect(res.json).toMatchObject({
      id: failed.id,
      eventId: failed.eventId,
      status: "pending",
      attempts: 0,
      retries: 1,
      retriedAt: expect.any(String),
      nextAttemptAt: expect.any(String),
      deliveredAt: null,
    });
    // Due now: the next drain sends it.
    expect(Date.parse(res.json.nextAttemptAt)).toBeLessThanOrEqual(Date.now());
    await until(
      async () => (await log(me)).deliveries[0].status === "delivered",
    );
    expect(rec.got).toHaveLength(9);
    const last = rec.got[8];
    expect(verify(hook.secret, last)).toBe(true);
    // The same event, the same bytes as the failed attempts.
    expect(last.body).toBe(rec.got[0].body);
    expect(last.headers["x-golmok-delivery-id"]).toBe(failed.id);
    expect((await log(me)).deliveries[0]).toMatchObject({
      id: failed.id,
      status: "delivered",
      attempts: 1,
      retries: 1,
      lastHttpStatus: 200,
      lastError: null,
    });
    // Exactly once more: further drains send nothing.
    await new Promise((r) => setTimeout(r, 100));
    await Webhook.drain();
    await Webhook.drain();
    expect(rec.got).toHaveLength(9);
    // Now it is delivered: another retry is refused, with a stable code and a Korean message.
    const again = await retry(me, failed.id);
    expect([again.status, again.json.code]).toEqual([
      409,
      "webhook_delivery_not_failed",
    ]);
    expect(again.json.message).toMatch(/이미 전달된/);
    expect(rec.got).toHaveLength(9);
  }, 30_000);

  it("two retries at once send it once; a pending one is refused; a new failure budget is 8 attempts", async () => {
    const saved = process.env.WEBHOOK_RETRY_BASE_MS;
    const { me, rec, failed } = await failedDelivery(Array(16).fill(500));
    const [a, b] = await Promise.all([
      retry(me, failed.id),
      retry(me, failed.id),
    ]);
    expect([a.status, b.status].sort()).toEqual([202, 409]);
    expect([a, b].find((x) => x.status === 409)!.json.code).toBe(
      "webhook_delivery_not_failed",
    );
    // Still pending (the receiver has not been called yet): refused.
    const pending = await retry(me, failed.id);
    expect([pending.status, pending.json.code]).toEqual([
      409,
      "webhook_delivery_not_failed",
    ]);
    expect(pending.json.message).toMatch(/[가-힣]/);
    process.env.WEBHOOK_RETRY_BASE_MS = "5";
    try {
      await until(
        async () => (await log(me)).deliveries[0].status === "failed",
        15_000,
      );
    } finally {
      process.env.WEBHOOK_RETRY_BASE_MS = saved;
    }
    expect(rec.got).toHaveLength(16);
    expect((await log(me)).deliveries[0]).toMatchObject({
      attempts: 8,
      retries: 1,
      status: "failed",
    });
  }, 40_000);

  it("is 404 for another reseller's delivery and for an unknown one, 400 for a malformed id, 403 with a tenants:read key", async () => {
    const { me, failed } = await failedDelivery(Array(8).fill(500));
    const other = await newReseller();
    const theirs = await retry(other, failed.id);
    expect([theirs.status, theirs.json.code]).toEqual([
      404,
      "webhook_delivery_not_found",
    ]);
    expect(theirs.json.message).toMatch(/[가-힣]/);
    const unknown = await retry(me, `dlv_${"0".repeat(26)}`);
    expect([unknown.status, unknown.json.code]).toEqual([
      404,
      "webhook_delivery_not_found",
    ]);
    const malformed = await retry(me, "ten_01kbexampleexampleexample01");
    expect([malformed.status, malformed.json.fields?.[0]?.field]).toEqual([
      400,
      "id",
    ]);
    const { key: readKey } = await newKey(me.adminEmail, "tenants:read");
    const readOnly = await rcall(
      "POST",
      `/reseller/v1/webhooks/deliveries/${failed.id}/retry`,
      readKey,
    );
    expect([readOnly.status, readOnly.json.code]).toEqual([
      403,
      "scope_missing",
    ]);
    // None of the refusals touched it.
    expect((await log(me)).deliveries[0]).toMatchObject({
      id: failed.id,
      status: "failed",
      attempts: 8,
      retries: 0,
    });
  }, 30_000);

  it("refuses a failed delivery whose endpoint is disabled or deleted", async () => {
    const { me, hook, failed } = await failedDelivery(Array(8).fill(500));
    await rcall("PATCH", `/reseller/v1/webhooks/${hook.id}`, me.key, {
      body: { status: "disabled" },
    });
    const off = await retry(me, failed.id);
    expect([off.status, off.json.code]).toEqual([409, "webhook_disabled"]);
    await rcall("DELETE", `/reseller/v1/webhooks/${hook.id}`, me.key);
    const gone = await retry(me, failed.id);
    expect([gone.status, gone.json.code]).toEqual([409, "webhook_deleted"]);
    expect((await log(me)).deliveries[0].status).toBe("failed");
  }, 30_000);
});
