import { describe, expect, it, vi } from "vitest";
import {
  call,
  linkToken,
  login,
  mailbox,
  newTenant,
  uniqueEmail,
} from "../support/api";
import {
  newReseller,
  provisionBody,
  rcall,
  type TestReseller,
} from "../support/reseller";
import { admin } from "../../scripts/admin";
import { withActor } from "../../core/actor";
import { Invoice } from "../../core/invoice";
import { Ledger } from "../../core/ledger";
import { Payroll } from "../../core/payroll";
import { Customer } from "../../core/site/customer";
import { Site } from "../../core/site";
import { Tenant } from "../../core/tenant";
import { Metering } from "../../core/metering";
import { kstMonth } from "../../core/time";

const T = "/reseller/v1/tenants";

async function provision(r: TestReseller, over: Record<string, unknown> = {}) {
  const body = provisionBody(over);
  const res = await rcall("POST", T, r.key, { body });
  expect(res.status, res.text).toBe(201);
  return { body, tenant: res.json };
}

/** Follows the welcome e-mail's link, sets a password and logs in as the shop's owner. */
async function ownerSession(email: string) {
  const [mail] = await mailbox(email);
  const password = "welcome-shop-2026!";
  const set = await call("POST", "/api/auth/password-reset/confirm", {
    body: { token: linkToken(mail, "/reset"), password },
  });
  expect(set.status, set.text).toBe(200);
  return login(email, password);
}

describe("platform admin command", () => {
  it("creates a reseller with its admin and keys; bad input names the field", async () => {
    const r = await newReseller({ kind: "coop" });
    expect(r.id).toMatch(/^rsl_/);
    expect(r.key).toMatch(/^gk_/);
    await expect(
      admin([
        "reseller",
        "create",
        "--name",
        "조합",
        "--kind",
        "coop",
        "--share",
        "150",
        "--slug",
        "x",
        "--admin-email",
        uniqueEmail(),
      ]),
    ).rejects.toThrow(/shareBps: 수익 배분율은 100% 이하[\s\S]*slug: 슬러그는/);
    const list = await admin(["key", "list", "--admin-email", r.adminEmail]);
    expect(list).toContain(r.keyId);
    // Shown once: the listing has no secret.
    expect(list).not.toContain(r.key);
  });

  it("refuses a slug that is taken", async () => {
    const slug = `co-op-${Date.now()}`;
    const args = (email: string) => [
      "reseller",
      "create",
      "--name",
      "상인회",
      "--kind",
      "coop",
      "--share",
      "12.5",
      "--slug",
      slug,
      "--admin-email",
      email,
    ];
    expect(await admin(args(uniqueEmail()))).toContain("수익 배분 12.5%");
    await expect(admin(args(uniqueEmail()))).rejects.toMatchObject({
      code: "slug_taken",
    });
  });
});

