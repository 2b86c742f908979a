import { afterEach, describe, expect, it } from "vitest";
import { Sso } from "../../core/auth/sso";
import { VisibleError } from "../../core/error";
import { epochSeconds } from "../../core/time";

const AUD = Sso.audience("http://app.test", "golmok-tel");
const claims = (over: Partial<Sso.Claims> = {}): Sso.Claims => ({
  aud: AUD,
  rsl: "rsl_01",
  ten: "ten_01",
  usr: "usr_01",
  exp: epochSeconds() + Sso.TTL_SECONDS,
  jti: Sso.newJti(),
  ...over,
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(VisibleError);
    return [(err as VisibleError).kind, (err as VisibleError).code];
  }
  return "no error";
};

afterEach(() => {
  delete process.env.GOLMOK_SSO_SECRET;
});

describe("SSO hand-off tokens", () => {
  it("verifies what it signed and returns the claims", () => {
    const c = claims();
    expect(Sso.verify(Sso.sign(c), AUD)).toEqual(c);
    expect(AUD).toBe("http://app.test/r/golmok-tel");
  });

  it("refuses a changed payload, a changed signature and garbage", () => {
    const token = Sso.sign(claims());
    const [payload, sig] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({ ...claims(), usr: "usr_someone_else" }),
    ).toString("base64url");
    expect(codeOf(() => Sso.verify(`${forged}.${sig}`, AUD))).toEqual([
      "unauthorized",
      "sso_token_invalid",
    ]);
    const flipped = (sig[0] === "A" ? "B" : "A") + sig.slice(1);
    expect(codeOf(() => Sso.verify(`${payload}.${flipped}`, AUD))).toEqual([
      "unauthorized",
      "sso_token_invalid",
    ]);
    for (const bad of ["", "abc", `${payload}.`, `${payload}.${sig}.x`])
      expect(codeOf(() => Sso.verify(bad, AUD))).toEqual([
        "unauthorized",
        "sso_token_invalid",
      ]);
  });

  it("refuses a token signed with another secret", () => {
    process.env.GOLMOK_SSO_SECRET = Buffer.alloc(32, 7).toString("base64");
    const other = Sso.sign(claims());
    process.env.GOLMOK_SSO_SECRET = Buffer.alloc(32, 8).toString("base64");
    expect(codeOf(() => Sso.verify(other, AUD))).toEqual([
      "unauthorized",
      "sso_token_invalid",
    ]);
    expect(Sso.verify(Sso.sign(claims()), AUD).aud).toBe(AUD);
  });

  it("refuses another audience: another reseller's slug or another app origin", () => {
    const token = Sso.sign(claims());
    for (const aud of [
      Sso.audience("http://app.test", "other-isp"),
      Sso.audience("https://evil.example", "golmok-tel"),
    ])
      expect(codeOf(() => Sso.verify(token, aud))).toEqual([
        "unauthorized",
        "sso_audience_mismatch",
      ]);
  });

  it("refuses an expired token, and lives at most 60 seconds", () => {
    expect(Sso.TTL_SECONDS).toBeLessThanOrEqual(60);
    const token = Sso.sign(claims({ exp: epochSeconds() - 1 }));
    expect(codeOf(() => Sso.verify(token, AUD))).toEqual([
      "unauthorized",
      "sso_token_expired",
    ]);
  });

  it("gives every token its own random jti", () => {
    const jtis = new Set(Array.from({ length: 100 }, () => Sso.newJti()));
    expect(jtis.size).toBe(100);
    expect([...jtis][0]).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("refuses a short GOLMOK_SSO_SECRET", () => {
    process.env.GOLMOK_SSO_SECRET = Buffer.alloc(16).toString("base64");
    expect(() => Sso.sign(claims())).toThrow(/32 bytes/);
  });
});
