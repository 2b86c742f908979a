// One reader for the spreadsheets shops upload (client lists, bank and card statements): CSV in
// UTF-8 (with or without BOM) or CP949/EUC-KR, as Excel and Korean banks save it, or XLSX. Anything
// else — a PDF, a picture, an old .xls, a file cut in half — is refused with a Korean message and a
// stable code, never read as garbage rows.
import { VisibleError } from "../error";
import { checkZip } from "./zip-guard";

export interface Sheet {
  format: "csv" | "xlsx";
  /** How a CSV was decoded. */
  encoding?: "utf-8" | "euc-kr";
  /** Every non-empty row, cells as text (XLSX dates as YYYY-MM-DD[ HH:MM:SS], numbers as written). */
  rows: string[][];
}

export interface SheetOptions {
  /** Data rows allowed; a few more lines are tolerated for headers and bank preambles. */
  maxRows: number;
}

const PREAMBLE_LINES = 30;

const refuse = (code: string, message: string) =>
  new VisibleError("validation", code, message, {
    fields: [{ field: "file", message }],
  });

const unreadable = () =>
  refuse(
    "file_unreadable",
    "엑셀 파일을 읽을 수 없습니다. 파일이 손상되지 않았는지, .xlsx 형식인지 확인해 주세요.",
  );

const startsWith = (buf: Uint8Array, bytes: number[]) =>
  bytes.every((b, i) => buf[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // .xls, .doc (Office 97–2003)
const KNOWN_BINARY: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], "PDF"],
  [[0x89, 0x50, 0x4e, 0x47], "PNG 그림"],
  [[0xff, 0xd8, 0xff], "JPEG 그림"],
  [[0x47, 0x49, 0x46, 0x38], "GIF 그림"],
  [[0x1f, 0x8b], "압축(gzip)"],
];

/** Reads the first worksheet of an XLSX, or a CSV, by its content (the file name only breaks ties). */
export async function readSheet(
  filename: string,
  buf: Uint8Array,
  opts: SheetOptions,
): Promise<Sheet> {
  if (buf.length === 0) throw refuse("file_empty", "파일이 비어 있습니다.");
  if (startsWith(buf, OLE))
    throw refuse(
      "file_type",
      "예전 엑셀(.xls) 파일은 읽을 수 없습니다. 엑셀에서 '다른 이름으로 저장' → .xlsx 또는 CSV로 저장해 올려 주세요.",
    );
  for (const [magic, what] of KNOWN_BINARY)
    if (startsWith(buf, magic))
      throw refuse(
        "file_binary",
        `${what} 파일은 가져올 수 없습니다. CSV 또는 엑셀(.xlsx) 파일을 올려 주세요.`,
      );
  let sheet: Sheet;
  if (startsWith(buf, ZIP)) sheet = { format: "xlsx", rows: await xlsx(buf) };
  else if (/\.xlsx$/i.test(filename)) throw unreadable();
  else {
    const { text, encoding } = decodeText(buf);
    const { default: Papa } = await import("papaparse");
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" }).data;
    sheet = { format: "csv", encoding, rows };
  }
  sheet.rows = sheet.rows
    .map((r) => r.map((c) => (c ?? "").trim()))
    .filter((r) => r.some((c) => c !== ""));
  if (!sheet.rows.length) throw refuse("file_empty", "파일에 내용이 없습니다.");
  if (sheet.rows.length > opts.maxRows + PREAMBLE_LINES)
    throw refuse(
      "file_too_many_rows",
      `한 파일에 ${opts.maxRows.toLocaleString("ko-KR")}줄까지 가져올 수 있습니다 (이 파일은 ${sheet.rows.length.toLocaleString("ko-KR")}줄). 기간을 나눠 저장해 올려 주세요.`,
    );
  return sheet;
}

/** UTF-8 (BOM optional) when the bytes are valid UTF-8, else CP949/EUC-KR; binary is refused. */
export function decodeText(buf: Uint8Array): {
  text: string;
  encoding: "utf-8" | "euc-kr";
} {
  // Text never has NUL bytes (UTF-16 exports would: those are refused too, with the same advice).
  if (buf.includes(0))
    throw refuse(
      "file_binary",
      "글자로 된 파일이 아닙니다 (이진 파일). CSV 또는 엑셀(.xlsx) 파일을 올려 주세요.",
    );
  let text: string;
  let encoding: "utf-8" | "euc-kr" = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    try {
      // WHATWG "euc-kr" is Windows-949 (CP949, the superset Korean Excel and banks write).
      text = new TextDecoder("euc-kr", { fatal: true }).decode(buf);
      encoding = "euc-kr";
    } catch {
      throw refuse(
        "file_encoding",
        "파일의 글자 인코딩을 알 수 없습니다. UTF-8 또는 EUC-KR(CP949) CSV로 저장해 올려 주세요.",
      );
    }
  }
  text = text.replace(/^\uFEFF/, "");
  // Control characters other than tab and line breaks mean this is not a text table.
  const controls = text.match(/[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/g)?.length ?? 0;
  if (controls > Math.max(2, text.length / 1000))
    throw refuse(
      "file_binary",
      "글자로 된 파일이 아닙니다 (이진 파일). CSV 또는 엑셀(.xlsx) 파일을 올려 주세요.",
    );
  return { text, encoding };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell's value as text: dates (exceljs keeps them as UTC instants) as YYYY-MM-DD[ HH:MM:SS]. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const h = value.getUTCHours();
    const m = value.getUTCMinutes();
    const s = value.getUTCSeconds();
    return h || m || s ? `${date} ${pad(h)}:${pad(m)}:${pad(s)}` : date;
  }
  if (typeof value === "object") {
    const o = value as {
      result?: unknown;
      richText?: { text: string }[];
      text?: unknown;
      error?: unknown;
    };
    if ("result" in o) return cellText(o.result);
    if (o.richText) return o.richText.map((r) => r.text).join("");
    if (o.text !== undefined) return cellText(o.text);
    return "";
  }
  return String(value);
}

/**
 * What an uploaded workbook may inflate to: 20,000 statement rows take ~10–20 MB of sheet XML;
 * past this the upload is refused before exceljs inflates it in memory (./zip-guard.ts).
 */
export const XLSX_MAX_INFLATED_BYTES = 40 * 1024 * 1024;
const XLSX_MAX_ENTRIES = 2_000;

async function xlsx(buf: Uint8Array): Promise<string[][]> {
  const zip = checkZip(buf, XLSX_MAX_INFLATED_BYTES, XLSX_MAX_ENTRIES);
  if (!zip.ok && zip.reason === "too_large")
    throw refuse(
      "file_too_large",
      `엑셀 파일의 압축을 풀면 ${XLSX_MAX_INFLATED_BYTES / 1024 / 1024}MB가 넘어 읽을 수 없습니다. 기간을 나누거나 CSV로 저장해 올려 주세요.`,
    );
  if (!zip.ok) throw unreadable();
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws?.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows.push(Array.from(cells, (c) => c ?? ""));
  });
  return rows;
}
