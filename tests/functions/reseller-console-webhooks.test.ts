import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook } from "../../core/reseller/webhook";
import { call } from "../support/api";
import {
  CONSOLE,
  ccall,
  consoleAdmin,
  type ConsoleSession,
} from "../support/console";
import { newReseller, type TestReseller } from "../support/reseller";

// The console's webhook routes (/api/reseller-console/webhooks…) as the page uses them, signed in
// with an admin's console cookie and CSRF token, against DynamoDB Local and a real HTTP receiver.
// Deliveries are attempted here one by one (Webhook.deliver on this reseller's own ids), so this
// file never drains another file's deliveries.

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
}
const got: Received[] = [];
let answers: number[] = [];
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    got.push({ headers: req.headers, body });
    res.writeHead(answers.shift() ?? 200).end("ok");
  });
});
let url = "";
let r: TestReseller;
let s: ConsoleSession;
beforeAll(async () => {
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  r = await newReseller();
  s = await consoleAdmin(r.adminEmail);
});
afterAll(
  () =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
);

const log = async (query = "") => {
  const res = await ccall("GET", `${CONSOLE}/webhooks/deliveries${query}`, s);
  expect(res.status, res.text).toBe(200);
  return res.json as {
    deliveries: {
      id: string;
      webhookId: string;
      type: string;
      status: string;
      attempts: number;
      retries: number;
      lastHttpStatus: number | null;
      nextAttemptAt: string | null;
    }[];
    nextCursor: string | null;
  };
};
const statusOf = async (id: string) =>
  (await log()).deliveries.find((d) => d.id === id)?.status;

/**
 * Attempts this delivery until `status`. Another test file's drain may attempt it too, and then
 * that process's retry base sets the wait (up to ~40 s for all 8): hence the long deadline.
 */
async function attemptUntil(id: string, status: string, ms = 60_000) {
  const deadline = Date.now() + ms;
  while ((await statusOf(id)) !== status) {
    if (Date.now() > deadline) throw new Error(`${id} never ${status}`);
    await Webhook.deliver(r.id, id);
    await new Promise((res) => setTimeout(res, 15));
  }
}

