// 급여대장 (근로기준법 §48①, 시행령 §27: the wage register) and the monthly withholding summary for
// the 원천세 return (due the 10th of the next month), as one xlsx workbook.
import type { Run } from "./index";

const EARNING_COLUMNS = [
  ["base", "기본급"],
  ["weeklyHoliday", "주휴수당"],
  ["overtime", "연장근로수당"],
  ["night", "야간근로수당"],
  ["holiday", "휴일근로수당"],
  ["bonus", "상여금"],
  ["meal", "식대"],
  ["car", "자가운전보조금"],
  ["childcare", "보육수당"],
] as const;
const DEDUCTION_COLUMNS = [
  ["pension", "국민연금"],
  ["health", "건강보험"],
  ["longTermCare", "장기요양보험"],
  ["employment", "고용보험"],
  ["incomeTax", "소득세"],
  ["localIncomeTax", "지방소득세"],
] as const;

export interface RegisterEmployee {
  id: string;
  name: string;
  birthDate: string;
  payTypeLabel: string;
  hireDate: string;
}

const WON = '#,##0"원"';

export async function registerWorkbook(
  run: Run,
  businessName: string,
  employees: Map<string, RegisterEmployee>,
): Promise<Buffer> {
  // Loaded only when a register is downloaded: keeps it out of every other request's cold start.
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "골목 Golmok";
  wb.created = new Date();

  const ws = wb.addWorksheet("급여대장", {
    views: [{ state: "frozen", xSplit: 1, ySplit: 3 }],
  });
  const title = `${businessName} ${run.month.slice(0, 4)}년 ${Number(run.month.slice(5))}월 급여대장${run.kind === "correction" ? " (정정)" : ""} — 지급일 ${run.payDate}`;
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow([]);
  const header = [
    "성명",
    "생년월일",
    "입사일",
    "급여형태",
    ...EARNING_COLUMNS.map(([, l]) => l),
    "지급총액",
    "비과세",
    ...DEDUCTION_COLUMNS.map(([, l]) => l),
    "공제총액",
    "실지급액",
  ];
  const h = ws.addRow(header);
  h.font = { bold: true };
  h.eachCell(
    (c) =>
      (c.fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFE7E5E4" },
      }),
  );
  const amount = (items: { code: string; amount: number }[], code: string) =>
    items.find((i) => i.code === code)?.amount ?? 0;
  for (const line of run.lines) {
    const e = employees.get(line.employeeId);
    ws.addRow([
      line.name,
      e?.birthDate ?? "",
      e?.hireDate ?? "",
      e?.payTypeLabel ?? "",
      ...EARNING_COLUMNS.map(([code]) => amount(line.earnings, code)),
      line.gross,
      line.nonTaxable,
      ...DEDUCTION_COLUMNS.map(([code]) => amount(line.deductions, code)),
      line.totalDeductions,
      line.net,
    ]);
  }
  const first = 4;
  const last = 3 + run.lines.length;
  const totals = ws.addRow([
    "합계",
    "",
    "",
    "",
    ...header.slice(4).map(() => 0),
  ]);
  totals.font = { bold: true };
  for (let col = 5; col <= header.length; col++) {
    const letter = ws.getColumn(col).letter;
    totals.getCell(col).value = {
      formula: `SUM(${letter}${first}:${letter}${last})`,
      result: sumColumn(ws, col, first, last),
    };
  }
  for (let col = 5; col <= header.length; col++) ws.getColumn(col).numFmt = WON;
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 12 : i < 4 ? 12 : 14));

  // 원천세 신고용 요약 (간이세액 A01 근로소득 line: 인원, 총지급액, 소득세, 지방소득세).
  const sum = wb.addWorksheet("원천세 요약");
  const employeesPaid = run.lines.filter((l) => l.gross > 0);
  const tax = (code: string) =>
    run.lines.reduce((s, l) => s + amount(l.deductions, code), 0);
  const rows: [string, number | string][] = [
    ["귀속연월", run.month],
    ["지급일", run.payDate],
    ["인원", employeesPaid.length],
    ["총지급액 (비과세 포함)", run.totals.gross],
    ["비과세", run.lines.reduce((s, l) => s + l.nonTaxable, 0)],
    ["과세 급여", run.lines.reduce((s, l) => s + l.taxable, 0)],
    ["소득세", tax("incomeTax")],
    ["지방소득세", tax("localIncomeTax")],
    ["납부 기한", dueDate(run.payDate)],
  ];
  for (const [k, v] of rows) {
    const r = sum.addRow([k, v]);
    r.getCell(1).font = { bold: true };
    if (typeof v === "number" && k !== "인원") r.getCell(2).numFmt = WON;
  }
  sum.getColumn(1).width = 24;
  sum.getColumn(2).width = 18;

  const emp = wb.addWorksheet("사업주 부담");
  emp.addRow([
    "성명",
    "국민연금",
    "건강보험",
    "장기요양보험",
    "고용보험",
    "고용안정·직능",
    "사업주 부담 합계",
    "총 인건비",
  ]).font = { bold: true };
  for (const l of run.lines) {
    const get = (code: string) => amount(l.employer, code);
    emp.addRow([
      l.name,
      get("pension"),
      get("health"),
      get("longTermCare"),
      get("employment"),
      get("employmentStability"),
      l.employerCost - l.gross,
      l.employerCost,
    ]);
  }
  for (let col = 2; col <= 8; col++) emp.getColumn(col).numFmt = WON;
  emp.columns.forEach((c) => (c.width = 14));

  return Buffer.from(await wb.xlsx.writeBuffer());
}

