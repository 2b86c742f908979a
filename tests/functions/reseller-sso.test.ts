import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { call, cookieFrom, newTenant } from "../support/api";
import {
  newReseller,
  provisionBody,
  rcall,
  type TestReseller,
} from "../support/reseller";
import { Sso } from "../../core/auth/sso";
import { setAttributes } from "../support/db";

// SSO hand-off against DynamoDB Local: the reseller API mints, the app redeems once.
let r: TestReseller;
let other: TestReseller;

async function provision(reseller = r) {
  const body = provisionBody();
  const res = await rcall("POST", "/reseller/v1/tenants", reseller.key, {
    body,
  });
  expect(res.status).toBe(201);
  return { id: res.json.id as string, ownerEmail: body.ownerEmail };
}

async function mint(tenantId: string, reseller = r, email?: string) {
  return rcall("POST", "/reseller/v1/sso-tokens", reseller.key, {
    body: { tenantId, ...(email ? { email } : {}) },
  });
}

const redeem = (token: string, slug = r.slug, cookie?: string) =>
  call("POST", "/api/auth/sso", {
    body: { slug, token },
    headers: cookie ? { cookie } : {},
  });

beforeAll(async () => {
  [r, other] = await Promise.all([newReseller(), newReseller()]);
});

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.GOLMOK_LOG_REQUESTS;
});

