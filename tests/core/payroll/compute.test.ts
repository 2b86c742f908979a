import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeLine, type EmployeeTerms } from "../../../core/payroll/compute";

const base: EmployeeTerms = {
  id: "emp_test",
  name: "김미용",
  payType: "monthly",
  baseMonthly: 2_300_000,
  hourlyWage: 0,
  weeklyHours: 40,
  dailyWage: 0,
  nonTaxable: { meal: 200_000, car: 0, childcare: 0 },
  family: 1,
  children: 0,
  withholdingRate: 100,
  insurance: { pension: true, health: true, employment: true },
  hasRrn: true,
};
const noHours = {
  employeeId: "emp_test",
  overtimeHours: 0,
  nightHours: 0,
  holidayHours: 0,
  workDays: 0,
  bonus: 0,
};

describe("a month's pay line", () => {
  it("itemises earnings and deductions with their basis; the meal allowance is not taxed", () => {
    const line = computeLine(base, noHours, "2026-04-25", false);
    expect(line.gross).toBe(2_500_000);
    expect(line.nonTaxable).toBe(200_000);
    expect(line.taxable).toBe(2_300_000);
    expect(line.earnings.map((i) => i.label)).toEqual(["기본급", "식대"]);
    expect(line.deductions.map((i) => i.label)).toEqual([
      "국민연금",
      "건강보험",
      "장기요양보험",
      "고용보험",
      "소득세",
      "지방소득세",
    ]);
    // Premium base is pay minus non-taxable pay: 2,300,000 × 4.75% = 109,250
    expect(line.deductions.find((d) => d.code === "pension")!.amount).toBe(
      109_250,
    );
    for (const item of [...line.earnings, ...line.deductions])
      expect(item.basis.length).toBeGreaterThan(0);
    expect(line.net).toBe(line.gross - line.totalDeductions);
    expect(line.employerCost).toBeGreaterThan(line.gross);
  });

  it("pays overtime at 1.5× the ordinary hourly wage only at workplaces with 5+ workers", () => {
    const input = { ...noHours, overtimeHours: 10 };
    const hourly = Math.floor(2_300_000 / 209);
    const small = computeLine(base, input, "2026-04-25", false).earnings.find(
      (i) => i.code === "overtime",
    )!;
    const large = computeLine(base, input, "2026-04-25", true).earnings.find(
      (i) => i.code === "overtime",
    )!;
    expect(small.amount).toBe(10 * hourly);
    expect(large.amount).toBe(Math.floor(10 * hourly * 1.5));
  });

  it("warns below the minimum wage and when the resident number is missing", () => {
    const line = computeLine(
      { ...base, baseMonthly: 2_000_000, hasRrn: false },
      noHours,
      "2026-04-25",
      false,
    );
    expect(line.warnings.join(" ")).toContain("최저임금");
    expect(line.warnings.join(" ")).toContain("주민등록번호");
  });

  it("flags insured part-timers under 60 hours a month (usually excluded from 4대보험)", () => {
    const partTimer = {
      ...base,
      payType: "hourly" as const,
      hourlyWage: 10_320,
      weeklyHours: 12,
      nonTaxable: { meal: 0, car: 0, childcare: 0 },
    };
    // 12 h/week × 365/7/12 = 52.1 h/month
    expect(
      computeLine(partTimer, noHours, "2026-04-25", false).warnings.join(" "),
    ).toContain("60시간 미만");
    const notInsured = {
      ...partTimer,
      insurance: { pension: false, health: false, employment: false },
    };
    expect(
      computeLine(notInsured, noHours, "2026-04-25", false).warnings.join(" "),
    ).not.toContain("60시간 미만");
    expect(
      computeLine(
        { ...partTimer, weeklyHours: 15 },
        noHours,
        "2026-04-25",
        false,
      ).warnings.join(" "),
    ).not.toContain("60시간 미만");
  });

  it("money stays exact: deductions never exceed gross and net = gross − deductions (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 700_000, max: 30_000_000 }),
        fc.integer({ min: 0, max: 400_000 }),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom(80, 100, 120),
        fc.integer({ min: 0, max: 60 }),
        (pay, meal, family, kids, rate, overtime) => {
          const children = Math.min(kids, family - 1);
          const line = computeLine(
            {
              ...base,
              baseMonthly: pay,
              nonTaxable: { meal, car: 0, childcare: 0 },
              family,
              children,
              withholdingRate: rate as 80 | 100 | 120,
            },
            { ...noHours, overtimeHours: overtime },
            "2026-09-25",
            true,
          );
          for (const i of [
            ...line.earnings,
            ...line.deductions,
            ...line.employer,
          ])
            expect(Number.isInteger(i.amount)).toBe(true);
          expect(line.totalDeductions).toBeLessThanOrEqual(line.gross);
          expect(line.net).toBe(line.gross - line.totalDeductions);
          expect(line.gross).toBe(
            line.earnings.reduce((s, i) => s + i.amount, 0),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("daily workers: per-day withholding × days", () => {
    const line = computeLine(
      {
        ...base,
        payType: "daily",
        dailyWage: 200_000,
        nonTaxable: { meal: 0, car: 0, childcare: 0 },
        insurance: { pension: false, health: false, employment: true },
      },
      { ...noHours, workDays: 5 },
      "2026-04-25",
      false,
    );
    expect(line.gross).toBe(1_000_000);
    expect(line.deductions.find((d) => d.code === "incomeTax")!.amount).toBe(
      5 * 1_350,
    );
    expect(
      line.deductions.find((d) => d.code === "localIncomeTax")!.amount,
    ).toBe(5 * 130);
  });
});
