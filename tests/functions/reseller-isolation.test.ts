import { beforeAll, describe, expect, it } from "vitest";
import { call, uniqueEmail } from "../support/api";
import {
  ccall,
  consoleAdmin,
  consoleLogin,
  type ConsoleSession,
} from "../support/console";
import {
  newReseller,
  provisionBody,
  rcall,
  type TestReseller,
} from "../support/reseller";
import { Billing } from "../../core/billing";
import { Metering } from "../../core/metering";
import { newMeter } from "../../core/metering/meter";
import { nextMonthStart } from "../../core/time";

// The cross-reseller harness: reseller B, with its own valid key (every scope), tries every
// operation of the reseller API document aimed at reseller A's shop (A's ids in the path, A's
// subscriber ID in the body). B must never see or change A's shop. An operation of
// /reseller/v1/openapi.json without a case here fails the test.
interface Ctx {
  a: TestReseller;
  b: TestReseller;
  aTenant: { id: string; subscriberId: string };
  aHook: { id: string; url: string };
  /** The delivery of A's shop's tenant.provisioned to A's endpoint. */
  aDelivery: string;
  aOwnerEmail: string;
}
type Expect = "not_found" | "own" | "list" | "own_brand";
const A_BRAND = {
  displayName: "A통신 비즈",
  primaryColor: "#aa0000",
  accentColor: "#00aa00",
  supportEmail: "help@a.example",
};
// A past month no other test closes.
const MONTH = "2022-06";
type Case = (ctx: Ctx) => {
  path: string;
  body?: unknown;
  expect: Expect;
  /** The refusal's code for "not_found" (default tenant_not_found). */
  code?: string;
};
// A's endpoint: nothing listens there (deliveries to it fail fast, wherever they are drained).
const A_HOOK_URL = "http://127.0.0.1:9/a-reseller-hook";