describe("API-key authentication", () => {
  it("answers 401 with a code for a missing, wrong, malformed or revoked key", async () => {
    const r = await newReseller();
    expect((await rcall("GET", T, r.key)).status).toBe(200);
    const missing = await rcall("GET", T, undefined);
    expect([missing.status, missing.json.code]).toEqual([
      401,
      "api_key_missing",
    ]);
    const wrong = await rcall("GET", T, `gk_${"A".repeat(43)}`);
    expect([wrong.status, wrong.json.code]).toEqual([401, "api_key_invalid"]);
    const malformed = await rcall("GET", T, undefined, {
      headers: { authorization: `Basic ${r.key}` },
    });
    expect([malformed.status, malformed.json.code]).toEqual([
      401,
      "api_key_invalid",
    ]);
    expect(
      await admin([
        "key",
        "revoke",
        "--admin-email",
        r.adminEmail,
        "--id",
        r.keyId,
      ]),
    ).toContain("폐기했습니다");
    const revoked = await rcall("GET", T, r.key);
    expect([revoked.status, revoked.json.code]).toEqual([
      401,
      "api_key_revoked",
    ]);
    expect(await admin(["key", "list", "--admin-email", r.adminEmail])).toMatch(
      /폐기 \d{4}-/,
    );
  });

  it("ignores a shop's session cookie: the reseller API takes keys only", async () => {
    const shop = await newTenant();
    const res = await call("GET", T, { session: shop });
    expect([res.status, res.json.code]).toEqual([401, "api_key_missing"]);
  });

  it("enforces the key's scopes", async () => {
    const r = await newReseller({ scopes: "tenants:read" });
    const res = await rcall("POST", T, r.key, { body: provisionBody() });
    expect([res.status, res.json.code]).toEqual([403, "scope_missing"]);
    expect((await rcall("GET", T, r.key)).status).toBe(200);
  });

  it("records the key's last use, at most once a minute", async () => {
    const r = await newReseller();
    const before = await admin(["key", "list", "--admin-email", r.adminEmail]);
    expect(before).toContain("마지막 사용 -");
    await rcall("GET", T, r.key);
    const after = await admin(["key", "list", "--admin-email", r.adminEmail]);
    const first = /마지막 사용 (\S+)/.exec(after)![1];
    expect(first).toMatch(/^\d{4}-\d\d-\d\dT/);
    await rcall("GET", T, r.key);
    expect(
      /마지막 사용 (\S+)/.exec(
        await admin(["key", "list", "--admin-email", r.adminEmail]),
      )![1],
    ).toBe(first);
  });

  it("never writes a key into the logs", async () => {
    const r = await newReseller();
    const lines: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...a) => {
      lines.push(a.join(" "));
    });
    const err = vi.spyOn(console, "error").mockImplementation((...a) => {
      lines.push(a.join(" "));
    });
    process.env.GOLMOK_LOG_REQUESTS = "1";
    try {
      await rcall("GET", T, r.key);
      await rcall("POST", T, r.key, { body: { subscriberId: "" } });
      await rcall("GET", `${T}?key=1`, r.key.slice(0, -1) + "x");
    } finally {
      process.env.GOLMOK_LOG_REQUESTS = "0";
      log.mockRestore();
      err.mockRestore();
    }
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const all = lines.join("\n");
    expect(all).toContain('"module":"reseller"');
    expect(all).not.toContain(r.key);
    expect(all).not.toContain(r.key.slice(3, 20));
  });
});

describe("provisioning", () => {
  it("is idempotent on the subscriber ID: 201, then the same shop with 200", async () => {
    const r = await newReseller();
    const { body, tenant } = await provision(r, { plan: "plus" });
    expect(tenant).toMatchObject({
      subscriberId: body.subscriberId,
      businessName: "골목안경",
      status: "active",
      plan: { id: "plus" },
    });
    const again = await rcall("POST", T, r.key, {
      body: { ...body, businessName: "다른 이름" },
    });
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(tenant.id);
    // Two at once: one shop.
    const twin = provisionBody();
    const both = await Promise.all([
      rcall("POST", T, r.key, { body: twin }),
      rcall("POST", T, r.key, { body: twin }),
    ]);
    expect(both.map((b) => b.status).sort()).toEqual([200, 201]);
    expect(both[0].json.id).toBe(both[1].json.id);
    const list = await rcall("GET", T, r.key);
    expect(list.json.tenants.map((t: { id: string }) => t.id).sort()).toEqual(
      [tenant.id, both[0].json.id].sort(),
    );
    // Only one welcome e-mail for the repeated subscriber ID.
    expect(await mailbox(body.ownerEmail)).toHaveLength(1);
  });

  it("sends a welcome e-mail whose link sets the password and leads to a login", async () => {
    const r = await newReseller();
    const { body, tenant } = await provision(r);
    const [mail] = await mailbox(body.ownerEmail);
    expect(mail.subject).toContain(r.name);
    expect(mail.subject).toContain("골목안경");
    const owner = await ownerSession(body.ownerEmail);
    expect(owner.tenantId).toBe(tenant.id);
    const me = await call("GET", "/api/me", { session: owner });
    expect(me.json.tenant).toMatchObject({
      businessName: "골목안경",
      plan: { id: "basic" },
    });
    expect(me.json.user.role).toBe("owner");
    // Single use.
    const reuse = await call("POST", "/api/auth/password-reset/confirm", {
      body: { token: linkToken(mail, "/reset"), password: "another-pass-77!" },
    });
    expect(reuse.json.code).toBe("token_invalid");
  });

  it("validates with field names and writes nothing for a taken e-mail", async () => {
    const r = await newReseller();
    const bad = await rcall("POST", T, r.key, {
      body: provisionBody({ bizNo: "123-45-67890", ownerEmail: "nope" }),
    });
    expect(bad.status).toBe(400);
    expect(
      bad.json.fields.map((f: { field: string }) => f.field).sort(),
    ).toEqual(["bizNo", "ownerEmail"]);
    const shop = await newTenant();
    const body = provisionBody({ ownerEmail: shop.email });
    const taken = await rcall("POST", T, r.key, { body });
    expect([taken.status, taken.json.code, taken.json.fields[0].field]).toEqual(
      [409, "email_taken", "ownerEmail"],
    );
    // No partial write: the subscriber ID is still free.
    const retry = await rcall("POST", T, r.key, {
      body: { ...body, ownerEmail: uniqueEmail() },
    });
    expect(retry.status).toBe(201);
  });
});

