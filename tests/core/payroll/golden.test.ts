import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { insurance } from "../../../core/payroll/insurance";
import {
  dailyWorkerWithholding,
  withholding,
} from "../../../core/payroll/withholding";
import {
  minimumHourly,
  monthlyWeeklyHolidayPay,
  monthlyWorkedPay,
  weeklyHolidayHours,
} from "../../../core/payroll/wage";

// Golden cases from the issue; each expected figure is worked out here from the rules (DOMAIN-KR §3).
const csv = readFileSync(
  new URL(
    "../../../core/payroll/data/kr-withholding-2026-03.csv",
    import.meta.url,
  ),
  "utf8",
)
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split(",").map(Number));
const cell = (wage: number, family: number) =>
  csv.find(([from, to]) => from <= wage && wage < to)![1 + family];
const t10 = (n: number) => Math.floor(n / 10) * 10; // premiums and taxes: 10원 미만 버림
const all = { pension: true, health: true, employment: true };
const PAY = "2026-04-25";

describe("golden payroll cases (pay date 2026-04-25)", () => {
  it("₩2,500,000 monthly employee, family 1", () => {
    const ins = insurance({ payDate: PAY, base: 2_500_000, enrolled: all });
    // 국민연금 2026: 4.75% of 2,500,000 (within the 2025-07 band 400k–6.37M) = 118,750
    expect(ins.employee.pension).toBe(118_750);
    // 건강보험 3.595% = 89,875 → 89,870 (10원 미만 버림)
    expect(ins.employee.health).toBe(89_870);
    // 장기요양 = 89,870 × 0.9448 / 7.19 = 11,809.4… → 11,800
    expect(ins.employee.longTermCare).toBe(
      t10(Math.floor((89_870 * 9448) / 71900)),
    );
    expect(ins.employee.longTermCare).toBe(11_800);
    // 고용보험 0.9% = 22,500
    expect(ins.employee.employment).toBe(22_500);
    // 고용안정·직능 (employer only) 0.25% = 6,250
    expect(ins.employer.employmentStability).toBe(6_250);
    const w = withholding({
      payDate: PAY,
      taxableWage: 2_500_000,
      family: 1,
      children: 0,
      rate: 100,
    });
    expect(w.incomeTax).toBe(cell(2_500_000, 1));
    expect(w.localIncomeTax).toBe(t10(w.incomeTax / 10));
  });

  it("₩3,010,000 employee, family 2, one child aged 10", () => {
    const ins = insurance({ payDate: PAY, base: 3_010_000, enrolled: all });
    expect(ins.employee.pension).toBe(t10(3_010_000 * 0.0475)); // 142,975 → 142,970
    expect(ins.employee.pension).toBe(142_970);
    expect(ins.employee.health).toBe(
      t10(Math.floor((3_010_000 * 3595) / 100_000)),
    ); // 108,209 → 108,200
    expect(ins.employee.employment).toBe(27_090);
    const w = withholding({
      payDate: PAY,
      taxableWage: 3_010_000,
      family: 2,
      children: 1,
      rate: 100,
    });
    // Table cell for 3,000,000 ≤ W < 3,020,000, family 2, minus the one-child reduction ₩20,830.
    expect(w.incomeTax).toBe(t10(cell(3_010_000, 2) - 20_830));
  });

  it("₩8,000,000 employee: the pension base is capped", () => {
    const ins = insurance({ payDate: PAY, base: 8_000_000, enrolled: all });
    // 2025-07 → 2026-06 cap ₩6,370,000: 6,370,000 × 4.75% = 302,575 → 302,570
    expect(ins.pensionBase).toBe(6_370_000);
    expect(ins.pensionFloorCapApplied).toBe("cap");
    expect(ins.employee.pension).toBe(302_570);
    // From 2026-07 the cap is ₩6,590,000: 313,025 → 313,020
    expect(
      insurance({ payDate: "2026-07-25", base: 8_000_000, enrolled: all })
        .employee.pension,
    ).toBe(313_020);
    // Health has no such cap here: 8,000,000 × 3.595% = 287,600
    expect(ins.employee.health).toBe(287_600);
  });

  it("part-timer at the 2026 minimum wage, 20 h a week, with 주휴수당", () => {
    const hourly = minimumHourly(PAY);
    expect(hourly).toBe(10_320);
    // 주휴: 20 h/week ≥ 15 → 20 / 5 = 4 h a week.
    expect(weeklyHolidayHours(20)).toBe(4);
    // Monthly (365/7/12 weeks): worked 20 × 10,320 × 4.345… = 896,857; 주휴 4 × 10,320 × 4.345… = 179,371
    expect(monthlyWorkedPay(hourly, 20)).toBe(
      Math.floor((20 * 10_320 * 365) / 84),
    );
    expect(monthlyWeeklyHolidayPay(hourly, 20)).toBe(
      Math.floor((4 * 10_320 * 365) / 84),
    );
    const gross =
      monthlyWorkedPay(hourly, 20) + monthlyWeeklyHolidayPay(hourly, 20);
    expect(gross).toBe(1_076_228);
    const ins = insurance({ payDate: PAY, base: gross, enrolled: all });
    // Pension base: 1,076,000 (천원 미만 버림) × 4.75% = 51,110
    expect(ins.employee.pension).toBe(51_110);
    // Below ₩770,000? No: 1,076,000 is in the table, family 1 → the cell (0 at this wage).
    expect(
      withholding({
        payDate: PAY,
        taxableWage: gross,
        family: 1,
        children: 0,
        rate: 100,
      }).incomeTax,
    ).toBe(cell(1_076_000, 1));
    // Under 15 h a week there is no 주휴수당.
    expect(monthlyWeeklyHolidayPay(hourly, 14)).toBe(0);
  });

  it("daily worker at ₩200,000 a day", () => {
    // (200,000 − 150,000) × 6% × (1 − 55%) = 1,350; 지방소득세 135 → 130
    expect(dailyWorkerWithholding(200_000)).toEqual({
      incomeTax: 1_350,
      localIncomeTax: 130,
    });
    // 고용보험 applies to daily workers too: 0.9% = 1,800
    expect(
      insurance({
        payDate: PAY,
        base: 200_000,
        enrolled: { pension: false, health: false, employment: true },
      }).employee.employment,
    ).toBe(1_800);
  });

  it("uses the 2025 rates for 2025 pay dates", () => {
    const ins = insurance({
      payDate: "2025-11-25",
      base: 2_500_000,
      enrolled: all,
    });
    expect(ins.employee.pension).toBe(112_500); // 4.5%
    expect(ins.employee.health).toBe(88_620); // 3.545% = 88,625 → 88,620
    expect(ins.employee.longTermCare).toBe(
      t10(Math.floor((88_620 * 1295) / 10000)),
    ); // 12.95% of health
  });
});