export const CASES: Record<string, Case> = {
  "GET /reseller/v1/tenants": () => ({
    path: "/reseller/v1/tenants?limit=100",
    expect: "list",
  }),
  // Provisioning with A's subscriber ID makes B's own shop, never hands back A's.
  "POST /reseller/v1/tenants": (c) => ({
    path: "/reseller/v1/tenants",
    body: provisionBody({ subscriberId: c.aTenant.subscriberId }),
    expect: "own",
  }),
  // A closed month with a statement of A's shop (beforeAll): B's statement never lists it.
  "GET /reseller/v1/statements/{month}": () => ({
    path: `/reseller/v1/statements/${MONTH}?format=csv`,
    expect: "list",
  }),
  // Minting a login link for A's shop: 404, as for every other operation on it.
  "POST /reseller/v1/sso-tokens": (c) => ({
    path: "/reseller/v1/sso-tokens",
    body: { tenantId: c.aTenant.id, email: c.aOwnerEmail },
    expect: "not_found",
  }),
  // The brand is the caller's own: B reads and writes B's, never A's (A set one in beforeAll).
  "GET /reseller/v1/brand": () => ({
    path: "/reseller/v1/brand",
    expect: "own_brand",
  }),
  "PUT /reseller/v1/brand": () => ({
    path: "/reseller/v1/brand",
    body: {
      displayName: "B의 브랜드",
      primaryColor: "#111111",
      accentColor: "#222222",
    },
    expect: "own_brand",
  }),
  "GET /reseller/v1/tenants/{id}": (c) => ({
    path: `/reseller/v1/tenants/${c.aTenant.id}`,
    expect: "not_found",
  }),
  "PATCH /reseller/v1/tenants/{id}": (c) => ({
    path: `/reseller/v1/tenants/${c.aTenant.id}`,
    body: { plan: "plus" },
    expect: "not_found",
  }),
  "POST /reseller/v1/tenants/{id}/suspend": (c) => ({
    path: `/reseller/v1/tenants/${c.aTenant.id}/suspend`,
    expect: "not_found",
  }),
  "POST /reseller/v1/tenants/{id}/resume": (c) => ({
    path: `/reseller/v1/tenants/${c.aTenant.id}/resume`,
    expect: "not_found",
  }),
  "POST /reseller/v1/tenants/{id}/cancel": (c) => ({
    path: `/reseller/v1/tenants/${c.aTenant.id}/cancel`,
    expect: "not_found",
  }),
  // Webhooks: B registers its own; never lists, changes, tests or deletes A's, nor sees A's log.
  "POST /reseller/v1/webhooks": () => ({
    path: "/reseller/v1/webhooks",
    body: { url: A_HOOK_URL, events: ["tenant.provisioned"] },
    expect: "own",
  }),
  "GET /reseller/v1/webhooks": () => ({
    path: "/reseller/v1/webhooks",
    expect: "list",
  }),
  "GET /reseller/v1/webhooks/deliveries": (c) => ({
    path: `/reseller/v1/webhooks/deliveries?webhookId=${c.aHook.id}&limit=100`,
    expect: "list",
  }),
  "PATCH /reseller/v1/webhooks/{id}": (c) => ({
    path: `/reseller/v1/webhooks/${c.aHook.id}`,
    body: { status: "disabled", url: "http://127.0.0.1:9/stolen" },
    expect: "not_found",
    code: "webhook_not_found",
  }),
  "DELETE /reseller/v1/webhooks/{id}": (c) => ({
    path: `/reseller/v1/webhooks/${c.aHook.id}`,
    expect: "not_found",
    code: "webhook_not_found",
  }),
  "POST /reseller/v1/webhooks/{id}/test": (c) => ({
    path: `/reseller/v1/webhooks/${c.aHook.id}/test`,
    expect: "not_found",
    code: "webhook_not_found",
  }),
  "POST /reseller/v1/webhooks/deliveries/{id}/retry": (c) => ({
    path: `/reseller/v1/webhooks/deliveries/${c.aDelivery}/retry`,
    expect: "not_found",
    code: "webhook_delivery_not_found",
  }),
};

async function resellerOperations() {
  const doc = (await call("GET", "/reseller/v1/openapi.json")).json as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
  );
}

