import { describe, expect, it } from "vitest";
import type { Industry, TaxType } from "../../core/auth/schema";
import { VisibleError } from "../../core/error";
import {
  ACCOUNTS,
  accountByCode,
  accountsFor,
  defaultAccount,
  isAccount,
} from "../../core/ledger/accounts";
import type { EntryKind, Evidence, TotalCell } from "../../core/ledger/types";
import {
  addCells,
  generalVatReport,
  incomeSummary,
  monthTotalsSeries,
  parseVatPeriod,
  simplifiedVatReport,
  vatPeriodOf,
  vatPeriods,
} from "../../core/ledger/vat";
import { splitVat } from "../../core/ledger/split";

// n entries adding up to a VAT-inclusive total, as the ledger records them for a shop of this tax
// type: split by splitVat, deductible from the account.
const book =
  (taxType: TaxType) =>
  (
    kind: EntryKind,
    account: string,
    evidence: Evidence,
    total: number,
    n = 1,
  ): TotalCell => {
    const { amount, vat } = splitVat(total, { taxType, evidence, kind });
    const deductible =
      kind === "income" || accountByCode(account)!.vatDeductible;
    return { kind, account, evidence, deductible, n, amount, vat };
  };
const g = book("general");
const s = book("simplified");

const weekday = (date: string) =>
  "일월화수목금토"[new Date(`${date}T00:00:00Z`).getUTCDay()];

function visibleCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof VisibleError) return e.code;
    throw e;
  }
  return undefined;
}

describe("splitVat (공급가액 + 부가세 from an inclusive total)", () => {
  const general = { taxType: "general", kind: "expense" } as const;

  it("splits ₩11,000 on a card slip into 10,000 + 1,000", () => {
    // 11,000 × 100/110 = 10,000 exactly; 부가세 = 11,000 − 10,000.
    expect(splitVat(11_000, { ...general, evidence: "card" })).toEqual({
      amount: 10_000,
      vat: 1_000,
    });
  });

  it("rounds an awkward total to the nearest won and keeps the sum", () => {
    // 10,001 × 100/110 = 9,091.81… → 9,092; 부가세 = 10,001 − 9,092 = 909.
    const s = splitVat(10_001, { ...general, evidence: "taxInvoice" });
    expect(s).toEqual({ amount: 9_092, vat: 909 });
    expect(s.amount + s.vat).toBe(10_001);
  });

  it("keeps every total exact, within half a won of 100/110, mirrored for reversals", () => {
    const bad: number[] = [];
    for (let total = 1; total <= 20_000; total += 3) {
      const p = splitVat(total, { ...general, evidence: "cashReceipt" });
      const r = splitVat(-total, { ...general, evidence: "cashReceipt" });
      const ok =
        Number.isInteger(p.amount) &&
        p.amount + p.vat === total &&
        // |공급가액 − total·10/11| ≤ ½  ⇔  |11·공급가액 − 10·total| ≤ 5.5
        Math.abs(11 * p.amount - 10 * total) <= 5.5 &&
        r.amount === -p.amount &&
        r.vat === -p.vat;
      if (!ok) bad.push(total);
    }
    expect(bad).toEqual([]);
  });

  it("never splits 계산서, 영수증 or 없음", () => {
    for (const evidence of ["invoice", "receipt", "none"] as const)
      expect(splitVat(11_000, { ...general, evidence })).toEqual({
        amount: 11_000,
        vat: 0,
      });
  });

  it("keeps 간이·면세 amounts VAT-inclusive", () => {
    for (const taxType of ["simplified", "exempt"] as const) {
      expect(
        splitVat(33_000, { taxType, evidence: "card", kind: "expense" }),
      ).toEqual({ amount: 33_000, vat: 0 });
      // Their own sales, even on a 세금계산서, are recorded as 공급대가.
      expect(
        splitVat(33_000, { taxType, evidence: "taxInvoice", kind: "income" }),
      ).toEqual({ amount: 33_000, vat: 0 });
    }
  });

  it("still splits a 세금계산서 a 간이·면세 shop receives", () => {
    // 33,000 × 100/110 = 30,000; 부가세 3,000.
    for (const kind of ["expense", "asset"] as const)
      expect(
        splitVat(33_000, {
          taxType: "simplified",
          evidence: "taxInvoice",
          kind,
        }),
      ).toEqual({ amount: 30_000, vat: 3_000 });
    expect(
      splitVat(33_000, {
        taxType: "exempt",
        evidence: "taxInvoice",
        kind: "expense",
      }),
    ).toEqual({ amount: 30_000, vat: 3_000 });
  });

  it("refuses fractions of a won", () => {
    expect(() => splitVat(100.5, { ...general, evidence: "card" })).toThrow(
      RangeError,
    );
  });
});

