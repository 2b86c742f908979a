import { describe, expect, it } from "vitest";
import { passwordProblem } from "../../core/auth/password-policy";
import { hashPassword, verifyPassword } from "../../core/auth/password";

describe("password policy", () => {
  it("accepts passwords of 8+ characters mixing two kinds", () => {
    for (const ok of [
      "haircut-2026",
      "골목미용실2026",
      "Abcdefg1",
      "pass word!",
    ])
      expect(passwordProblem(ok)).toBeNull();
  });
  it("refuses short, long, single-kind, repeated and e-mail-id passwords, in Korean", () => {
    expect(passwordProblem("ab1!")).toContain("8자 이상");
    expect(passwordProblem("a1".repeat(65))).toContain("128자 이하");
    expect(passwordProblem("abcdefghij")).toContain("두 종류");
    expect(passwordProblem("12345678901")).toContain("두 종류");
    expect(passwordProblem("!!!!!!!!!!")).not.toBeNull();
    expect(passwordProblem("kimsalon-2026", "kimsalon@example.com")).toContain(
      "이메일 아이디",
    );
  });
});

describe("password hashing (scrypt)", () => {
  it("verifies the right password only, with a fresh salt each time", async () => {
    const a = await hashPassword("haircut-2026");
    const b = await hashPassword("haircut-2026");
    expect(a).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("haircut-2026", a)).toBe(true);
    expect(await verifyPassword("haircut-2027", a)).toBe(false);
    expect(await verifyPassword("haircut-2026", "garbage")).toBe(false);
  });
  it("treats composed and decomposed Korean the same (NFC)", async () => {
    const composed = "골목미용실2026";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(
      true,
    );
  });
});
