import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { table } from "../../../core/payroll/data/kr-withholding-2026-03";
import {
  childReduction,
  dailyWorkerWithholding,
  tableAmount,
  withholding,
} from "../../../core/payroll/withholding";

// The project's own copy of the statutory table (never ../shared): core/payroll/data/.
const csvText = readFileSync(
  new URL(
    "../../../core/payroll/data/kr-withholding-2026-03.csv",
    import.meta.url,
  ),
  "utf8",
);
const csvRows = csvText
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split(",").map(Number));
const PAY = "2026-03-25";

describe("근로소득 간이세액표 data", () => {
  it("the shipped module reproduces the CSV byte for byte, and the CSV has its recorded checksum", () => {
    expect(createHash("sha256").update(csvText).digest("hex")).toBe(
      table.csvSha256,
    );
    const rebuilt =
      [
        "from_krw,to_krw,f1,f2,f3,f4,f5,f6,f7,f8,f9,f10,f11",
        ...table.rows.map((r) => r.join(",")),
      ].join("\n") + "\n";
    expect(rebuilt).toBe(csvText);
    expect(table.rows).toHaveLength(647);
  });
});

describe("withholding lookup returns the statutory cell", () => {
  it("for every row and every family size 1–11, at both ends of the row", () => {
    let checked = 0;
    for (const [from, to, ...taxes] of csvRows) {
      const lastWageInRow = to === from + 1 ? from : to - 1000; // wages are truncated to thousands
      for (let family = 1; family <= 11; family++) {
        expect(tableAmount(PAY, from, family)).toBe(taxes[family - 1]);
        expect(tableAmount(PAY, lastWageInRow + 999, family)).toBe(
          taxes[family - 1],
        );
        checked += 2;
      }
    }
    expect(checked).toBe(647 * 11 * 2);
  });

  it("is zero below ₩770,000 and uses the 10,000,000 line at exactly ₩10,000,000", () => {
    expect(tableAmount(PAY, 769_999, 1)).toBe(0);
    expect(tableAmount(PAY, 10_000_000, 1)).toBe(1_507_400);
    expect(tableAmount(PAY, 10_000_999, 3)).toBe(1_200_840); // truncated to 10,000,000
  });

  it("computes the bands above ₩10,000,000 (별표 2) from the 10M line", () => {
    // 10M < W ≤ 14M: T_10M + 25,000 + (W − 10M) × 0.98 × 35%
    expect(tableAmount(PAY, 12_000_000, 1)).toBe(
      1_507_400 + 25_000 + Math.floor(2_000_000 * 0.98 * 0.35),
    );
    // 14M < W ≤ 28M: T_10M + 1,397,000 + (W − 14M) × 0.98 × 38%
    expect(tableAmount(PAY, 20_000_000, 2)).toBe(
      1_431_570 + 1_397_000 + Math.floor(6_000_000 * 0.98 * 0.38),
    );
    // 30M < W ≤ 45M: T_10M + 7,394,600 + (W − 30M) × 40%
    expect(tableAmount(PAY, 40_000_000, 1)).toBe(
      1_507_400 + 7_394_600 + 4_000_000,
    );
    // over 87M: + 31,034,600 + (W − 87M) × 45%
    expect(tableAmount(PAY, 100_000_000, 1)).toBe(
      1_507_400 + 31_034_600 + Math.floor(13_000_000 * 0.45),
    );
    // The bands join: each `add` is the previous band's value at its upper bound.
    expect(tableAmount(PAY, 14_000_000, 1)).toBe(
      1_507_400 + 25_000 + Math.floor(4_000_000 * 0.98 * 0.35),
    );
    expect(tableAmount(PAY, 14_000_000, 1)).toBe(1_507_400 + 1_397_000);
  });

  it("extrapolates beyond 11 family members: T(11) − (T(10) − T(11)) × (n − 11), never negative", () => {
    const row = csvRows.find(([from]) => from === 5_000_000)!;
    const [t10, t11] = [row[2 + 9], row[2 + 10]];
    expect(tableAmount(PAY, 5_000_000, 12)).toBe(t11 - (t10 - t11));
    expect(tableAmount(PAY, 5_000_000, 13)).toBe(
      Math.max(0, t11 - (t10 - t11) * 2),
    );
    expect(tableAmount(PAY, 5_000_000, 40)).toBe(0);
  });

  it("applies the 2026 child reduction and the worker's 80/120% election", () => {
    expect(childReduction(PAY, 0)).toBe(0);
    expect(childReduction(PAY, 1)).toBe(20_830);
    expect(childReduction(PAY, 2)).toBe(45_830);
    expect(childReduction(PAY, 4)).toBe(45_830 + 2 * 33_330);
    // ₩3,010,000, family 2: row 3,000,000–3,020,000, f2 = the table cell; one child aged 10.
    const cell = csvRows.find(([from]) => from === 3_000_000)![3];
    const w = withholding({
      payDate: PAY,
      taxableWage: 3_010_000,
      family: 2,
      children: 1,
      rate: 100,
    });
    expect(w.tableAmount).toBe(cell);
    expect(w.incomeTax).toBe(Math.floor((cell - 20_830) / 10) * 10);
    expect(w.localIncomeTax).toBe(Math.floor(w.incomeTax / 10 / 10) * 10);
    const w80 = withholding({
      payDate: PAY,
      taxableWage: 3_010_000,
      family: 2,
      children: 1,
      rate: 80,
    });
    expect(w80.incomeTax).toBe(Math.floor(((cell - 20_830) * 0.8) / 10) * 10);
    const w120 = withholding({
      payDate: PAY,
      taxableWage: 3_010_000,
      family: 2,
      children: 1,
      rate: 120,
    });
    expect(w120.incomeTax).toBe(Math.floor(((cell - 20_830) * 1.2) / 10) * 10);
    // A reduction larger than the tax leaves zero, never a negative tax.
    expect(
      withholding({
        payDate: PAY,
        taxableWage: 1_600_000,
        family: 3,
        children: 3,
        rate: 100,
      }).incomeTax,
    ).toBe(0);
  });

  it("refuses pay dates before the first table it ships", () => {
    expect(() => tableAmount("2026-02-25", 3_000_000, 1)).toThrow(/간이세액표/);
  });
});

describe("daily workers (일용근로자)", () => {
  it("withholds (일급 − 150,000) × 6% × 45%, nothing under ₩1,000", () => {
    // ₩200,000/day: (200,000 − 150,000) × 0.06 × 0.45 = 1,350; local tax 10% = 135 → 130.
    expect(dailyWorkerWithholding(200_000)).toEqual({
      incomeTax: 1_350,
      localIncomeTax: 130,
    });
    expect(dailyWorkerWithholding(187_000)).toEqual({
      incomeTax: 0,
      localIncomeTax: 0,
    }); // 999 won → 0
    expect(dailyWorkerWithholding(188_000).incomeTax).toBe(1_020);
    expect(dailyWorkerWithholding(100_000).incomeTax).toBe(0);
  });
});
