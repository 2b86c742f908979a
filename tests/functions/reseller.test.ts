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
import { api } from "../../functions/app";
import { withActor } from "../../core/actor";
import { Invoice } from "../../core/invoice";
import { Ledger } from "../../core/ledger";
import { Payroll } from "../../core/payroll";
import { Customer } from "../../core/site/customer";
import { Site } from "../../core/site";
import { Tenant } from "../../core/tenant";
import { Metering } from "../../core/metering";
import { Mail } from "../../core/mail";
import { kstMonth, nextMonthStart } from "../../core/time";
import { Billing } from "../../core/billing";
import { newMeter } from "../../core/metering/meter";
import { setAttributes } from "../support/db";

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
    // The key's id says which key was used; the key itself never appears.
    expect(all).toContain(`"keyId":"${r.keyId}"`);
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
    const invite = (email = uniqueEmail("staff")) =>
      call("POST", "/api/tenant/invites", {
        session: owner,
        body: { email, role: "staff" },
      });
    expect((await invite()).status).toBe(201);

    const s = await rcall("POST", `${T}/${tenant.id}/suspend`, r.key);
    expect([s.status, s.json.status]).toEqual([200, "suspended"]);
    const notInvited = uniqueEmail("staff");
    const refused = await invite(notInvited);
    expect([refused.status, refused.json.code]).toEqual([
      403,
      "tenant_suspended",
    ]);
    // Nothing is sent for a suspended shop.
    await Mail.drain();
    const store = (await (
      await fetch(`${process.env.SES_ENDPOINT}/store`)
    ).json()) as { emails: { destination: { to: string[] } }[] };
    expect(
      store.emails.filter((e) => e.destination.to.includes(notInvited)),
    ).toEqual([]);
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
        "GET /reseller/v1/statements/{month}",
        "POST /reseller/v1/webhooks",
        "GET /reseller/v1/webhooks",
        "GET /reseller/v1/webhooks/deliveries",
        "PATCH /reseller/v1/webhooks/{id}",
        "DELETE /reseller/v1/webhooks/{id}",
        "POST /reseller/v1/webhooks/{id}/test",
        "POST /reseller/v1/webhooks/deliveries/{id}/retry",
        "POST /reseller/v1/sso-tokens",
        "GET /reseller/v1/brand",
        "PUT /reseller/v1/brand",
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

/** Usage of a tenant in a past month: one request through the real aggregate and flush, then the totals. */
async function usageIn(
  tenantId: string,
  month: string,
  totals: Record<string, number>,
) {
  const inMonth = Date.parse(nextMonthStart(month)) - 86_400_000;
  Metering.record(
    tenantId,
    "tenant",
    { ...newMeter(), readUnits: 1, dbCalls: 1 },
    inMonth,
  );
  await Metering.flush();
  await setAttributes({ pk: `T#${tenantId}`, sk: `USAGE#${month}` }, totals);
}

describe("monthly statement", () => {
  // A past month no other test closes (a close takes every shop active in the month).
  const month = "2022-03";

  it("sums the closed statements of the reseller's shops, with its share, as JSON and CSV", async () => {
    const r = await newReseller();
    const other = await newReseller();
    const shops = [
      await provision(r, { subscriberId: "A-001" }),
      await provision(r, { subscriberId: "A-002", plan: "plus" }),
      await provision(r, { subscriberId: "A-003" }),
    ];
    const foreign = await provision(other);
    const used: Record<string, number>[] = [
      { requests: 12_345, emails: 40, invoices: 120, dbReadUnits: 900.5 },
      { requests: 800, emails: 3, invoices: 7, payslips: 4 },
      { requests: 1 },
    ];
    for (const [i, s] of shops.entries())
      await usageIn(s.tenant.id, month, used[i]);
    await usageIn(foreign.tenant.id, month, { requests: 5 });
    await Billing.closeMonth(month);

    const res = await rcall("GET", `/reseller/v1/statements/${month}`, r.key);
    expect(res.status, res.text).toBe(200);
    const st = res.json;
    expect(st.shareBps).toBe(2_000);
    expect(
      st.tenants.map((t: { subscriberId: string }) => t.subscriberId),
    ).toEqual(["A-001", "A-002", "A-003"]);
    // Each row is the shop's own closed statement; the share is 20% of 공급가액, truncated.
    for (const [i, s] of shops.entries()) {
      const own = await withActor(
        { type: "system", tenantId: s.tenant.id },
        () => Billing.statement(month),
      );
      const row = st.tenants[i];
      expect(row).toMatchObject({
        tenantId: s.tenant.id,
        plan: { id: i === 1 ? "plus" : "basic" },
        planFeeKrw: own.planFeeKrw,
        overageKrw: own.overageKrw,
        totalKrw: own.totalKrw,
        supplyKrw: own.supplyKrw,
        vatKrw: own.vatKrw,
        shareKrw: Math.floor(own.supplyKrw * 0.2),
      });
      for (const [metric, n] of Object.entries(used[i]))
        expect(row.usage[metric], metric).toBeCloseTo(n);
    }
    expect(st.tenants[0].overageKrw).toBeGreaterThan(0);
    const sum = (f: (t: any) => number) =>
      st.tenants.reduce((n: number, t: any) => n + f(t), 0);
    expect(st.totals).toMatchObject({
      tenants: 3,
      planFeeKrw: 3_300 + 5_500 + 3_300,
      totalKrw: sum((t) => t.totalKrw),
      supplyKrw: sum((t) => t.supplyKrw),
      shareKrw: sum((t) => t.shareKrw),
    });
    expect(st.totals.totalKrw).toBe(st.totals.supplyKrw + st.totals.vatKrw);
    expect(st.totals.usage.requests).toBe(12_345 + 800 + 1);
    expect(st.totals.usage.invoices).toBe(127);
    expect(res.text).not.toContain(foreign.tenant.id);

    const csv = await rcall(
      "GET",
      `/reseller/v1/statements/${month}?format=csv`,
      r.key,
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    // UTF-8 with a BOM, so Excel reads the Korean headers (Response.text() drops the BOM).
    const raw = new Uint8Array(
      await (
        await api.request(`/reseller/v1/statements/${month}?format=csv`, {
          headers: { authorization: `Bearer ${r.key}` },
        })
      ).arrayBuffer(),
    );
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^가입자번호,사업장ID,상호,요금제,/);
    expect(
      lines[1].startsWith(`A-001,${shops[0].tenant.id},골목안경,기본,`),
    ).toBe(true);
    const last = lines[4].split(",");
    expect(last[0]).toBe("합계");
    expect(Number(last.at(-1))).toBe(st.totals.shareKrw);
    expect(Number(last.at(-4))).toBe(st.totals.totalKrw);
  });

  it("refuses a month not yet closed, a malformed month and a key without the scope", async () => {
    const r = await newReseller();
    const open = await rcall(
      "GET",
      `/reseller/v1/statements/${kstMonth()}`,
      r.key,
    );
    expect([open.status, open.json.code]).toEqual([409, "month_not_closed"]);
    const bad = await rcall("GET", "/reseller/v1/statements/2022-13", r.key);
    expect([bad.status, bad.json.fields[0].field]).toEqual([400, "month"]);
    const readOnly = await newReseller({ scopes: "tenants:read" });
    const no = await rcall(
      "GET",
      `/reseller/v1/statements/2022-01`,
      readOnly.key,
    );
    expect([no.status, no.json.code]).toEqual([403, "scope_missing"]);
  });
});