describe("간편장부 accounts", () => {
  it("has unique ASCII codes", () => {
    const codes = ACCOUNTS.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z][a-z_]*$/);
  });

  it("lists the industry's own account first", () => {
    const first = (industry: Industry) =>
      accountsFor(industry, "expense")[0].name;
    expect(first("salon")).toBe("미용재료비");
    expect(first("carRepair")).toBe("부품비");
    expect(first("restaurant")).toBe("식자재");
    expect(first("optician")).toBe("안경·렌즈 매입");
    expect(first("retail")).toBe("상품매입");
    expect(first("other")).toBe("상품매입");
    expect(defaultAccount("salon", "expense")).toBe("hair_supplies");
    expect(defaultAccount("salon", "income")).toBe("sales");
    expect(defaultAccount("salon", "asset")).toBe("equipment");
  });

  it("shows each industry only its own material account, and every usual expense", () => {
    const salon = accountsFor("salon", "expense").map((a) => a.code);
    expect(salon).not.toContain("parts");
    expect(salon).toContain("purchases");
    const names = accountsFor("salon", "expense").map((a) => a.name);
    for (const usual of [
      "급료",
      "제세공과금",
      "임차료",
      "지급이자",
      "접대비",
      "기부금",
      "감가상각비",
      "차량유지비",
      "지급수수료",
      "소모품비",
      "복리후생비",
      "운반비",
      "광고선전비",
      "여비교통비",
      "통신비",
      "수도광열비",
      "보험료",
      "수선비",
      "기타",
    ])
      expect(names).toContain(usual);
    expect(accountsFor("retail", "asset").map((a) => a.name)).toEqual([
      "비품",
      "시설장치",
      "차량운반구",
      "기타자산",
    ]);
  });

  it("marks 접대비 and 차량운반구 input VAT non-deductible", () => {
    expect(accountByCode("entertainment")!.vatDeductible).toBe(false);
    expect(accountByCode("vehicles")!.vatDeductible).toBe(false);
    expect(accountByCode("supplies")!.vatDeductible).toBe(true);
    expect(accountByCode("insurance_employer")!.reportAs).toBe("welfare");
    expect(isAccount("welfare")).toBe(true);
    expect(isAccount("nope")).toBe(false);
  });
});

describe("과세기간 (부가가치세법 §5, §48, §49)", () => {
  it("splits the year into 1기 Jan–Jun and 2기 Jul–Dec", () => {
    const [h1, h2] = vatPeriods(2026);
    expect(h1).toMatchObject({
      id: "2026-1",
      from: "2026-01-01",
      to: "2026-06-30",
    });
    expect(h1.months).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
    ]);
    expect(h2).toMatchObject({
      id: "2026-2",
      from: "2026-07-01",
      to: "2026-12-31",
    });
    expect(h2.months[5]).toBe("2026-12");
    expect(h1.preliminary).toMatchObject({
      from: "2026-01-01",
      to: "2026-03-31",
    });
    expect(h2.preliminary).toMatchObject({
      from: "2026-07-01",
      to: "2026-09-30",
    });
  });

  it("is due on the 25th after the quarter, moved past weekends (국세기본법 §5①)", () => {
    const [h1, h2] = vatPeriods(2026);
    // 2026-04-25 and 07-25 are Saturdays, 10-25 a Sunday: the next Monday. 2027-01-25 is a Monday.
    expect(weekday("2026-04-25")).toBe("토");
    expect(h1.preliminary).toMatchObject({
      due: "2026-04-25",
      deadline: "2026-04-27",
    });
    expect(weekday("2026-07-25")).toBe("토");
    expect(h1.final).toMatchObject({
      due: "2026-07-25",
      deadline: "2026-07-27",
    });
    expect(weekday("2026-10-25")).toBe("일");
    expect(h2.preliminary).toMatchObject({
      due: "2026-10-25",
      deadline: "2026-10-26",
    });
    expect(weekday("2027-01-25")).toBe("월");
    expect(h2.final).toMatchObject({
      due: "2027-01-25",
      deadline: "2027-01-25",
    });
  });

  it("finds the period of a date or month", () => {
    expect(vatPeriodOf("2026-06-30").id).toBe("2026-1");
    expect(vatPeriodOf("2026-07-01").id).toBe("2026-2");
    expect(vatPeriodOf("2026-12").id).toBe("2026-2");
    expect(visibleCode(() => vatPeriodOf("2026-13-01"))).toBe("bad_vat_period");
  });

  it("parses '2026-1' and '2026-2' and nothing else", () => {
    expect(parseVatPeriod("2026-1")).toEqual(vatPeriods(2026)[0]);
    expect(parseVatPeriod("2026-2")).toEqual(vatPeriods(2026)[1]);
    for (const bad of [
      "2026-3",
      "2026-0",
      "2026-01",
      "26-1",
      "2026-1 ",
      "2026/1",
      "2026",
      "",
      "1999-1",
    ])
      expect(visibleCode(() => parseVatPeriod(bad))).toBe("bad_vat_period");
  });
});