describe("cross-reseller isolation", () => {
  let ctx: Ctx;
  beforeAll(async () => {
    const [a, b] = await Promise.all([newReseller(), newReseller()]);
    const hook = await rcall("POST", "/reseller/v1/webhooks", a.key, {
      body: { url: A_HOOK_URL, events: ["tenant.provisioned"] },
    });
    expect(hook.status).toBe(201);
    const body = provisionBody();
    const res = await rcall("POST", "/reseller/v1/tenants", a.key, { body });
    expect(res.status).toBe(201);
    const log = await rcall("GET", "/reseller/v1/webhooks/deliveries", a.key);
    ctx = {
      a,
      b,
      aTenant: res.json,
      aHook: hook.json,
      aDelivery: log.json.deliveries[0].id,
      aOwnerEmail: body.ownerEmail,
    };
    const brand = await rcall("PUT", "/reseller/v1/brand", a.key, {
      body: A_BRAND,
    });
    expect(brand.status).toBe(200);
    Metering.record(
      res.json.id,
      "tenant",
      { ...newMeter(), readUnits: 1, dbCalls: 1 },
      Date.parse(nextMonthStart(MONTH)) - 86_400_000,
    );
    await Metering.flush();
    await Billing.closeMonth(MONTH);
    const aStatement = await rcall(
      "GET",
      `/reseller/v1/statements/${MONTH}`,
      a.key,
    );
    expect(aStatement.json.tenants[0].tenantId).toBe(res.json.id);
  });

  it("has a case for every operation of the reseller API document", async () => {
    const ops = await resellerOperations();
    expect(ops.length).toBeGreaterThanOrEqual(7);
    expect(ops.filter((o) => !(o in CASES))).toEqual([]);
  });

  it("never lets reseller B see or change reseller A's shop", async () => {
    const before = (
      await rcall("GET", `/reseller/v1/tenants/${ctx.aTenant.id}`, ctx.a.key)
    ).json;
    const aHooks = async () =>
      (await rcall("GET", "/reseller/v1/webhooks", ctx.a.key)).json;
    const aLog = async () =>
      (
        await rcall("GET", "/reseller/v1/webhooks/deliveries", ctx.a.key)
      ).json.deliveries.map((d: { id: string }) => d.id);
    const hooksBefore = await aHooks();
    const logBefore = await aLog();
    expect(logBefore).toHaveLength(1);
    for (const op of await resellerOperations()) {
      const [method] = op.split(" ");
      const spec = CASES[op](ctx);
      const res = await rcall(method, spec.path, ctx.b.key, {
        body: spec.body,
      });
      if (spec.expect === "not_found")
        expect([op, res.status, res.json.code]).toEqual([
          op,
          404,
          spec.code ?? "tenant_not_found",
        ]);
      if (spec.expect === "own") {
        expect([op, res.status]).toEqual([op, 201]);
        expect(res.json.id).not.toBe(ctx.aTenant.id);
      }
      if (spec.expect === "own_brand") {
        expect([op, res.status]).toEqual([op, 200]);
        expect(res.text).not.toContain(A_BRAND.displayName);
        expect(res.text).not.toContain(A_BRAND.supportEmail);
      }
      if (spec.expect === "list") {
        expect([op, res.status]).toEqual([op, 200]);
        expect(res.text).not.toContain(ctx.aTenant.id);
        expect(res.text).not.toContain(ctx.aHook.id);
        expect(res.text).not.toContain(ctx.aDelivery);
      }
    }
    const after = (
      await rcall("GET", `/reseller/v1/tenants/${ctx.aTenant.id}`, ctx.a.key)
    ).json;
    const { usage: _u1, ...was } = before;
    const { usage: _u2, ...is } = after;
    expect(is).toEqual(was);
    expect(is).toMatchObject({ status: "active", plan: { id: "basic" } });
    // A's webhook is as it was, and its delivery log has no delivery B caused.
    expect(await aHooks()).toEqual(hooksBefore);
    expect(hooksBefore.webhooks[0]).toMatchObject({
      id: ctx.aHook.id,
      url: A_HOOK_URL,
      status: "active",
    });
    expect(await aLog()).toEqual(logBefore);
    // A's brand is A's still.
    const aBrand = await rcall("GET", "/reseller/v1/brand", ctx.a.key);
    expect(aBrand.json).toMatchObject(A_BRAND);
    // A's list still has exactly its one shop; B's shop is B's.
    const aList = await rcall("GET", "/reseller/v1/tenants", ctx.a.key);
    expect(aList.json.tenants.map((t: { id: string }) => t.id)).toEqual([
      ctx.aTenant.id,
    ]);
  });
});

// The same harness for the reseller console (/api/reseller-console/openapi.json): B's admin, signed
// into the console, aims every operation at A's shop and A's API key. An operation of the console's
// document without a case fails the test.
interface ConsoleCtx extends Ctx {
  aAdmin: ConsoleSession;
  bAdmin: ConsoleSession;
  aKeyId: string;
}
type ConsoleExpect = Expect | "public" | "key_not_found";
type ConsoleCase = (ctx: ConsoleCtx) => {
  path: string;
  body?: unknown;
  expect: ConsoleExpect;
  /** The refusal's code for "not_found" (default tenant_not_found). */
  code?: string;
};
const C = "/api/reseller-console";
const B_CONSOLE_BRAND = {
  displayName: "B의 콘솔 브랜드",
  primaryColor: "#333333",
  accentColor: "#444444",
};

