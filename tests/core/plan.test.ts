import { describe, expect, it } from "vitest";
import { Plan } from "../../core/plan";
import { formatResetKo, kstMonth, nextMonthStart } from "../../core/time";

describe("plans and quotas", () => {
  it("prices the plans VAT included", () => {
    expect(Plan.get("basic", "2026-11")).toMatchObject({
      name: "기본",
      priceKrw: 3300,
    });
    expect(Plan.get("plus", "2026-11")).toMatchObject({
      name: "플러스",
      priceKrw: 5500,
    });
  });
  it("names the first quota that an addition would pass", () => {
    const basic = Plan.get("basic", "2026-11");
    expect(
      Plan.exceeded(basic, { requests: 49_999 }, { requests: 1 }),
    ).toBeNull();
    expect(Plan.exceeded(basic, { requests: 50_000 }, { requests: 1 })).toBe(
      "requests",
    );
    expect(Plan.exceeded(basic, { emails: 500 }, { emails: 1 })).toBe("emails");
    expect(Plan.exceeded(basic, { emails: 500 }, { requests: 1 })).toBeNull();
    expect(
      Plan.exceeded(
        { ...basic, quotas: { ...basic.quotas, emails: null } },
        { emails: 10 ** 9 },
        { emails: 1 },
      ),
    ).toBeNull();
  });
});

describe("Korea time", () => {
  it("starts months at 00:00 KST", () => {
    expect(kstMonth(Date.parse("2026-11-30T14:59:59Z"))).toBe("2026-11");
    expect(kstMonth(Date.parse("2026-11-30T15:00:00Z"))).toBe("2026-12");
    expect(nextMonthStart("2026-11")).toBe("2026-11-30T15:00:00.000Z");
    expect(nextMonthStart("2026-12")).toBe("2026-12-31T15:00:00.000Z");
    expect(formatResetKo(nextMonthStart("2026-12"))).toBe("1월 1일 0시");
  });
});