describe("SSO hand-off", () => {
  it("mints a 60-second link to the reseller's login page and logs the owner in once", async () => {
    const shop = await provision();
    const before = Date.now();
    const minted = await mint(shop.id);
    expect(minted.status).toBe(201);
    expect(minted.json.email).toBe(shop.ownerEmail);
    expect(minted.json.url).toBe(
      `http://app.test/r/${r.slug}/sso#token=${minted.json.token}`,
    );
    const ttl = Date.parse(minted.json.expiresAt) - before;
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(61_000);

    const res = await redeem(minted.json.token);
    expect(res.status).toBe(200);
    expect(res.json.tenant.id).toBe(shop.id);
    expect(res.json.user.email).toBe(shop.ownerEmail);
    expect(res.json.user.role).toBe("owner");
    const cookie = cookieFrom(res.headers);
    expect(res.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    const me = await call("GET", "/api/me", { headers: { cookie } });
    expect([me.status, me.json.tenant.id]).toEqual([200, shop.id]);

    // Replaying the same token is refused, with a stable code and a Korean message.
    const again = await redeem(minted.json.token);
    expect([again.status, again.json.code]).toEqual([401, "sso_token_used"]);
    expect(again.json.message).toContain("이미 사용된");
    expect(again.headers.get("set-cookie")).toBeNull();
  });

  it("opens exactly one session when the same token is redeemed concurrently", async () => {
    const shop = await provision();
    const { token } = (await mint(shop.id)).json;
    const results = await Promise.all(
      Array.from({ length: 6 }, () => redeem(token)),
    );
    const statuses = results.map((x) => x.status).sort();
    expect(statuses).toEqual([200, 401, 401, 401, 401, 401]);
    expect(
      results.filter((x) => x.status === 401).map((x) => x.json.code),
    ).toEqual(Array(5).fill("sso_token_used"));
  });

  it("gives a fresh session id and ends the browser's previous session (no fixation)", async () => {
    const shop = await provision();
    const elsewhere = await newTenant();
    const { token } = (await mint(shop.id)).json;
    const res = await call("POST", "/api/auth/sso", {
      body: { slug: r.slug, token },
      session: elsewhere,
    });
    expect(res.status).toBe(200);
    const cookie = cookieFrom(res.headers);
    expect(cookie).not.toBe(elsewhere.cookie);
    const old = await call("GET", "/api/me", { session: elsewhere });
    expect(old.status).toBe(401);
    const now = await call("GET", "/api/me", { headers: { cookie } });
    expect(now.json.tenant.id).toBe(shop.id);
  });

  it("refuses an expired token with 401 sso_token_expired", async () => {
    const shop = await provision();
    const { token } = (await mint(shop.id)).json;
    const real = Date.now;
    vi.spyOn(Date, "now").mockImplementation(() => real() + 61_000);
    const res = await redeem(token);
    expect([res.status, res.json.code]).toEqual([401, "sso_token_expired"]);
  });

  it("refuses a forged token and a token for another reseller's login page", async () => {
    const shop = await provision();
    const { token } = (await mint(shop.id)).json;
    const [payload, sig] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const forged = `${Buffer.from(JSON.stringify({ ...claims, jti: "x".repeat(22) })).toString("base64url")}.${sig}`;
    const f = await redeem(forged);
    expect([f.status, f.json.code]).toEqual([401, "sso_token_invalid"]);
    const wrong = await redeem(token, other.slug);
    expect([wrong.status, wrong.json.code]).toEqual([
      401,
      "sso_audience_mismatch",
    ]);
    // Neither attempt used the token up.
    expect((await redeem(token)).status).toBe(200);
  });

  it("refuses a token that names another reseller's shop, even when validly signed", async () => {
    const theirs = await provision(other);
    const mine = await provision();
    const { token } = (await mint(mine.id)).json;
    const claims = JSON.parse(
      Buffer.from(token.split(".")[0], "base64url").toString(),
    );
    // A signed token (as if our own key leaked into a bug) for reseller r naming other's shop.
    const crafted = Sso.sign({ ...claims, ten: theirs.id, jti: Sso.newJti() });
    const res = await redeem(crafted);
    expect([res.status, res.json.code]).toEqual([404, "tenant_not_found"]);
  });

  it("answers 404 for another reseller's shop when minting", async () => {
    const theirs = await provision(other);
    const res = await mint(theirs.id);
    expect([res.status, res.json.code]).toEqual([404, "tenant_not_found"]);
  });

  it("logs in a named member and refuses an address that is not a member", async () => {
    const shop = await provision();
    const outsider = await newTenant();
    const res = await mint(shop.id, r, outsider.email);
    expect([res.status, res.json.code]).toEqual([404, "member_not_found"]);
    expect(res.json.fields).toEqual([
      { field: "email", message: expect.stringContaining("구성원") },
    ]);
    const owner = await mint(shop.id, r, shop.ownerEmail.toUpperCase());
    expect([owner.status, owner.json.email]).toEqual([201, shop.ownerEmail]);
  });

  it("lets a cancelled shop in read-only during its export period, and refuses it once closed", async () => {
    const shop = await provision();
    const { token } = (await mint(shop.id)).json;
    await rcall("POST", `/reseller/v1/tenants/${shop.id}/cancel`, r.key);
    // Minted before the cancel, redeemed after: the owner lands in a read-only shop.
    const res = await redeem(token);
    expect(res.status, res.text).toBe(200);
    const cookie = cookieFrom(res.headers);
    const me = await call("GET", "/api/me", { headers: { cookie } });
    expect(me.status).toBe(200);
    const profile = await call("GET", "/api/tenant/profile", {
      headers: { cookie },
    });
    expect(profile.status).toBe(200);
    const write = await call("PUT", "/api/tenant/profile", {
      headers: { cookie, "x-csrf-token": me.json.csrfToken },
      body: profile.json,
    });
    expect([write.status, write.json.code]).toEqual([403, "tenant_cancelled"]);
    const during = await mint(shop.id);
    expect(during.status, during.text).toBe(201);

    // The export period over: no link is minted, and one minted just before is refused.
    await setAttributes(
      { pk: `T#${shop.id}`, sk: "TENANT" },
      { exportUntil: new Date(Date.now() - 1000).toISOString() },
    );
    await setAttributes(
      { pk: `R#${r.id}`, sk: `TENANT#${shop.id}` },
      { exportUntil: new Date(Date.now() - 1000).toISOString() },
    );
    const late = await redeem(during.json.token);
    expect([late.status, late.json.code]).toEqual([403, "tenant_closed"]);
    const again = await mint(shop.id);
    expect([again.status, again.json.code]).toEqual([403, "tenant_closed"]);
  });

  it("needs the sso:write scope and an API key", async () => {
    const shop = await provision();
    const readOnly = await newReseller({ scopes: "tenants:read" });
    const res = await rcall("POST", "/reseller/v1/sso-tokens", readOnly.key, {
      body: { tenantId: shop.id },
    });
    // The read-only reseller does not own the shop, but the scope is checked first.
    expect([res.status, res.json.code]).toEqual([403, "scope_missing"]);
    const anon = await rcall("POST", "/reseller/v1/sso-tokens", undefined, {
      body: { tenantId: shop.id },
    });
    expect(anon.status).toBe(401);
  });

  it("validates the inputs with named fields", async () => {
    const res = await rcall("POST", "/reseller/v1/sso-tokens", r.key, {
      body: { tenantId: "nope", email: "x" },
    });
    expect(res.status).toBe(400);
    expect(res.json.fields.map((f: { field: string }) => f.field)).toEqual([
      "tenantId",
      "email",
    ]);
    const bad = await call("POST", "/api/auth/sso", {
      body: { slug: "A!", token: 5 },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.fields.map((f: { field: string }) => f.field)).toEqual([
      "slug",
      "token",
    ]);
  });

  it("keeps the token out of the request log", async () => {
    const shop = await provision();
    process.env.GOLMOK_LOG_REQUESTS = "1";
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((l: unknown) => {
      lines.push(String(l));
    });
    const minted = await mint(shop.id);
    const res = await redeem(minted.json.token);
    expect(res.status).toBe(200);
    const log = lines.join("\n");
    expect(log).toContain("/api/auth/sso");
    expect(log).toContain("/reseller/v1/sso-tokens");
    expect(log).not.toContain(minted.json.token);
    expect(log).not.toContain(minted.json.token.split(".")[1]);
  });
});
