import { describe, expect, it } from "vitest";
import { Billing } from "../../core/billing";
import { Plan, type Metric } from "../../core/plan";

const basic = Plan.get("basic", "2026-11");
const plus = Plan.get("plus", "2026-11");
const close = (
  usage: Partial<Record<Metric, number>>,
  plan = basic,
  month = "2026-11",
) =>
  Billing.compute({
    tenantId: "ten_a",
    month,
    plan,
    usage,
    status: "closed",
    closedAt: "2026-11-30T15:30:00.000Z",
  });
const lineOf = (s: ReturnType<typeof close>, m: Metric) =>
  s.lines.find((l) => l.metric === m)!;

describe("statement arithmetic", () => {
  it("charges only the plan fee within the included quotas, VAT inside (3,300 = 3,000 + 300)", () => {
    const s = close({ requests: 700, emails: 53, invoices: 50, payslips: 3 });
    expect(s).toMatchObject({
      tenantId: "ten_a",
      resellerId: null,
      month: "2026-11",
      status: "closed",
      plan: { id: "basic", name: "기본", priceKrw: 3300 },
      planFeeKrw: 3300,
      overageKrw: 0,
      totalKrw: 3300,
      supplyKrw: 3000,
      vatKrw: 300,
    });
    expect(lineOf(s, "invoices")).toMatchObject({
      used: 50,
      included: 100,
      overageUnits: 0,
      amountKrw: 0,
    });
    expect(s.lines.map((l) => l.metric).sort()).toEqual(
      Object.keys(basic.quotas).sort(),
    );
  });

  it("bills each unit past the quota for per-item metrics", () => {
    const s = close({ invoices: 103, payslips: 52, emails: 510 });
    expect(lineOf(s, "invoices")).toMatchObject({
      used: 103,
      included: 100,
      overageUnits: 3,
      overageBlocks: 3,
      per: 1,
      unitPriceKrw: 110,
      amountKrw: 330,
    });
    expect(lineOf(s, "payslips").amountKrw).toBe(2 * 110);
    expect(lineOf(s, "emails").amountKrw).toBe(10 * 11);
    expect(s.overageKrw).toBe(330 + 220 + 110);
    expect(s.totalKrw).toBe(3300 + 660);
    // 3,960 × 100/110 = 3,600 exactly.
    expect([s.supplyKrw, s.vatKrw]).toEqual([3600, 360]);
  });

  it("bills block metrics per started block: one request past 50,000 costs a whole 1,000", () => {
    expect(lineOf(close({ requests: 50_000 }), "requests").amountKrw).toBe(0);
    expect(lineOf(close({ requests: 50_001 }), "requests")).toMatchObject({
      overageUnits: 1,
      overageBlocks: 1,
      per: 1000,
      amountKrw: 110,
    });
    expect(lineOf(close({ requests: 52_000 }), "requests").overageBlocks).toBe(
      2,
    );
    expect(lineOf(close({ requests: 52_001 }), "requests").overageBlocks).toBe(
      3,
    );
  });

  it("keeps DynamoDB's half units to one decimal and bills them per 10,000", () => {
    const s = close({ dbReadUnits: 200_000.5, dbWriteUnits: 100_000.30000001 });
    expect(lineOf(s, "dbReadUnits")).toMatchObject({
      used: 200_000.5,
      overageUnits: 0.5,
      overageBlocks: 1,
      amountKrw: 11,
    });
    expect(lineOf(s, "dbWriteUnits")).toMatchObject({
      used: 100_000.3,
      overageUnits: 0.3,
      amountKrw: 55,
    });
  });

  it("prices everything in multiples of ₩11, so 공급가액 and 부가세 of any total come out whole", () => {
    for (const plan of [basic, plus]) {
      expect(plan.priceKrw % 11).toBe(0);
      for (const o of Object.values(plan.overage))
        expect(o.priceKrw % 11).toBe(0);
    }
    const s = close({ emails: 501 });
    expect(s.totalKrw).toBe(3311);
    expect([s.supplyKrw, s.vatKrw]).toEqual([3010, 301]);
    expect(s.supplyKrw + s.vatKrw).toBe(s.totalKrw);
  });

  it("prices the plus plan from its own row: 5,500 = 5,000 + 500, invoices at 55 past 1,000", () => {
    const s = close({ invoices: 1_002 }, plus);
    expect(s).toMatchObject({
      planFeeKrw: 5500,
      overageKrw: 110,
      totalKrw: 5610,
      supplyKrw: 5100,
      vatKrw: 510,
    });
  });

  it("is what a reseller roll-up can sum: totals are the sum of fee and lines", () => {
    const s = Billing.compute({
      tenantId: "ten_b",
      resellerId: "res_isp",
      month: "2026-11",
      plan: basic,
      usage: { requests: 61_234, invoices: 140, emails: 800 },
      status: "closed",
    });
    expect(s.resellerId).toBe("res_isp");
    expect(s.totalKrw).toBe(
      s.planFeeKrw + s.lines.reduce((n, l) => n + l.amountKrw, 0),
    );
    expect(s.overageKrw).toBe(12 * 110 + 40 * 110 + 300 * 11);
  });

  it("walks months across the year", () => {
    expect(Billing.previousMonth("2027-01")).toBe("2026-12");
    expect(Billing.previousMonth("2026-11")).toBe("2026-10");
    expect(Billing.nextMonth("2026-12")).toBe("2027-01");
    // The cron fires at 15:30 UTC on the last day, which is 00:30 KST on the 1st.
    expect(Billing.monthToClose(Date.parse("2026-11-30T15:30:00Z"))).toBe(
      "2026-11",
    );
    expect(Billing.monthToClose(Date.parse("2026-12-31T15:30:00Z"))).toBe(
      "2026-12",
    );
  });
});