function sumColumn(
  ws: import("exceljs").Worksheet,
  col: number,
  from: number,
  to: number,
): number {
  let s = 0;
  for (let r = from; r <= to; r++)
    s += Number(ws.getRow(r).getCell(col).value ?? 0);
  return s;
}

/** 원천세 is due the 10th of the month after payment (소득세법 §128). Holidays are not shifted here ⚠. */
export function dueDate(payDate: string): string {
  const [y, m] = payDate.split("-").map(Number);
  const next = new Date(Date.UTC(y, m, 10));
  return next.toISOString().slice(0, 10);
}

/** Per-employee totals of a year's confirmed months (the basis of 연말정산 and 지급명세서). */
export async function yearlyWorkbook(
  year: string,
  runs: Run[],
  businessName: string,
  employees: Map<string, RegisterEmployee>,
): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "골목 Golmok";
  const ws = wb.addWorksheet(`${year}년 연간 합계`);
  ws.addRow([
    `${businessName} ${year}년 근로자별 연간 급여 합계 (확정분)`,
  ]).font = { bold: true, size: 13 };
  ws.addRow([]);
  const header = [
    "성명",
    "생년월일",
    "지급 월수",
    "지급총액",
    "비과세",
    "과세 급여",
    ...DEDUCTION_COLUMNS.map(([, l]) => l),
    "실지급액",
  ];
  ws.addRow(header).font = { bold: true };
  const totals = new Map<
    string,
    {
      name: string;
      months: Set<string>;
      gross: number;
      nonTaxable: number;
      taxable: number;
      net: number;
      d: Record<string, number>;
    }
  >();
  for (const run of runs)
    for (const l of run.lines) {
      const t = totals.get(l.employeeId) ?? {
        name: l.name,
        months: new Set(),
        gross: 0,
        nonTaxable: 0,
        taxable: 0,
        net: 0,
        d: {},
      };
      t.months.add(run.month);
      t.gross += l.gross;
      t.nonTaxable += l.nonTaxable;
      t.taxable += l.taxable;
      t.net += l.net;
      for (const d of l.deductions) t.d[d.code] = (t.d[d.code] ?? 0) + d.amount;
      totals.set(l.employeeId, t);
    }
  for (const [id, t] of totals)
    ws.addRow([
      t.name,
      employees.get(id)?.birthDate ?? "",
      t.months.size,
      t.gross,
      t.nonTaxable,
      t.taxable,
      ...DEDUCTION_COLUMNS.map(([code]) => t.d[code] ?? 0),
      t.net,
    ]);
  for (let col = 4; col <= header.length; col++) ws.getColumn(col).numFmt = WON;
  ws.columns.forEach((c) => (c.width = 14));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
