import { beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/api";
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
}
type Expect = "not_found" | "own" | "list";
// A past month no other test closes.
const MONTH = "2022-06";
type Case = (ctx: Ctx) => { path: string; body?: unknown; expect: Expect };

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
    const res = await rcall("POST", "/reseller/v1/tenants", a.key, {
      body: provisionBody(),
    });
    expect(res.status).toBe(201);
    ctx = { a, b, aTenant: res.json };
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
          "tenant_not_found",
        ]);
      if (spec.expect === "own") {
        expect([op, res.status]).toEqual([op, 201]);
        expect(res.json.id).not.toBe(ctx.aTenant.id);
      }
      if (spec.expect === "list") {
        expect([op, res.status]).toEqual([op, 200]);
        expect(res.text).not.toContain(ctx.aTenant.id);
      }
    }
    const after = (
      await rcall("GET", `/reseller/v1/tenants/${ctx.aTenant.id}`, ctx.a.key)
    ).json;
    const { usage: _u1, ...was } = before;
    const { usage: _u2, ...is } = after;
    expect(is).toEqual(was);
    expect(is).toMatchObject({ status: "active", plan: { id: "basic" } });
    // A's list still has exactly its one shop; B's shop is B's.
    const aList = await rcall("GET", "/reseller/v1/tenants", ctx.a.key);
    expect(aList.json.tenants.map((t: { id: string }) => t.id)).toEqual([
      ctx.aTenant.id,
    ]);
  });
});
