import { describe, expect, it } from "vitest";
import { call, newTenant, randomIp, uniqueEmail } from "../support/api";

const profileBody = {
  businessName: "바뀐 이름",
  ownerName: "누군가",
  bizNo: "",
  branchNo: "",
  address: "",
  businessType: "",
  businessItem: "",
  taxType: "general",
  contactEmail: "",
  contactPhone: "",
  industry: "retail",
};

describe("security headers", () => {
  it("every API response carries them (no HSTS on the local stage)", async () => {
    for (const res of [
      await call("GET", "/api/health"),
      await call("GET", "/api/me"),
      await call("POST", "/api/auth/login", { rawBody: "{" }),
    ]) {
      expect(res.headers.get("content-security-policy")).toContain(
        "frame-ancestors 'none'",
      );
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe(
        "strict-origin-when-cross-origin",
      );
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("strict-transport-security")).toBeNull();
      expect(res.headers.get("x-request-id")).toMatch(/^req_/);
    }
  });
});

describe("sessions", () => {
  it("sets the cookie HttpOnly, SameSite=Lax, Path=/", async () => {
    const s = await newTenant();
    const res = await call("POST", "/api/auth/login", {
      body: { email: s.email, password: s.password },
    });
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/golmok_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
  });

  it("answers 401 with a code to no cookie and to a forged one", async () => {
    const none = await call("GET", "/api/me");
    expect(none.status).toBe(401);
    expect(none.json).toMatchObject({
      code: "unauthenticated",
      requestId: expect.stringMatching(/^req_/),
    });
    const forged = await call("GET", "/api/me", {
      headers: { cookie: "golmok_session=forged-token-value" },
    });
    expect(forged.status).toBe(401);
  });
});

describe("CSRF", () => {
  it("refuses a cookie-authenticated write without, or with a wrong, X-CSRF-Token — and changes nothing", async () => {
    const s = await newTenant();
    const missing = await call("PUT", "/api/tenant/profile", {
      session: s,
      csrf: null,
      body: profileBody,
    });
    expect(missing.status).toBe(403);
    expect(missing.json.code).toBe("csrf");
    const wrong = await call("PUT", "/api/tenant/profile", {
      session: s,
      csrf: "not-the-token",
      body: profileBody,
    });
    expect(wrong.status).toBe(403);
    const logout = await call("POST", "/api/auth/logout", {
      session: s,
      csrf: null,
    });
    expect(logout.status).toBe(403);
    const profile = await call("GET", "/api/tenant/profile", { session: s });
    expect(profile.json.businessName).toBe("골목미용실");
    expect((await call("GET", "/api/me", { session: s })).status).toBe(200);
  });

  it("refuses a cross-site Origin even on login", async () => {
    const s = await newTenant();
    const res = await call("POST", "/api/auth/login", {
      body: { email: s.email, password: s.password },
      headers: { origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect(res.json.code).toBe("csrf");
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("accepts writes from Golmok's own front doors, which reach the API through CloudFront", async () => {
    // On AWS the Lambda sees API Gateway's host, the browser sends the app's or the homepages' one.
    const saved = { app: process.env.APP_URL, sites: process.env.SITES_URL };
    process.env.APP_URL = "https://app.golmok.test";
    process.env.SITES_URL = "https://sites.golmok.test";
    try {
      const s = await newTenant();
      for (const origin of [
        "https://app.golmok.test",
        "https://sites.golmok.test",
      ]) {
        const res = await call("POST", "/api/auth/login", {
          body: { email: s.email, password: s.password },
          headers: { origin },
        });
        expect(res.status, origin).toBe(200);
      }
      const evil = await call("POST", "/api/auth/login", {
        body: { email: s.email, password: s.password },
        headers: { origin: "https://app.golmok.test.evil.example" },
      });
      expect(evil.status).toBe(403);
    } finally {
      if (saved.app === undefined) delete process.env.APP_URL;
      else process.env.APP_URL = saved.app;
      if (saved.sites === undefined) delete process.env.SITES_URL;
      else process.env.SITES_URL = saved.sites;
    }
  });
});

describe("rate limits", () => {
  it("stops an account's logins after 10 attempts in 15 minutes, from any address", async () => {
    const s = await newTenant(); // its login is attempt 1
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++)
      statuses.push(
        (
          await call("POST", "/api/auth/login", {
            body: { email: s.email, password: "wrong-password-1" },
            ip: randomIp(),
          })
        ).status,
      );
    expect(statuses).toEqual(Array(9).fill(401));
    const locked = await call("POST", "/api/auth/login", {
      body: { email: s.email, password: s.password },
      ip: randomIp(),
    });
    expect(locked.status).toBe(429);
    expect(locked.json.message).toMatch(/[가-힣]/);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("limits sign-ups per address", async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const body = {
        businessName: "가게",
        noBizNo: true,
        bizNo: "",
        ownerName: "김",
        industry: "retail",
        email: uniqueEmail("rl"),
        phone: "01012345678",
        password: "rate-limit-1",
        privacyConsent: true,
      };
      statuses.push(
        (await call("POST", "/api/auth/signup", { body, ip })).status,
      );
    }
    expect(statuses.filter((x) => x === 201)).toHaveLength(10);
    expect(statuses[10]).toBe(429);
  });
});