describe("webhooks through the console", () => {
  it("adds an endpoint (secret once), refuses bad input by field and a write without CSRF, tests it, logs it, disables and deletes it", async () => {
    const bad = await ccall("POST", `${CONSOLE}/webhooks`, s, {
      body: { url: "http://hooks.example/x", events: [] },
    });
    expect(bad.status).toBe(400);
    expect(
      bad.json.fields.map((f: { field: string }) => f.field).sort(),
    ).toEqual(["events", "url"]);
    for (const f of bad.json.fields) expect(f.message).toMatch(/[가-힣]/);

    // A write without the session's CSRF token, or from another origin, changes nothing.
    const noCsrf = await ccall("POST", `${CONSOLE}/webhooks`, s, {
      csrf: null,
      body: { url, events: ["tenant.provisioned"] },
    });
    expect([noCsrf.status, noCsrf.json.code]).toEqual([403, "csrf"]);
    const crossSite = await ccall("POST", `${CONSOLE}/webhooks`, s, {
      headers: { origin: "https://evil.example" },
      body: { url, events: ["tenant.provisioned"] },
    });
    expect([crossSite.status, crossSite.json.code]).toEqual([403, "csrf"]);
    expect(
      (await ccall("GET", `${CONSOLE}/webhooks`, s)).json.webhooks,
    ).toEqual([]);
    // Signed out: the console's 401.
    const anon = await call("GET", `${CONSOLE}/webhooks`);
    expect([anon.status, anon.json.code]).toEqual([401, "unauthenticated"]);

    const created = await ccall("POST", `${CONSOLE}/webhooks`, s, {
      body: {
        url,
        events: ["tenant.provisioned", "tenant.suspended"],
        description: "청구 시스템",
      },
    });
    expect(created.status, created.text).toBe(201);
    const hook = created.json as { id: string; secret: string };
    expect(hook.secret).toMatch(/^whsec_/);
    const list = await ccall("GET", `${CONSOLE}/webhooks`, s);
    expect(list.json.webhooks).toMatchObject([
      {
        id: hook.id,
        url,
        events: ["tenant.provisioned", "tenant.suspended"],
        status: "active",
        description: "청구 시스템",
      },
    ]);
    expect(list.text).not.toContain(hook.secret);

    const test = await ccall("POST", `${CONSOLE}/webhooks/${hook.id}/test`, s);
    expect(test.status, test.text).toBe(202);
    expect(test.json).toMatchObject({
      type: "webhook.test",
      status: "pending",
    });
    await attemptUntil(test.json.id, "delivered");
    const sent = got.find(
      (g) => g.headers["x-golmok-delivery-id"] === test.json.id,
    )!;
    const ts = String(sent.headers["x-golmok-timestamp"]);
    expect(sent.headers["x-golmok-signature"]).toBe(
      `v1=${createHmac("sha256", hook.secret).update(`${ts}.${sent.body}`).digest("hex")}`,
    );
    const delivered = await log(`?webhookId=${hook.id}&status=delivered`);
    expect(delivered.deliveries.map((d) => d.id)).toEqual([test.json.id]);
    expect(delivered.deliveries[0]).toMatchObject({
      attempts: 1,
      lastHttpStatus: 200,
    });
    expect((await log("?status=failed")).deliveries).toEqual([]);

    // Paging by nextCursor.
    const second = await ccall(
      "POST",
      `${CONSOLE}/webhooks/${hook.id}/test`,
      s,
    );
    const p1 = await log("?limit=1");
    expect(p1.deliveries.map((d) => d.id)).toEqual([second.json.id]);
    const p2 = await log(`?limit=1&cursor=${p1.nextCursor}`);
    expect(p2.deliveries.map((d) => d.id)).toEqual([test.json.id]);
    await attemptUntil(second.json.id, "delivered");

    const noCsrfPatch = await ccall(
      "PATCH",
      `${CONSOLE}/webhooks/${hook.id}`,
      s,
      {
        csrf: null,
        body: { status: "disabled" },
      },
    );
    expect(noCsrfPatch.status).toBe(403);
    const off = await ccall("PATCH", `${CONSOLE}/webhooks/${hook.id}`, s, {
      body: { status: "disabled" },
    });
    expect(off.json).toMatchObject({ id: hook.id, status: "disabled" });
    const on = await ccall("PATCH", `${CONSOLE}/webhooks/${hook.id}`, s, {
      body: { status: "active" },
    });
    expect(on.json.status).toBe("active");

    const noCsrfDelete = await ccall(
      "DELETE",
      `${CONSOLE}/webhooks/${hook.id}`,
      s,
      { csrf: null },
    );
    expect(noCsrfDelete.status).toBe(403);
    const del = await ccall("DELETE", `${CONSOLE}/webhooks/${hook.id}`, s);
    expect(del.json).toEqual({ id: hook.id, deleted: true });
    const again = await ccall("DELETE", `${CONSOLE}/webhooks/${hook.id}`, s);
    expect([again.status, again.json.code]).toEqual([404, "webhook_not_found"]);
    // The log stays after the endpoint is gone.
    expect((await log(`?webhookId=${hook.id}`)).deliveries).toHaveLength(2);
  }, 40_000);

  it("sends a failed delivery again (CSRF required), delivered once more", async () => {
    process.env.WEBHOOK_RETRY_BASE_MS = "5";
    const created = await ccall("POST", `${CONSOLE}/webhooks`, s, {
      body: { url, events: ["tenant.provisioned"] },
    });
    const hook = created.json as { id: string; secret: string };
    answers = Array(8).fill(500);
    const test = await ccall("POST", `${CONSOLE}/webhooks/${hook.id}/test`, s);
    const id = test.json.id as string;
    await attemptUntil(id, "failed");
    const mine = () =>
      got.filter((g) => g.headers["x-golmok-delivery-id"] === id);
    expect(mine()).toHaveLength(8);
    expect((await log("?status=failed")).deliveries[0]).toMatchObject({
      id,
      attempts: 8,
      lastHttpStatus: 500,
    });

    const noCsrf = await ccall(
      "POST",
      `${CONSOLE}/webhooks/deliveries/${id}/retry`,
      s,
      { csrf: null },
    );
    expect([noCsrf.status, noCsrf.json.code]).toEqual([403, "csrf"]);
    expect(await statusOf(id)).toBe("failed");

    const retry = await ccall(
      "POST",
      `${CONSOLE}/webhooks/deliveries/${id}/retry`,
      s,
    );
    expect(retry.status, retry.text).toBe(202);
    expect(retry.json).toMatchObject({
      status: "pending",
      attempts: 0,
      retries: 1,
    });
    await attemptUntil(id, "delivered");
    expect(mine()).toHaveLength(9);
    const again = await ccall(
      "POST",
      `${CONSOLE}/webhooks/deliveries/${id}/retry`,
      s,
    );
    expect([again.status, again.json.code]).toEqual([
      409,
      "webhook_delivery_not_failed",
    ]);
    expect(again.json.message).toMatch(/[가-힣]/);
    const unknown = await ccall(
      "POST",
      `${CONSOLE}/webhooks/deliveries/dlv_${"0".repeat(26)}/retry`,
      s,
    );
    expect([unknown.status, unknown.json.code]).toEqual([
      404,
      "webhook_delivery_not_found",
    ]);
    await ccall("DELETE", `${CONSOLE}/webhooks/${hook.id}`, s);
  }, 90_000);
});