describe("plan limits and alerts", () => {
  it("refuses only API requests, at 5× the included quota; billable documents never", () => {
    expect(Plan.blocked(basic, { requests: 249_999 }, { requests: 1 })).toBe(
      null,
    );
    expect(Plan.blocked(basic, { requests: 250_000 }, { requests: 1 })).toBe(
      "requests",
    );
    expect(
      Plan.blocked(
        basic,
        { invoices: 10_000, payslips: 10_000, emails: 10 ** 6 },
        { invoices: 1, payslips: 1, emails: 1 },
      ),
    ).toBe(null);
  });

  it("names the highest threshold reached whose alert is not yet flagged", () => {
    expect(Plan.alertsDue(basic, { invoices: 79 })).toEqual([]);
    expect(Plan.alertsDue(basic, { invoices: 80 })).toEqual([
      { metric: "invoices", threshold: 80, used: 80, quota: 100 },
    ]);
    expect(
      Plan.alertsDue(basic, { invoices: 99, alert80_invoices: "x" }),
    ).toEqual([]);
    expect(
      Plan.alertsDue(basic, { invoices: 100, alert80_invoices: "x" }),
    ).toEqual([{ metric: "invoices", threshold: 100, used: 100, quota: 100 }]);
    expect(
      Plan.alertsDue(basic, {
        invoices: 150,
        alert80_invoices: "x",
        alert100_invoices: "x",
      }),
    ).toEqual([]);
    expect(
      Plan.alertsDue(basic, { requests: 40_000, emails: 500 }).map(
        (d) => `${d.metric}:${d.threshold}`,
      ),
    ).toEqual(["requests:80", "emails:100"]);
  });

  it("screens flushes with the smallest quota of any plan", () => {
    expect(Plan.smallestQuotas("2026-11").quotas.invoices).toBe(100);
    expect(Plan.smallestQuotas("2026-11").quotas.requests).toBe(50_000);
  });
});