export const CONSOLE_CASES: Record<string, ConsoleCase> = {
  // Signing in, out and setting a password act on the caller's own session or link only.
  "POST /api/reseller-console/login": (c) => ({
    path: `${C}/login`,
    body: { email: c.aAdmin.email, password: "wrong-password-1" },
    expect: "public",
  }),
  "POST /api/reseller-console/logout": () => ({
    path: `${C}/logout`,
    expect: "public",
  }),
  "GET /api/reseller-console/password": () => ({
    path: `${C}/password?token=not-a-token`,
    expect: "public",
  }),
  "POST /api/reseller-console/password": () => ({
    path: `${C}/password`,
    body: { token: "not-a-token", password: "another-pass-2026!" },
    expect: "public",
  }),
  "GET /api/reseller-console/me": () => ({
    path: `${C}/me`,
    expect: "list",
  }),
  "GET /api/reseller-console/tenants": () => ({
    path: `${C}/tenants?limit=100`,
    expect: "list",
  }),
  "PATCH /api/reseller-console/tenants/{id}": (c) => ({
    path: `${C}/tenants/${c.aTenant.id}`,
    body: { plan: "plus" },
    expect: "not_found",
  }),
  "POST /api/reseller-console/tenants/{id}/suspend": (c) => ({
    path: `${C}/tenants/${c.aTenant.id}/suspend`,
    expect: "not_found",
  }),
  "POST /api/reseller-console/tenants/{id}/resume": (c) => ({
    path: `${C}/tenants/${c.aTenant.id}/resume`,
    expect: "not_found",
  }),
  "POST /api/reseller-console/tenants/{id}/cancel": (c) => ({
    path: `${C}/tenants/${c.aTenant.id}/cancel`,
    expect: "not_found",
  }),
  "GET /api/reseller-console/keys": () => ({
    path: `${C}/keys`,
    expect: "list",
  }),
  // B's key is B's: it never lands in A's list (checked below).
  "POST /api/reseller-console/keys": () => ({
    path: `${C}/keys`,
    body: { name: "B의 키", scopes: ["tenants:read"] },
    expect: "list",
  }),
  "POST /api/reseller-console/keys/{id}/revoke": (c) => ({
    path: `${C}/keys/${c.aKeyId}/revoke`,
    expect: "key_not_found",
  }),
  "POST /api/reseller-console/bulk/preview": (c) => ({
    path: `${C}/bulk/preview`,
    body: {
      filename: "a.csv",
      base64: Buffer.from(
        `가입자번호,상호,대표자명,대표 이메일\n${c.aTenant.subscriberId},B의 가게,김,b@example.com\n`,
      ).toString("base64"),
    },
    expect: "list",
  }),
  // A's subscriber ID in B's file makes B's own shop, never hands back A's.
  "POST /api/reseller-console/bulk/provision": (c) => ({
    path: `${C}/bulk/provision`,
    body: {
      rows: [
        {
          line: 2,
          values: {
            subscriberId: c.aTenant.subscriberId,
            businessName: "B의 가게",
            ownerName: "김",
            ownerEmail: uniqueEmail("b-bulk"),
          },
        },
      ],
    },
    expect: "own",
  }),
  "GET /api/reseller-console/statements/{month}": () => ({
    path: `${C}/statements/${MONTH}?format=csv`,
    expect: "list",
  }),
  // The brand is the caller's own: B's admin reads and sets B's, never A's (A set one in
  // beforeAll; checked below that B's PUT landed on B's brand and A's is as it was).
  "GET /api/reseller-console/brand": () => ({
    path: `${C}/brand`,
    expect: "own_brand",
  }),
  "PUT /api/reseller-console/brand": () => ({
    path: `${C}/brand`,
    body: B_CONSOLE_BRAND,
    expect: "own_brand",
  }),
  // Webhooks: B registers its own; never lists, changes, tests, deletes or retries A's.
  "GET /api/reseller-console/webhooks": () => ({
    path: `${C}/webhooks`,
    expect: "list",
  }),
  "POST /api/reseller-console/webhooks": () => ({
    path: `${C}/webhooks`,
    body: { url: A_HOOK_URL, events: ["tenant.provisioned"] },
    expect: "list",
  }),
  "GET /api/reseller-console/webhooks/deliveries": (c) => ({
    path: `${C}/webhooks/deliveries?webhookId=${c.aHook.id}&limit=100`,
    expect: "list",
  }),
  "POST /api/reseller-console/webhooks/deliveries/{id}/retry": (c) => ({
    path: `${C}/webhooks/deliveries/${c.aDelivery}/retry`,
    expect: "not_found",
    code: "webhook_delivery_not_found",
  }),
  "PATCH /api/reseller-console/webhooks/{id}": (c) => ({
    path: `${C}/webhooks/${c.aHook.id}`,
    body: { status: "disabled", url: "http://127.0.0.1:9/stolen" },
    expect: "not_found",
    code: "webhook_not_found",
  }),
  "DELETE /api/reseller-console/webhooks/{id}": (c) => ({
    path: `${C}/webhooks/${c.aHook.id}`,
    expect: "not_found",
    code: "webhook_not_found",
  }),
  "POST /api/reseller-console/webhooks/{id}/test": (c) => ({
    path: `${C}/webhooks/${c.aHook.id}/test`,
    expect: "not_found",
    code: "webhook_not_found",
  }),
};