describe("managing shops", () => {
  it("suspend makes writes fail with a clear code while reads go on; resume restores", async () => {
    const r = await newReseller();
    const { body, tenant } = await provision(r);
    const owner = await ownerSession(body.ownerEmail);
    const invite = () =>
      call("POST", "/api/tenant/invites", {
        session: owner,
        body: { email: uniqueEmail("staff"), role: "staff" },
      });
    expect((await invite()).status).toBe(201);

    const s = await rcall("POST", `${T}/${tenant.id}/suspend`, r.key);
    expect([s.status, s.json.status]).toEqual([200, "suspended"]);
    const refused = await invite();
    expect([refused.status, refused.json.code]).toEqual([
      403,
      "tenant_suspended",
    ]);
    expect(refused.json.message).toContain("정지");
    const profile = await call("GET", "/api/tenant/profile", {
      session: owner,
    });
    expect(profile.status).toBe(200);
    expect(
      (await call("GET", "/api/tenant/members", { session: owner })).json
        .members,
    ).toHaveLength(2);
    // Repeating is harmless.
    expect(
      (await rcall("POST", `${T}/${tenant.id}/suspend`, r.key)).json.status,
    ).toBe("suspended");

    const back = await rcall("POST", `${T}/${tenant.id}/resume`, r.key);
    expect(back.json.status).toBe("active");
    expect((await invite()).status).toBe(201);
  });

  it("cancel keeps 30 days to export, read-only", async () => {
    const r = await newReseller();
    const { body, tenant } = await provision(r);
    const owner = await ownerSession(body.ownerEmail);
    const c = await rcall("POST", `${T}/${tenant.id}/cancel`, r.key);
    expect(c.json.status).toBe("cancelled");
    const days =
      (Date.parse(c.json.exportUntil) - Date.parse(c.json.cancelAt)) /
      86_400_000;
    expect(days).toBe(30);
    const write = await call("POST", "/api/tenant/invites", {
      session: owner,
      body: { email: uniqueEmail("staff"), role: "staff" },
    });
    expect([write.status, write.json.code]).toEqual([403, "tenant_cancelled"]);
    expect(write.json.message).toMatch(/\d{4}\. \d{1,2}\. \d{1,2}\.까지/);
    expect(
      (await call("GET", "/api/tenant/profile", { session: owner })).status,
    ).toBe(200);
    const susp = await rcall("POST", `${T}/${tenant.id}/suspend`, r.key);
    expect([susp.status, susp.json.code]).toEqual([409, "tenant_cancelled"]);
    // Logging out still works for a read-only shop.
    expect(
      (await call("POST", "/api/auth/logout", { session: owner })).status,
    ).toBe(200);
  });

  it("changes the plan", async () => {
    const r = await newReseller();
    const { body, tenant } = await provision(r);
    const res = await rcall("PATCH", `${T}/${tenant.id}`, r.key, {
      body: { plan: "plus" },
    });
    expect([res.status, res.json.plan.id]).toEqual([200, "plus"]);
    expect(res.json.plan.priceKrw).toBe(5_500);
    expect((await rcall("GET", `${T}/${tenant.id}`, r.key)).json.plan.id).toBe(
      "plus",
    );
    const owner = await ownerSession(body.ownerEmail);
    expect(
      (await call("GET", "/api/me", { session: owner })).json.tenant.plan.id,
    ).toBe("plus");
    const bad = await rcall("PATCH", `${T}/${tenant.id}`, r.key, {
      body: { plan: "gold" },
    });
    expect([bad.status, bad.json.fields[0].field]).toEqual([400, "plan"]);
  });

  it("lists shops with status, plan and this month's usage, paged", async () => {
    const r = await newReseller();
    const { body, tenant } = await provision(r);
    await provision(r);
    await provision(r);
    const owner = await ownerSession(body.ownerEmail);
    for (let i = 0; i < 3; i++)
      await call("GET", "/api/tenant/profile", { session: owner });
    await Metering.flush();
    const page1 = await rcall("GET", `${T}?limit=2`, r.key);
    expect(page1.json.tenants).toHaveLength(2);
    expect(page1.json.nextCursor).toEqual(expect.any(String));
    const page2 = await rcall(
      "GET",
      `${T}?limit=2&cursor=${page1.json.nextCursor}`,
      r.key,
    );
    const all = [...page1.json.tenants, ...page2.json.tenants];
    expect(all).toHaveLength(3);
    const mine = all.find((t: { id: string }) => t.id === tenant.id);
    expect(mine).toMatchObject({ status: "active", plan: { id: "basic" } });
    expect(mine.usage.month).toBe(kstMonth());
    // 3 profile reads + the owner's /api/me-less login path: at least the 3 reads are counted.
    expect(mine.usage.metrics.requests).toBeGreaterThanOrEqual(3);
    const bad = await rcall("GET", `${T}?limit=500`, r.key);
    expect([bad.status, bad.json.fields[0].field]).toEqual([400, "limit"]);
  });

  it("answers 404 for a shop that is not the reseller's, 400 for a malformed id", async () => {
    const r = await newReseller();
    const shop = await newTenant();
    const res = await rcall("GET", `${T}/${shop.tenantId}`, r.key);
    expect([res.status, res.json.code]).toEqual([404, "tenant_not_found"]);
    const sus = await rcall("POST", `${T}/${shop.tenantId}/suspend`, r.key);
    expect(sus.status).toBe(404);
    const owner = await call("GET", "/api/tenant/profile", { session: shop });
    expect(owner.status).toBe(200);
    const w = await call("POST", "/api/tenant/invites", {
      session: shop,
      body: { email: uniqueEmail("staff"), role: "staff" },
    });
    expect(w.status).toBe(201);
    const bad = await rcall("GET", `${T}/not-an-id`, r.key);
    expect([bad.status, bad.json.fields[0].field]).toEqual([400, "id"]);
  });
});

