// 간편장부 reports and exports through the API, against DynamoDB Local: the VAT period report of a
// 일반과세자 and the yearly 간이과세자 computation, the 수입·비용·소득 summary, 매출원가 from the
// recorded stock, the audit trail, and the NTS-layout xlsx/csv a 세무사 can download.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { call, newTenant, type Session } from "../support/api";
import { members } from "../support/members";
import { setAttributes } from "../support/db";
import { withActor } from "../../core/actor";
import { Keys } from "../../core/db/keys";

const entry = (overrides: Record<string, unknown>) => ({
  account: "supplies",
  kind: "expense",
  description: "",
  counterparty: "",
  evidence: "card",
  ...overrides,
});
const post = async (s: Session, body: Record<string, unknown>) => {
  const res = await call("POST", "/api/ledger/entries", {
    session: s,
    body: entry(body),
  });
  expect(res.status, res.text).toBe(201);
  return res.json;
};
const get = (s: Session, path: string) => call("GET", path, { session: s });
const setTenant = async (s: Session, attrs: Record<string, unknown>) =>
  setAttributes(
    await withActor({ type: "system", tenantId: s.tenantId }, async () =>
      Keys.tenant(),
    ),
    attrs,
  );

/** A 일반과세자's first half of 2025: sales on card, 세금계산서 and cash; purchases with and without VAT. */
async function generalHalf(s: Session) {
  await post(s, {
    date: "2025-02-03",
    kind: "income",
    account: "sales",
    description: "2월 3일 카드 매출",
    amount: 1_100_000,
    dailyTotal: true,
  });
  await post(s, {
    date: "2025-03-10",
    kind: "income",
    account: "sales",
    description: "납품",
    counterparty: "㈜단골상사",
    amount: 500_000,
    vat: 50_000,
    evidence: "taxInvoice",
  });
  // Cash sales without a receipt still owe VAT: 220,000 → 200,000 + 20,000 in the report.
  await post(s, {
    date: "2025-04-01",
    kind: "income",
    account: "sales",
    description: "현금 매출",
    amount: 220_000,
    evidence: "none",
  });
  await post(s, {
    date: "2025-02-10",
    description: "샴푸",
    counterparty: "미용재료상",
    amount: 330_000,
  });
  // 접대비: its 10,000 input VAT is not deductible (부가가치세법 §39).
  await post(s, {
    date: "2025-05-20",
    account: "entertainment",
    description: "거래처 식사",
    amount: 110_000,
  });
  await post(s, {
    date: "2025-06-30",
    account: "rent",
    description: "6월 월세",
    counterparty: "건물주",
    amount: 500_000,
    evidence: "receipt",
  });
}

describe("VAT report", () => {
  it("gives a 일반과세자 the 1기 estimate by evidence, with 불공제 and 납부세액", async () => {
    const s = await newTenant();
    await generalHalf(s);
    // A 2기 entry must not count in 1기.
    await post(s, {
      date: "2025-08-01",
      kind: "income",
      account: "sales",
      amount: 1_100_000,
    });
    const res = await get(s, "/api/ledger/reports/vat?period=2025-1");
    expect(res.status, res.text).toBe(200);
    const r = res.json;
    expect(r.taxType).toBe("general");
    expect(r.period).toMatchObject({
      id: "2025-1",
      from: "2025-01-01",
      to: "2025-06-30",
    });
    // 확정신고 by 25 July 2025 (a Friday).
    expect(r.period.final.deadline).toBe("2025-07-25");
    expect(r.sales.cardCash).toEqual({ n: 1, supply: 1_000_000, vat: 100_000 });
    expect(r.sales.taxInvoice).toEqual({ n: 1, supply: 500_000, vat: 50_000 });
    expect(r.sales.other).toEqual({ n: 1, supply: 200_000, vat: 20_000 });
    expect(r.outputVat).toBe(170_000);
    expect(r.purchases.card).toEqual({ n: 1, supply: 300_000, vat: 30_000 });
    expect(r.inputVat).toBe(30_000);
    expect(r.nonDeductible).toEqual({ n: 1, supply: 100_000, vat: 10_000 });
    expect(r.withoutInputVat).toEqual({ n: 1, amount: 500_000 });
    expect(r.payable).toBe(140_000);

    const second = (await get(s, "/api/ledger/reports/vat?period=2025-2")).json;
    expect(second.outputVat).toBe(100_000);
    expect(second.payable).toBe(100_000);
  });

  it("computes a 간이과세자's year with the industry's value-added rate", async () => {
    const s = await newTenant({ industry: "restaurant" });
    await setTenant(s, { taxType: "simplified" });
    await post(s, {
      date: "2025-03-31",
      kind: "income",
      account: "sales",
      description: "1분기 매출 합계",
      amount: 60_000_000,
      dailyTotal: true,
    });
    await post(s, {
      date: "2025-09-01",
      account: "ingredients",
      description: "식자재",
      amount: 11_000_000,
    });
    // Either half names the same yearly period.
    for (const period of ["2025", "2025-1"]) {
      const r = (await get(s, `/api/ledger/reports/vat?period=${period}`)).json;
      expect(r).toMatchObject({
        taxType: "simplified",
        period: "2025",
        band: "restaurant",
        valueAddedBp: 1500,
        sales: { n: 1, total: 60_000_000 },
        // 60,000,000 × 15% × 10%.
        computedTax: 900_000,
        purchases: { n: 1, total: 11_000_000 },
        // 매입 세금계산서 등 수취세액공제: 11,000,000 × 0.5%.
        purchaseCredit: 55_000,
        exempt: false,
        payable: 845_000,
        invoiceRequired: true,
      });
      expect(r.filing.due).toBe("2026-01-25");
    }
  });

  it("refuses a malformed period by field", async () => {
    const s = await newTenant();
    for (const period of ["2025-3", "25-1", "2025-01", ""]) {
      const res = await get(s, `/api/ledger/reports/vat?period=${period}`);
      expect(res.status).toBe(400);
      expect(res.json.fields[0].field).toBe("period");
      expect(res.json.message).toMatch(/[가-힣]/);
    }
  });
});

