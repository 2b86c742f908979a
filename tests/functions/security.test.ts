import { describe, expect, it, vi } from "vitest";
import {
  call,
  cookieFrom,
  linkToken,
  mailbox,
  newTenant,
  randomIp,
  uniqueEmail,
} from "../support/api";

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

describe("session fixation", () => {
  it("never adopts a session id the browser brings: login mints a new one, and the planted one stays worthless", async () => {
    const s = await newTenant();
    // An attacker plants a cookie (a made-up value, or a session of the attacker's own account).
    const attacker = await newTenant();
    for (const planted of [
      "golmok_session=attacker-chosen-value-0123456789abcdefghijklmnop",
      attacker.cookie,
    ]) {
      const res = await call("POST", "/api/auth/login", {
        body: { email: s.email, password: s.password },
        headers: { cookie: planted },
      });
      expect(res.status).toBe(200);
      const minted = cookieFrom(res.headers);
      expect(minted).not.toBe(planted);
      // The victim's new session is the victim's; the planted one never became it.
      const me = await call("GET", "/api/me", { headers: { cookie: minted } });
      expect(me.json.user.id).toBe(s.userId);
      const plantedMe = await call("GET", "/api/me", {
        headers: { cookie: planted },
      });
      if (plantedMe.status === 200)
        expect(plantedMe.json.user.id).toBe(attacker.userId);
      else expect(plantedMe.status).toBe(401);
    }
  });

  it("ends every session of the account when its password is reset", async () => {
    const s = await newTenant();
    const ip = randomIp();
    await call("POST", "/api/auth/password-reset", {
      body: { email: s.email },
      ip,
    });
    const reset = (await mailbox(s.email, { wait: 2 })).find((m) =>
      /reset\?token=/.test(m.body.text ?? ""),
    )!;
    const done = await call("POST", "/api/auth/password-reset/confirm", {
      body: {
        token: linkToken(reset, "/reset"),
        password: "an-Other-pw-4821!",
      },
      ip,
    });
    expect(done.status).toBe(200);
    expect((await call("GET", "/api/me", { session: s })).status).toBe(401);
  });
});

describe("outside the local stage", () => {
  it("sends HSTS and marks the session cookie Secure", async () => {
    const saved = {
      local: process.env.GOLMOK_LOCAL,
      stage: process.env.STAGE,
    };
    const s = await newTenant();
    process.env.GOLMOK_LOCAL = "0";
    process.env.STAGE = "prod";
    try {
      // A fresh module graph: the apps read the stage when they are built, as a Lambda does.
      vi.resetModules();
      const { api: deployed } = await import("../../functions/app");
      const health = await deployed.request("/api/health");
      expect(health.headers.get("strict-transport-security")).toBe(
        "max-age=63072000; includeSubDomains; preload",
      );
      expect(health.headers.get("content-security-policy")).toContain(
        "frame-ancestors 'none'",
      );
      const login = await deployed.request("/api/auth/login", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-forwarded-for": randomIp(),
        },
        body: JSON.stringify({ email: s.email, password: s.password }),
      });
      expect(login.status).toBe(200);
      expect(login.headers.get("set-cookie")).toMatch(/; Secure/);
      expect(login.headers.get("set-cookie")).toMatch(/HttpOnly/);
    } finally {
      process.env.GOLMOK_LOCAL = saved.local;
      process.env.STAGE = saved.stage;
      vi.resetModules();
    }
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
