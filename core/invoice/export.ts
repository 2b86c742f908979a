// The invoice list as a spreadsheet for the accountant: xlsx (exceljs) and CSV (UTF-8 with BOM,
// so Excel in Korea opens the Hangul correctly).
import Papa from "papaparse";
import { formatBizNo } from "../kr/bizno";
import { invoiceStatus } from "./compute";
import {
  AMEND_REASON_LABEL,
  formatApprovalNo,
  KIND_LABEL,
  STATUS_LABEL,
  type InvoiceDoc,
} from "./schema";

type Row = InvoiceDoc & {
  mailStatus?: string;
  confirmedAt?: string;
  acceptedAt?: string;
  sends?: unknown[];
};

const COLUMNS: [string, (i: Row) => string | number][] = [
  ["작성일자", (i) => i.writeDate],
  ["승인번호", (i) => (i.approvalNo ? formatApprovalNo(i.approvalNo) : "")],
  ["종류", (i) => `${i.amendment ? "수정 " : ""}${KIND_LABEL[i.kind]}`],
  [
    "수정사유",
    (i) =>
      i.amendment
        ? `${i.amendment.reason} ${AMEND_REASON_LABEL[i.amendment.reason]}`
        : "",
  ],
  ["거래처 사업자번호", (i) => formatBizNo(i.buyer.bizNo)],
  ["거래처 상호", (i) => i.buyer.name],
  ["공급가액", (i) => i.supplyTotal],
  ["세액", (i) => i.taxTotal],
  ["합계금액", (i) => i.grandTotal],
  ["상태", (i) => STATUS_LABEL[invoiceStatus(i)]],
  ["품목", (i) => i.lines.map((l) => l.item).join(", ")],
];

export function toCsv(items: Row[]): Uint8Array {
  const csv = Papa.unparse({
    fields: COLUMNS.map(([h]) => h),
    data: items.map((i) => COLUMNS.map(([, f]) => f(i))),
  });
  return Buffer.from(`\uFEFF${csv}\r\n`, "utf8");
}

export async function toXlsx(items: Row[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("세금계산서");
  ws.columns = COLUMNS.map(([header]) => ({
    header,
    width: header === "품목" ? 40 : header.length > 4 ? 18 : 14,
  }));
  for (const i of items) ws.addRow(COLUMNS.map(([, f]) => f(i)));
  ws.getRow(1).font = { bold: true };
  for (const col of ["G", "H", "I"]) ws.getColumn(col).numFmt = "#,##0";
  const sum = (f: (i: Row) => number) =>
    items.filter((i) => i.status === "issued").reduce((s, i) => s + f(i), 0);
  const total = ws.addRow([
    "합계(발급분)",
    "",
    "",
    "",
    "",
    "",
    sum((i) => i.supplyTotal),
    sum((i) => i.taxTotal),
    sum((i) => i.grandTotal),
  ]);
  total.font = { bold: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