describe("일반과세자 VAT report", () => {
  it("adds 매출세액 by evidence and deducts only deductible 매입세액", () => {
    const cells = addCells(
      [
        g("income", "sales", "taxInvoice", 3_300_000, 2), // 3,000,000 + 300,000
        g("income", "sales", "card", 4_400_000, 80), // 4,000,000 + 400,000
        g("income", "sales", "cashReceipt", 1_100_000, 20), // 1,000,000 + 100,000
        g("income", "sales", "none", 1_100_000, 10), // cash: recorded inclusive
        g("income", "other_income", "none", 50_000), // 이자: no supply
        g("expense", "hair_supplies", "taxInvoice", 2_200_000, 3), // 2,000,000 + 200,000
        g("expense", "entertainment", "card", 220_000), // 200,000 + 20,000, not deductible
        g("expense", "rent", "receipt", 500_000), // no input VAT
        g("expense", "salaries", "none", 2_000_000), // no input VAT
      ],
      [
        // The next month of the period: same cells, added up.
        g("income", "sales", "card", 1_100_000, 40), // 1,000,000 + 100,000
        g("expense", "supplies", "card", 330_000, 5), // 300,000 + 30,000
        g("expense", "supplies", "cashReceipt", 110_000), // 100,000 + 10,000
      ],
    );
    const r = generalVatReport(cells);

    expect(r.sales.taxInvoice).toEqual({
      n: 2,
      supply: 3_000_000,
      vat: 300_000,
    });
    // 카드·현금영수증: 4,000,000 + 1,000,000 + 1,000,000 supply, 400,000 + 100,000 + 100,000 VAT.
    expect(r.sales.cardCash).toEqual({
      n: 80 + 40 + 20,
      supply: 6_000_000,
      vat: 600_000,
    });
    // A cash sale without evidence still owes VAT: 1,100,000 × 100/110 = 1,000,000 + 100,000.
    expect(r.sales.other).toEqual({ n: 10, supply: 1_000_000, vat: 100_000 });
    expect(r.sales.total).toEqual({
      n: 2 + 140 + 10,
      supply: 10_000_000,
      vat: 1_000_000,
    });

    expect(r.purchases.taxInvoice).toEqual({
      n: 3,
      supply: 2_000_000,
      vat: 200_000,
    });
    // The 접대비 card slip is not among the deductible card purchases.
    expect(r.purchases.card).toEqual({ n: 5, supply: 300_000, vat: 30_000 });
    expect(r.purchases.cashReceipt).toEqual({
      n: 1,
      supply: 100_000,
      vat: 10_000,
    });
    expect(r.nonDeductible).toEqual({ n: 1, supply: 200_000, vat: 20_000 });
    expect(r.withoutInputVat).toEqual({ n: 2, amount: 2_500_000 });

    const output = 300_000 + 600_000 + 100_000;
    const input = 200_000 + 30_000 + 10_000;
    expect(r.outputVat).toBe(output);
    expect(r.inputVat).toBe(input);
    expect(r.payable).toBe(output - input); // 760,000
  });

  it("keeps 면세 sales on 계산서 outside 과세표준", () => {
    const r = generalVatReport([g("income", "sales", "invoice", 500_000, 4)]);
    expect(r.sales.exempt).toEqual({ n: 4, supply: 500_000 });
    expect(r.sales.total).toEqual({ n: 0, supply: 0, vat: 0 });
    expect(r.payable).toBe(0);
  });

  it("goes negative (환급) when the period's purchases outweigh its sales", () => {
    const r = generalVatReport([
      g("income", "sales", "card", 5_500_000), // 5,000,000 + 500,000
      g("asset", "equipment", "taxInvoice", 33_000_000), // 30,000,000 + 3,000,000
    ]);
    expect(r.outputVat).toBe(500_000);
    expect(r.inputVat).toBe(3_000_000);
    expect(r.payable).toBe(500_000 - 3_000_000);
    expect(r.payable).toBeLessThan(0);
  });
});