describe("cross-reseller isolation in the console", () => {
  let ctx: ConsoleCtx;
  const consoleOps = async () => {
    const doc = (await call("GET", `${C}/openapi.json`)).json as {
      paths: Record<string, Record<string, unknown>>;
    };
    return Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
  };
  beforeAll(async () => {
    const [a, b] = await Promise.all([newReseller(), newReseller()]);
    const [aAdmin, bAdmin] = await Promise.all([
      consoleAdmin(a.adminEmail),
      consoleAdmin(b.adminEmail),
    ]);
    const hook = await ccall("POST", `${C}/webhooks`, aAdmin, {
      body: { url: A_HOOK_URL, events: ["tenant.provisioned"] },
    });
    expect(hook.status, hook.text).toBe(201);
    const body = provisionBody();
    const res = await rcall("POST", "/reseller/v1/tenants", a.key, { body });
    expect(res.status).toBe(201);
    const log = await ccall("GET", `${C}/webhooks/deliveries`, aAdmin);
    ctx = {
      a,
      b,
      aAdmin,
      bAdmin,
      aKeyId: a.keyId,
      aTenant: res.json,
      aHook: hook.json,
      aDelivery: log.json.deliveries[0].id,
      aOwnerEmail: body.ownerEmail,
    };
    const brand = await ccall("PUT", `${C}/brand`, aAdmin, { body: A_BRAND });
    expect(brand.status).toBe(200);
  });

  it("has a case for every operation of the console's document", async () => {
    const ops = await consoleOps();
    expect(ops.length).toBeGreaterThanOrEqual(15);
    expect(ops.filter((o) => !(o in CONSOLE_CASES))).toEqual([]);
  });

  it("never lets reseller B's admin see or act on reseller A's shops or keys", async () => {
    const before = (
      await ccall("GET", `${C}/tenants?limit=100`, ctx.aAdmin)
    ).json.tenants.map(({ usage: _u, ...t }: { usage: unknown }) => t);
    const aHooks = async () =>
      (await ccall("GET", `${C}/webhooks`, ctx.aAdmin)).json;
    const aLog = async () =>
      (
        await ccall("GET", `${C}/webhooks/deliveries`, ctx.aAdmin)
      ).json.deliveries.map((d: { id: string }) => d.id);
    const hooksBefore = await aHooks();
    const logBefore = await aLog();
    expect(logBefore).toEqual([ctx.aDelivery]);
    // Logging out last: it ends B's session.
    const ops = (await consoleOps()).sort(
      (x, y) => Number(x.endsWith("/logout")) - Number(y.endsWith("/logout")),
    );
    for (const op of ops) {
      const [method] = op.split(" ");
      const spec = CONSOLE_CASES[op](ctx);
      const res = await ccall(method, spec.path, ctx.bAdmin, {
        body: spec.body,
      });
      // Nothing B gets back ever names A's shop, A's key or A itself.
      for (const secret of [
        ctx.aTenant.id,
        ctx.aKeyId,
        ctx.a.id,
        ctx.aHook.id,
        ctx.aDelivery,
      ])
        expect([op, res.text.includes(secret)]).toEqual([op, false]);
      if (spec.expect === "not_found")
        expect([op, res.status, res.json.code]).toEqual([
          op,
          404,
          spec.code ?? "tenant_not_found",
        ]);
      if (spec.expect === "key_not_found")
        expect([op, res.status, res.json.code]).toEqual([
          op,
          404,
          "key_not_found",
        ]);
      if (spec.expect === "list")
        expect([op, res.status < 300]).toEqual([op, true]);
      if (spec.expect === "own") {
        expect([op, res.status]).toEqual([op, 200]);
        expect(res.json.results[0].status).toBe("created");
        expect(res.json.results[0].tenantId).not.toBe(ctx.aTenant.id);
      }
      if (spec.expect === "public")
        expect([op, res.status < 500]).toEqual([op, true]);
      if (spec.expect === "own_brand") {
        expect([op, res.status]).toEqual([op, 200]);
        expect(res.text).not.toContain(A_BRAND.displayName);
        expect(res.text).not.toContain(A_BRAND.supportEmail);
      }
    }
    // B's PUT changed B's brand (through the console and the API alike) and A's is A's still.
    // (B's session ended with the logout case: sign in again.)
    const bAgain = await consoleLogin(ctx.bAdmin.email, ctx.bAdmin.password);
    expect((await ccall("GET", `${C}/brand`, bAgain)).json).toMatchObject(
      B_CONSOLE_BRAND,
    );
    expect(
      (await rcall("GET", "/reseller/v1/brand", ctx.b.key)).json,
    ).toMatchObject(B_CONSOLE_BRAND);
    expect((await ccall("GET", `${C}/brand`, ctx.aAdmin)).json).toMatchObject(
      A_BRAND,
    );
    expect(
      (await rcall("GET", "/reseller/v1/brand", ctx.a.key)).json,
    ).toMatchObject(A_BRAND);
    expect(
      (await call("GET", `/api/auth/brand/${ctx.a.slug}`)).json,
    ).toMatchObject({
      displayName: A_BRAND.displayName,
      primaryColor: A_BRAND.primaryColor,
    });
    const after = (
      await ccall("GET", `${C}/tenants?limit=100`, ctx.aAdmin)
    ).json.tenants.map(({ usage: _u, ...t }: { usage: unknown }) => t);
    expect(after).toEqual(before);
    expect(after.map((t: { id: string }) => t.id)).toEqual([ctx.aTenant.id]);
    const aKeys = (await ccall("GET", `${C}/keys`, ctx.aAdmin)).json.keys;
    expect(aKeys.map((k: { id: string }) => k.id)).toEqual([ctx.aKeyId]);
    expect(aKeys[0].revokedAt).toBeNull();
    // A's webhook is as it was, and its delivery log has no delivery B caused.
    expect(await aHooks()).toEqual(hooksBefore);
    expect(hooksBefore.webhooks[0]).toMatchObject({
      id: ctx.aHook.id,
      url: A_HOOK_URL,
      status: "active",
    });
    expect(await aLog()).toEqual(logBefore);
    // A's key still works.
    expect((await rcall("GET", "/reseller/v1/tenants", ctx.a.key)).status).toBe(
      200,
    );
  });
});