describe("summary, stock and the year's 소득금액", () => {
  it("sums 수입·비용·소득 per month and per account from the month totals", async () => {
    const s = await newTenant();
    await generalHalf(s);
    const res = await get(
      s,
      "/api/ledger/reports/summary?from=2025-01&to=2025-12",
    );
    expect(res.status, res.text).toBe(200);
    const r = res.json;
    expect(r.months).toHaveLength(12);
    expect(r.months[1]).toEqual({
      month: "2025-02",
      income: 1_000_000,
      expense: 300_000,
      profit: 700_000,
    });
    // 접대비 costs its VAT too: 110,000. Cash sales count net of the VAT they owe.
    expect(r.months[4]).toMatchObject({ month: "2025-05", expense: 110_000 });
    expect(r.months[3]).toMatchObject({ month: "2025-04", income: 200_000 });
    expect(r.totals).toEqual({
      income: 1_700_000,
      expense: 910_000,
      profit: 790_000,
    });
    expect(
      r.accounts.find((a: { account: string }) => a.account === "rent"),
    ).toMatchObject({ kind: "expense", name: "임차료", n: 1, amount: 500_000 });

    const bad = await get(
      s,
      "/api/ledger/reports/summary?from=2025-12&to=2025-01",
    );
    expect(bad.status).toBe(400);
    expect(bad.json.fields[0].field).toBe("from");
  });

  it("takes 매출원가 from the recorded stock, and carries the closing stock into the next year", async () => {
    const s = await newTenant({ industry: "salon" });
    await post(s, {
      date: "2025-01-15",
      kind: "income",
      account: "sales",
      amount: 11_000_000,
    });
    await post(s, {
      date: "2025-02-01",
      account: "hair_supplies",
      description: "염색약",
      amount: 2_200_000,
    });
    await post(s, {
      date: "2025-02-25",
      account: "rent",
      amount: 1_000_000,
      evidence: "receipt",
    });
    const put = await call("PUT", "/api/ledger/stock/2025", {
      session: s,
      body: { openingStock: 1_000_000, closingStock: 400_000 },
    });
    expect(put.status, put.text).toBe(200);
    const y = (await get(s, "/api/ledger/reports/income?year=2025")).json;
    expect(y.revenue).toBe(10_000_000);
    expect(y.costOfGoods).toMatchObject({
      openingStock: 1_000_000,
      purchases: 2_000_000,
      closingStock: 400_000,
      total: 2_600_000,
    });
    expect(y.expenses).toEqual({ rent: 1_000_000 });
    expect(y.expenseTotal).toBe(3_600_000);
    expect(y.income).toBe(6_400_000);
    expect(y.names.hair_supplies).toBe("미용재료비");

    const next = (await get(s, "/api/ledger/stock/2026")).json;
    expect(next).toMatchObject({
      openingStock: 400_000,
      openingFrom: "previousYear",
      recorded: false,
    });

    const bad = await call("PUT", "/api/ledger/stock/2025", {
      session: s,
      body: { openingStock: -1, closingStock: 1.5 },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.fields.map((f: { field: string }) => f.field)).toEqual([
      "openingStock",
      "closingStock",
    ]);
    // Nothing changed.
    expect((await get(s, "/api/ledger/stock/2025")).json.closingStock).toBe(
      400_000,
    );
  });
});

describe("audit trail", () => {
  it("records who created, changed and deleted what, newest first", async () => {
    const s = await newTenant();
    const e = await post(s, { date: "2025-03-02", amount: 5_500 });
    const patched = await call("PATCH", `/api/ledger/entries/${e.id}`, {
      session: s,
      body: entry({ date: "2025-03-02", amount: 7_700 }),
    });
    expect(patched.status).toBe(200);
    await call("DELETE", `/api/ledger/entries/${e.id}`, { session: s });
    const { items } = (await get(s, "/api/ledger/audit")).json;
    expect(items.map((i: { action: string }) => i.action).slice(0, 3)).toEqual([
      "delete",
      "update",
      "create",
    ]);
    expect(items[1]).toMatchObject({ entryId: e.id, userId: s.userId });
    expect(items[1].detail.before.amount).toBe(5_000);
    expect(items[1].detail.after.amount).toBe(7_000);
  });
});

describe("export", () => {
  it("gives the owner and the 세무사 the year in the NTS layout as xlsx and csv", async () => {
    const s = await newTenant({ businessName: "골목미용실" });
    await generalHalf(s);
    const accountant = await members.invite(s, "accountant");
    const res = await api(accountant, "/api/ledger/export.xlsx?year=2025");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    expect(
      decodeURIComponent(res.headers.get("content-disposition")!),
    ).toContain("간편장부_골목미용실_2025.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "요약",
      ...Array.from({ length: 12 }, (_, i) => `${i + 1}월`),
    ]);
    const feb = wb.getWorksheet("2월")!;
    expect(feb.getRow(1).values).toEqual([
      undefined,
      "일자",
      "계정과목",
      "거래내용",
      "거래처",
      "수입(매출)",
      "수입(매출)",
      "비용(원가 포함)",
      "비용(원가 포함)",
      "사업용 유·무형자산 증감",
      "사업용 유·무형자산 증감",
      "비고",
    ]);
    expect(feb.getCell("E2").value).toBe("금액");
    // Date order: the 3rd's card sales, then the 10th's purchase.
    expect(feb.getRow(3).values).toEqual([
      undefined,
      "2025-02-03",
      "매출",
      "2월 3일 카드 매출",
      "",
      1_000_000,
      100_000,
      "",
      "",
      "",
      "",
      "카드 · 일별 매출 합계",
    ]);
    expect(feb.getCell("G4").value).toBe(300_000);
    expect(feb.getCell("H4").value).toBe(30_000);
    expect(feb.getCell("D4").value).toBe("미용재료상");
    expect(feb.getCell("A5").value).toBe("합계");
    expect(feb.getCell("E5").value).toBe(1_000_000);
    expect(feb.getCell("G5").value).toBe(300_000);
    expect(feb.getCell("E3").numFmt).toBe("#,##0");
    expect(wb.getWorksheet("6월")!.getCell("K3").value).toBe("영수증");

    const summary = wb.getWorksheet("요약")!;
    expect(summary.getCell("B2").value).toBe("골목미용실");
    const feb2 = summary.getRow(7).values as unknown[];
    expect(feb2.slice(1)).toEqual(["2월", 1_000_000, 300_000, 0, 130_000]);
    const labels = summary.getColumn(1).values as unknown[];
    const incomeRow = labels.indexOf("소득금액");
    expect(summary.getCell(`B${incomeRow}`).value).toBe(790_000);

    const csv = await api(s, "/api/ledger/export.csv?year=2025");
    expect(csv.status).toBe(200);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(
      await csv.arrayBuffer(),
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split(/\r\n/);
    expect(lines[0]).toBe(
      "일자,계정과목,거래내용,거래처,수입(매출) 금액,수입 부가세,비용(원가 포함) 금액,비용 부가세,사업용 자산 증감 금액,자산 부가세,비고",
    );
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe(
      "2025-02-03,매출,2월 3일 카드 매출,,1000000,100000,,,,,카드 · 일별 매출 합계",
    );

    const staff = await members.invite(s, "staff");
    expect((await api(staff, "/api/ledger/export.xlsx?year=2025")).status).toBe(
      403,
    );
    expect((await api(s, "/api/ledger/export.xlsx?year=99")).status).toBe(400);
  });
});

/** A raw response (the export is a file, not JSON). */
async function api(s: Session, path: string) {
  const { api: app } = await import("../../functions/app");
  return app.request(path, {
    headers: { cookie: s.cookie, "x-forwarded-for": s.ip },
  });
}