describe("a reseller never sees business data", () => {
  it("gets nothing from the shop routes with its key", async () => {
    const r = await newReseller();
    const month = kstMonth();
    for (const path of [
      "/api/invoices",
      `/api/ledger/entries?month=${month}`,
      "/api/payroll/employees",
      "/api/customers",
      "/api/tenant/profile",
      "/api/tenant/members",
      "/api/usage",
      "/api/me",
    ]) {
      const res = await rcall("GET", path, r.key);
      expect([path, res.status]).toEqual([path, 401]);
    }
  });

  it("is refused by core even when bound to its own shop (assertCan)", async () => {
    const r = await newReseller();
    const { tenant } = await provision(r);
    const actor = {
      type: "reseller" as const,
      resellerId: r.id,
      scopes: ["tenants:read" as const],
      tenantId: tenant.id,
    };
    const refused: Record<string, () => Promise<unknown>> = {
      "Invoice.list": () => Invoice.list(),
      "Invoice.listClients": () => Invoice.listClients(),
      "Ledger.list": () => Ledger.list({ month: kstMonth() } as never),
      "Payroll.listEmployees": () => Payroll.listEmployees(),
      "Payroll.listRuns": () => Payroll.listRuns(),
      "Customer.list": () => Customer.list(),
      "Site.get": () => Site.get(),
      "Tenant.getProfile": () => Tenant.getProfile(),
      "Tenant.listMembers": () => Tenant.listMembers(),
    };
    for (const [name, fn] of Object.entries(refused))
      await expect(withActor(actor, fn), name).rejects.toMatchObject({
        code: "reseller_forbidden",
      });
    // Usage is what it may read.
    const usage = await withActor(actor, () => Tenant.usage());
    expect(usage.plan.id).toBe("basic");
  });

  it("has no reseller route that returns business data", async () => {
    const r = await newReseller();
    const { tenant } = await provision(r);
    for (const sub of ["invoices", "ledger", "payroll", "customers", "site"]) {
      const res = await rcall("GET", `${T}/${tenant.id}/${sub}`, r.key);
      expect([sub, res.status]).toEqual([sub, 404]);
    }
    const one = await rcall("GET", `${T}/${tenant.id}`, r.key);
    expect(Object.keys(one.json).sort()).toEqual(
      [
        "businessName",
        "cancelAt",
        "createdAt",
        "exportUntil",
        "id",
        "plan",
        "status",
        "subscriberId",
        "usage",
      ].sort(),
    );
  });
});