describe("간이과세자 VAT report (부가가치세법 §63, §69)", () => {
  it("owes nothing below ₩48,000,000 공급대가", () => {
    const r = simplifiedVatReport(
      [s("income", "sales", "card", 47_999_999, 900)],
      "salon",
      2026,
    );
    expect(r.sales.total).toBe(47_999_999);
    expect(r.exempt).toBe(true);
    expect(r.payable).toBe(0);
    expect(r.invoiceRequired).toBe(false);
    // Exactly ₩48,000,000 is not "below": the tax is due.
    const at = simplifiedVatReport(
      [s("income", "sales", "card", 48_000_000)],
      "salon",
      2026,
    );
    expect(at.exempt).toBe(false);
    expect(at.payable).toBe((48_000_000 * 30) / 100 / 10);
  });

  it("computes a restaurant above the threshold: 15%, less 0.5% of invoiced purchases", () => {
    const r = simplifiedVatReport(
      [
        s("income", "sales", "card", 50_000_000, 4000),
        s("income", "sales", "none", 10_000_000, 300), // cash, still 공급대가
        s("income", "other_income", "none", 80_000), // 이자: not a supply
        s("expense", "ingredients", "taxInvoice", 11_000_000), // split: 10,000,000 + 1,000,000
        s("expense", "supplies", "card", 2_200_000),
        s("expense", "ingredients", "invoice", 5_000_000), // 계산서 (면세 농산물): no credit
        s("expense", "entertainment", "card", 1_100_000), // 불공제: no credit ⚠
        s("expense", "rent", "receipt", 1_500_000),
      ],
      "restaurant",
      2026,
    );
    const sales = 50_000_000 + 10_000_000;
    const tax = (sales * 15) / 100 / 10; // 900,000
    const purchases = 11_000_000 + 2_200_000;
    const credit = (purchases * 5) / 1000; // 66,000
    expect(r.sales).toEqual({ n: 4300, total: sales });
    expect(r.valueAddedBp).toBe(1500);
    expect(r.computedTax).toBe(tax);
    expect(r.purchases).toEqual({ n: 2, total: purchases });
    expect(r.purchaseCredit).toBe(credit);
    expect(r.exempt).toBe(false);
    expect(r.payable).toBe(tax - credit); // 834,000
    expect(r.invoiceRequired).toBe(true);
    expect(r.overEligibility).toBe(false);
    expect(r.filing).toMatchObject({
      from: "2026-01-01",
      to: "2026-12-31",
      due: "2027-01-25",
    });
  });

  it("computes a salon above the threshold: 30% (그 밖의 서비스업)", () => {
    const r = simplifiedVatReport(
      [
        s("income", "sales", "card", 40_000_000),
        s("income", "sales", "cashReceipt", 15_000_000),
        s("expense", "hair_supplies", "card", 4_400_000),
      ],
      "salon",
      2026,
    );
    const sales = 55_000_000;
    const tax = (sales * 30) / 100 / 10; // 1,650,000
    const credit = (4_400_000 * 5) / 1000; // 22,000
    expect(r.band).toBe("services");
    expect(r.computedTax).toBe(tax);
    expect(r.payable).toBe(tax - credit); // 1,628,000
  });

  it("never goes below zero: the purchase credit is not refunded", () => {
    const r = simplifiedVatReport(
      [
        s("income", "sales", "card", 48_000_000),
        s("expense", "purchases", "card", 150_000_000),
      ],
      "retail",
      2026,
    );
    expect(r.computedTax).toBe((48_000_000 * 15) / 100 / 10); // 720,000
    expect(r.purchaseCredit).toBe((150_000_000 * 5) / 1000); // 750,000
    expect(r.payable).toBe(0);
  });

  it("flags 공급대가 at the 간이 threshold in force the next July (₩104M from 2024-07-01)", () => {
    const year = (y: number) =>
      simplifiedVatReport(
        [s("income", "sales", "card", 90_000_000)],
        "retail",
        y,
      ).overEligibility;
    expect(year(2022)).toBe(true); // decides 2023-07-01: ₩80M
    expect(year(2023)).toBe(false); // decides 2024-07-01: ₩104M
    expect(year(2026)).toBe(false);
    expect(visibleCode(() => year(2021))).toBe("unsupported_year");
  });
});

