import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formatBizNo, isValidBizNo, normalizeBizNo } from "../../core/kr/bizno";

// The rule as DOMAIN-KR §1 states it, computed independently of the implementation.
function checkDigit(d: number[]): number {
  const w = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  const sum =
    d.slice(0, 9).reduce((s, x, i) => s + x * w[i], 0) +
    Math.floor((d[8] * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

describe("사업자등록번호 checksum", () => {
  it("accepts the documented example with or without dashes and spaces", () => {
    expect(isValidBizNo("120-81-47521")).toBe(true);
    expect(isValidBizNo("1208147521")).toBe(true);
    expect(isValidBizNo(" 120 81 47521 ")).toBe(true);
  });

  it("refuses every single-digit change of a valid number", () => {
    const digits = [..."1208147521"].map(Number);
    for (let i = 0; i < 10; i++)
      for (let x = 0; x < 10; x++) {
        if (x === digits[i]) continue;
        const changed = [...digits];
        changed[i] = x;
        // Changing d8 can leave the check digit intact only if the ⌊d8·5/10⌋ term compensates: compute.
        expect(isValidBizNo(changed.join(""))).toBe(
          checkDigit(changed) === changed[9],
        );
      }
  });

  it("agrees with the rule on random numbers", () => {
    for (let n = 0; n < 500; n++) {
      const d = Array.from({ length: 10 }, () => randomInt(10));
      expect(isValidBizNo(d.join(""))).toBe(checkDigit(d) === d[9]);
    }
  });

  it("refuses wrong lengths and letters", () => {
    for (const bad of [
      "",
      "120814752",
      "12081475210",
      "120-81-4752a",
      "abcdefghij",
    ])
      expect(isValidBizNo(bad)).toBe(false);
    expect(normalizeBizNo("120-81-4752")).toBeNull();
  });

  it("formats as 123-45-67890", () => {
    expect(formatBizNo("1208147521")).toBe("120-81-47521");
    expect(formatBizNo("120-81-47521")).toBe("120-81-47521");
  });
});