describe("reseller API document", () => {
  it("has its own OpenAPI document with a curl example per call, and a reference page", async () => {
    const doc = (await call("GET", "/reseller/v1/openapi.json")).json;
    const ops = Object.entries(doc.paths).flatMap(([path, o]) =>
      Object.entries(o as Record<string, any>).map(([m, op]) => ({
        id: `${m.toUpperCase()} ${path}`,
        op,
      })),
    );
    expect(ops.map((o) => o.id).sort()).toEqual(
      [
        "GET /reseller/v1/tenants",
        "POST /reseller/v1/tenants",
        "GET /reseller/v1/tenants/{id}",
        "PATCH /reseller/v1/tenants/{id}",
        "POST /reseller/v1/tenants/{id}/suspend",
        "POST /reseller/v1/tenants/{id}/resume",
        "POST /reseller/v1/tenants/{id}/cancel",
      ].sort(),
    );
    for (const { id, op } of ops) {
      expect(op["x-codeSamples"][0].source, id).toMatch(/^curl -X /);
      expect(op.security, id).toEqual([{ apiKey: [] }]);
    }
    expect(doc.components.securitySchemes.apiKey.scheme).toBe("bearer");
    const create =
      doc.paths["/reseller/v1/tenants"].post.requestBody.content[
        "application/json"
      ].schema;
    expect(create.required).toEqual(
      expect.arrayContaining(["subscriberId", "ownerEmail", "businessName"]),
    );
    // The shops' API document does not list the reseller API.
    const shops = (await call("GET", "/api/openapi.json")).json;
    expect(
      Object.keys(shops.paths).some((p) => p.startsWith("/reseller")),
    ).toBe(false);
    const page = await call("GET", "/reseller/v1/docs");
    expect(page.status).toBe(200);
    expect(page.text).toContain("/reseller/v1/openapi.json");
  });
});
