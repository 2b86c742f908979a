// The 간편장부 in the NTS column layout (DOMAIN-KR §4): 일자 | 계정과목 | 거래내용 | 거래처 |
// 수입(매출) 금액·부가세 | 비용(원가 포함) 금액·부가세 | 사업용 유·무형자산 증감 금액·부가세 | 비고
// (the evidence type goes in 비고). XLSX: a 요약 sheet, then one sheet a month; CSV: the year's lines
// in date order, UTF-8 with BOM so Excel in Korea opens the Hangul correctly.
import Papa from "papaparse";
import { formatBizNo } from "../kr/bizno";
import { accountByCode } from "./accounts";
import type { Entry } from "./index";
import type { YearIncome } from "./report";
import { ENTRY_KIND_LABEL, EVIDENCE_LABEL, type EntryKind } from "./types";

export const COLUMNS = [
  "일자",
  "계정과목",
  "거래내용",
  "거래처",
  "수입(매출) 금액",
  "수입 부가세",
  "비용(원가 포함) 금액",
  "비용 부가세",
  "사업용 자산 증감 금액",
  "자산 부가세",
  "비고",
] as const;

const KIND_COLUMN: Record<EntryKind, number> = {
  income: 4,
  expense: 6,
  asset: 8,
};

/** 비고: the evidence first, as the NTS form asks, then the daily-total mark and the owner's note. */
export function remark(e: Entry): string {
  return [
    EVIDENCE_LABEL[e.evidence],
    e.dailyTotal ? "일별 매출 합계" : "",
    e.note,
  ]
    .filter(Boolean)
    .join(" · ");
}

/** One entry as a row of the 11 columns (amounts as numbers, empty cells as ""). */
export function row(e: Entry): (string | number)[] {
  const r: (string | number)[] = [
    e.date,
    accountByCode(e.account)?.name ?? e.account,
    e.description,
    e.counterparty,
    "",
    "",
    "",
    "",
    "",
    "",
    remark(e),
  ];
  r[KIND_COLUMN[e.kind]] = e.amount;
  r[KIND_COLUMN[e.kind] + 1] = e.vat;
  return r;
}

function totals(entries: readonly Entry[]): number[] {
  const t = [0, 0, 0, 0, 0, 0];
  for (const e of entries) {
    const i = KIND_COLUMN[e.kind] - 4;
    t[i] += e.amount;
    t[i + 1] += e.vat;
  }
  return t;
}

export function toCsv(months: Map<string, Entry[]>): Uint8Array {
  const csv = Papa.unparse({
    fields: [...COLUMNS],
    data: [...months.values()].flat().map(row),
  });
  return Buffer.from(`\uFEFF${csv}\r\n`, "utf8");
}

export interface ExportHeader {
  businessName: string;
  bizNo: string;
  taxTypeLabel: string;
}

const WON = "#,##0";
const monthLabel = (m: string) => `${Number(m.slice(5))}월`;

export async function toXlsx(
  months: Map<string, Entry[]>,
  income: YearIncome,
  head: ExportHeader,
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "Golmok";
  const bold = { bold: true } as const;

  // 요약: the year by month, by account, and the 소득금액.
  const s = wb.addWorksheet("요약");
  s.columns = [
    { width: 24 },
    { width: 18 },
    { width: 18 },
    { width: 18 },
    { width: 18 },
  ];
  s.addRow([`${income.year}년 간편장부`]).font = { bold: true, size: 14 };
  s.addRow([
    "상호",
    head.businessName,
    "사업자등록번호",
    head.bizNo ? formatBizNo(head.bizNo) : "",
  ]);
  s.addRow(["과세유형", head.taxTypeLabel]);
  s.addRow([]);
  s.addRow([
    "월",
    "수입 금액",
    "비용 금액",
    "자산 증감 금액",
    "부가세 합계",
  ]).font = bold;
  const year = [0, 0, 0, 0];
  for (const [m, entries] of months) {
    const t = totals(entries);
    const r = [t[0], t[2], t[4], t[1] + t[3] + t[5]];
    r.forEach((v, i) => (year[i] += v));
    s.addRow([monthLabel(m), ...r]);
  }
  s.addRow(["합계", ...year]).font = bold;
  s.addRow([]);
  s.addRow(["총수입금액 및 필요경비"]).font = bold;
  const lines: [string, number][] = [
    ["총수입금액", income.revenue],
    ["기초재고", income.costOfGoods.openingStock],
    ["당기 매입", income.costOfGoods.purchases],
    ["기말재고", income.costOfGoods.closingStock],
    ["매출원가", income.costOfGoods.total],
    ...Object.entries(income.expenses).map(
      ([code, v]) => [income.names[code] ?? code, v] as [string, number],
    ),
    ["필요경비 합계", income.expenseTotal],
    ["소득금액", income.income],
  ];
  for (const [label, v] of lines) s.addRow([label, v]);
  s.getColumn(2).numFmt = WON;
  for (const c of [3, 4, 5]) s.getColumn(c).numFmt = WON;

  // One sheet a month, in the NTS columns, with a 합계 line.
  for (const [m, entries] of months) {
    const ws = wb.addWorksheet(monthLabel(m), {
      views: [{ state: "frozen", ySplit: 2 }],
    });
    ws.columns = [
      { width: 12 },
      { width: 16 },
      { width: 28 },
      { width: 18 },
      { width: 15 },
      { width: 12 },
      { width: 15 },
      { width: 12 },
      { width: 15 },
      { width: 12 },
      { width: 28 },
    ];
    // Two header rows: the form's groups, then the columns.
    ws.addRow([
      "일자",
      "계정과목",
      "거래내용",
      "거래처",
      `${ENTRY_KIND_LABEL.income}(매출)`,
      "",
      "비용(원가 포함)",
      "",
      "사업용 유·무형자산 증감",
      "",
      "비고",
    ]);
    ws.addRow([
      "",
      "",
      "",
      "",
      "금액",
      "부가세",
      "금액",
      "부가세",
      "금액",
      "부가세",
      "",
    ]);
    for (const c of ["A", "B", "C", "D", "K"]) ws.mergeCells(`${c}1:${c}2`);
    for (const [a, b] of [
      ["E", "F"],
      ["G", "H"],
      ["I", "J"],
    ])
      ws.mergeCells(`${a}1:${b}1`);
    for (const r of [1, 2]) {
      ws.getRow(r).font = bold;
      ws.getRow(r).alignment = { horizontal: "center", vertical: "middle" };
    }
    for (const e of entries) ws.addRow(row(e));
    ws.addRow(["합계", "", "", "", ...totals(entries), ""]).font = bold;
    for (let c = 5; c <= 10; c++) ws.getColumn(c).numFmt = WON;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