describe("소득금액 (총수입금액 − 필요경비)", () => {
  it("takes 매출원가 from the stock and leaves VAT and assets out", () => {
    const r = incomeSummary(
      [
        g("income", "sales", "card", 11_000_000), // 10,000,000 + VAT
        g("income", "sales", "none", 2_200_000), // cash: 2,000,000 + VAT
        g("expense", "purchases", "taxInvoice", 5_500_000), // 5,000,000 + deductible VAT
        g("expense", "rent", "taxInvoice", 1_100_000), // 1,000,000 + deductible VAT
        g("expense", "entertainment", "card", 330_000), // 300,000 + 30,000 not deductible
        g("asset", "equipment", "taxInvoice", 2_200_000), // an asset, not an expense
      ],
      { taxType: "general", openingStock: 3_000_000, closingStock: 4_000_000 },
    );
    const revenue = 10_000_000 + 2_000_000;
    const cogs = 3_000_000 + 5_000_000 - 4_000_000;
    const other = 1_000_000 + 330_000; // 접대비 keeps its non-deductible VAT
    expect(r.revenue).toBe(revenue);
    expect(r.costOfGoods).toMatchObject({ purchases: 5_000_000, total: cogs });
    expect(r.expenses).toEqual({ rent: 1_000_000, entertainment: 330_000 });
    expect(r.expenseTotal).toBe(cogs + other);
    expect(r.income).toBe(revenue - cogs - other); // 6,670,000
    expect(r.assets).toBe(2_000_000);
  });

  it("counts a 간이 shop's received-invoice VAT as cost", () => {
    const r = incomeSummary(
      [
        s("income", "sales", "card", 3_300_000),
        s("expense", "ingredients", "taxInvoice", 1_100_000), // 1,000,000 + 100,000
      ],
      { taxType: "simplified", openingStock: 0, closingStock: 200_000 },
    );
    expect(r.revenue).toBe(3_300_000);
    expect(r.costOfGoods.total).toBe(1_100_000 - 200_000);
    expect(r.income).toBe(3_300_000 - 900_000);
  });
});

describe("month series for the chart", () => {
  it("gives the last 12 months oldest first, empty months as zeros", () => {
    const series = monthTotalsSeries(
      {
        "2025-05": [g("income", "sales", "card", 1_100_000)],
        "2026-03": [
          g("income", "sales", "card", 2_200_000),
          g("expense", "rent", "taxInvoice", 550_000),
          g("asset", "equipment", "card", 1_100_000),
        ],
        "2025-04": [g("income", "sales", "card", 9_900_000)], // 13 months back: left out
      },
      { lastMonth: "2026-04", taxType: "general" },
    );
    expect(series.map((p) => p.month)).toEqual([
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
    ]);
    expect(series[0]).toEqual({
      month: "2025-05",
      income: 1_000_000,
      expense: 0,
      profit: 1_000_000,
    });
    expect(series[10]).toEqual({
      month: "2026-03",
      income: 2_000_000,
      expense: 500_000,
      profit: 1_500_000,
    });
    for (const i of [1, 2, 3, 4, 5, 6, 7, 8, 9, 11])
      expect(series[i]).toMatchObject({ income: 0, expense: 0, profit: 0 });
  });

  it("adds month cells by kind × account × evidence × deductible", () => {
    const a: TotalCell = {
      kind: "expense",
      account: "rent",
      evidence: "taxInvoice",
      deductible: true,
      n: 1,
      amount: 500_000,
      vat: 50_000,
    };
    expect(
      addCells([a], [{ ...a, n: 2, amount: 1_000_000, vat: 100_000 }]),
    ).toEqual([{ ...a, n: 3, amount: 1_500_000, vat: 150_000 }]);
    // A reversal that cancels the month's only entry leaves nothing.
    expect(
      addCells([a], [{ ...a, n: -1, amount: -500_000, vat: -50_000 }]),
    ).toEqual([]);
  });
});
