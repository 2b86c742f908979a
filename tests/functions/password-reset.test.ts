import { describe, expect, it } from "vitest";
import {
  call,
  linkToken,
  login,
  mailbox,
  newTenant,
  randomIp,
  uniqueEmail,
} from "../support/api";

describe("password reset", () => {
  it("answers the same for known and unknown addresses; only the account holder gets a link", async () => {
    const s = await newTenant();
    const unknown = uniqueEmail("nobody");
    const a = await call("POST", "/api/auth/password-reset", {
      body: { email: s.email },
    });
    const b = await call("POST", "/api/auth/password-reset", {
      body: { email: unknown },
    });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.json).toEqual(b.json);
    const mails = await mailbox(s.email, { wait: 2 }); // verification + reset
    expect(mails.map((m) => m.subject)).toContainEqual(
      expect.stringContaining("비밀번호 재설정"),
    );
    await expect(mailbox(unknown, { timeoutMs: 500 })).rejects.toThrow(
      /no e-mail/,
    );
  });

  it("the link sets a new password once; the old one stops working", async () => {
    const s = await newTenant();
    await call("POST", "/api/auth/password-reset", {
      body: { email: s.email },
    });
    const reset = (await mailbox(s.email, { wait: 2 })).find((m) =>
      m.subject.includes("재설정"),
    )!;
    const token = linkToken(reset, "/reset");
    const weak = await call("POST", "/api/auth/password-reset/confirm", {
      body: { token, password: "short" },
    });
    expect(weak.status).toBe(400);
    expect(weak.json.fields[0].field).toBe("password");
    const ok = await call("POST", "/api/auth/password-reset/confirm", {
      body: { token, password: "new-secret-77" },
    });
    expect(ok.status).toBe(200);
    const again = await call("POST", "/api/auth/password-reset/confirm", {
      body: { token, password: "other-secret-88" },
    });
    expect(again.status).toBe(400);
    expect(again.json.code).toBe("token_invalid");
    const old = await call("POST", "/api/auth/login", {
      body: { email: s.email, password: s.password },
    });
    expect(old.status).toBe(401);
    expect((await login(s.email, "new-secret-77")).tenantId).toBe(s.tenantId);
  });

  it("refuses a made-up token", async () => {
    const res = await call("POST", "/api/auth/password-reset/confirm", {
      body: { token: "x".repeat(43), password: "new-secret-77" },
    });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe("token_invalid");
  });

  it("limits reset requests per account with a Korean 429 and Retry-After", async () => {
    const email = uniqueEmail("flood");
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await call("POST", "/api/auth/password-reset", {
        body: { email },
        ip: randomIp(),
      });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.json.code).toBe("rate_limited");
    expect(last!.json.message).toMatch(/분 후에 다시 시도/);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
