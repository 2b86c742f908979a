// Reading statements (pure): CSV in UTF-8 or EUC-KR (as Korean banks export it), XLSX, a bank's
// preamble above the header, the columns recognised from their Korean names, the date and amount
// formats banks print, and files that are not tables refused with a code.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { VisibleError } from "../../core/error";
import JSZip from "jszip";
import { readSheet, XLSX_MAX_INFLATED_BYTES } from "../../core/file/sheet";
import { checkZip } from "../../core/file/zip-guard";
import {
  detectMapping,
  parseAmount,
  parseDate,
  statementRows,
} from "../../core/ledger/statement";

const BANK = [
  "거래내역조회",
  "계좌번호,123-456-789012",
  "조회기간,2026.11.01 ~ 2026.11.30",
  "",
  "거래일시,적요,기재내용,찾으신금액,맡기신금액,거래후잔액,취급점",
  '2026.11.03 13:22:10,체크카드,뷰티재료상사,"33,000",0,"1,967,000",강남',
  '2026.11.05 09:00:00,타행이체,김손님,0,"55,000","2,022,000",인터넷',
  "합계,,,33000,55000,,",
].join("\r\n");

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(VisibleError);
    expect((e as VisibleError).message).toMatch(/[가-힣]/);
    return (e as VisibleError).code;
  }
  throw new Error("expected a refusal");
};

describe("readSheet", () => {
  it("decodes an EUC-KR bank export and finds the header under the preamble", async () => {
    const bytes = iconv.encode(BANK, "euc-kr");
    // The bytes are not UTF-8: a naive decode would show U+FFFD instead of Hangul.
    expect(new TextDecoder().decode(bytes)).toContain("\uFFFD");
    const sheet = await readSheet("내역.csv", bytes, { maxRows: 100 });
    expect(sheet).toMatchObject({ format: "csv", encoding: "euc-kr" });
    const m = detectMapping(sheet.rows)!;
    expect(m).toMatchObject({
      type: "bank",
      headerRow: 3, // the empty line is dropped
      columns: {
        date: 0,
        description: 2,
        withdrawal: 3,
        deposit: 4,
        memo: 6,
      },
    });
    const rows = statementRows(sheet.rows, m);
    expect(rows).toHaveLength(2); // the 합계 line is not a transaction
    expect(rows[0]).toMatchObject({
      date: "2026-11-03",
      description: "뷰티재료상사",
      counterparty: "뷰티재료상사",
      amount: 33_000,
      kind: "expense",
      note: "강남",
    });
    expect(rows[1]).toMatchObject({
      date: "2026-11-05",
      description: "김손님",
      amount: 55_000,
      kind: "income",
    });
  });

  it("reads UTF-8 with a BOM the same way", async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(BANK, "utf8"),
    ]);
    const sheet = await readSheet("내역.csv", bytes, { maxRows: 100 });
    expect(sheet.encoding).toBe("utf-8");
    expect(sheet.rows[0][0]).toBe("거래내역조회");
  });

  it("reads a card statement from XLSX: date cells, number cells, a cancellation", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("이용내역");
    ws.addRow(["골목카드 이용대금 명세서"]);
    ws.addRow(["이용일자", "가맹점명", "이용금액", "승인구분"]);
    ws.addRow([
      new Date(Date.UTC(2026, 10, 3)),
      "스타벅스 강남점",
      4_500,
      "승인",
    ]);
    ws.addRow(["2026-11-04", "다이소", "-12,000", "승인"]);
    ws.addRow(["20261105", "뷰티재료상사", 33_000, "취소"]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const sheet = await readSheet("card.xlsx", buf, { maxRows: 100 });
    expect(sheet.format).toBe("xlsx");
    const m = detectMapping(sheet.rows)!;
    expect(m).toMatchObject({
      type: "card",
      headerRow: 1,
      columns: { date: 0, description: 1, amount: 2, cancel: 3 },
    });
    const rows = statementRows(sheet.rows, m);
    expect(rows.map((r) => [r.date, r.amount, r.kind])).toEqual([
      ["2026-11-03", 4_500, "expense"],
      ["2026-11-04", -12_000, "expense"],
      ["2026-11-05", -33_000, "expense"],
    ]);
  });

  it("refuses what is not a table, with a code", async () => {
    const pdf = Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj");
    expect(await codeOf(readSheet("a.csv", pdf, { maxRows: 10 }))).toBe(
      "file_binary",
    );
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await codeOf(readSheet("a.csv", png, { maxRows: 10 }))).toBe(
      "file_binary",
    );
    const nul = Buffer.from("날짜,금액\u0000\u0000\u0001", "utf8");
    expect(await codeOf(readSheet("a.csv", nul, { maxRows: 10 }))).toBe(
      "file_binary",
    );
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await codeOf(readSheet("a.xls", xls, { maxRows: 10 }))).toBe(
      "file_type",
    );
    // A zip cut short, and bytes that are neither UTF-8 nor EUC-KR.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("a").addRow(["x"]);
    const cut = Buffer.from(await wb.xlsx.writeBuffer()).subarray(0, 200);
    expect(await codeOf(readSheet("a.xlsx", cut, { maxRows: 10 }))).toBe(
      "file_unreadable",
    );
    const junk = Buffer.from([0x41, 0xff, 0xfe, 0xc9, 0x0a, 0x80, 0x80]);
    expect(await codeOf(readSheet("a.csv", junk, { maxRows: 10 }))).toBe(
      "file_encoding",
    );
    expect(
      await codeOf(readSheet("a.csv", Buffer.alloc(0), { maxRows: 10 })),
    ).toBe("file_empty");
    expect(
      await codeOf(
        readSheet("a.csv", Buffer.from("\r\n,,\r\n"), { maxRows: 10 }),
      ),
    ).toBe("file_empty");
    const long = "일자,금액\n" + "2026-11-01,1000\n".repeat(200);
    expect(
      await codeOf(readSheet("a.csv", Buffer.from(long), { maxRows: 100 })),
    ).toBe("file_too_many_rows");
  });
});

describe("readSheet and zip bombs", () => {
  const bomb = async (bytes: number, entries = 1) => {
    const zip = new JSZip();
    for (let i = 0; i < entries; i++)
      zip.file(`xl/worksheets/sheet${i + 1}.xml`, Buffer.alloc(bytes, 0x20));
    return Buffer.from(
      await zip.generateAsync({
        type: "uint8array",
        compression: "DEFLATE",
        compressionOptions: { level: 9 },
      }),
    );
  };

  it("refuses an upload that inflates past the limit, before exceljs inflates it", async () => {
    // ~120 KB on the wire, 120 MB inflated: what would take a 256 MB Lambda down.
    const big = await bomb(120 * 1024 * 1024);
    expect(big.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    expect(await codeOf(readSheet("a.xlsx", big, { maxRows: 10 }))).toBe(
      "file_too_large",
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(
      XLSX_MAX_INFLATED_BYTES * 2,
    );
    // Many parts that each stay small but add up past the limit.
    const many = await bomb(XLSX_MAX_INFLATED_BYTES / 8, 9);
    expect(await codeOf(readSheet("a.xlsx", many, { maxRows: 10 }))).toBe(
      "file_too_large",
    );
  });

  it("counts what the data inflates to, not what the headers claim", async () => {
    const big = await bomb(XLSX_MAX_INFLATED_BYTES + 1024);
    // Rewrite every claimed uncompressed size (local and central headers) to 1 KB.
    const lying = Buffer.from(big);
    for (let at = 0; at < lying.length - 4; at++) {
      const sig = lying.readUInt32LE(at);
      if (sig === 0x04034b50) lying.writeUInt32LE(1024, at + 22);
      if (sig === 0x02014b50) lying.writeUInt32LE(1024, at + 24);
    }
    expect(checkZip(lying, XLSX_MAX_INFLATED_BYTES, 10)).toEqual({
      ok: false,
      reason: "too_large",
    });
  });

  it("still reads a real workbook, and measures it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("거래내역");
    ws.addRow(["거래일자", "가맹점명", "이용금액"]);
    for (let i = 0; i < 2000; i++)
      ws.addRow([
        `2026-11-${String((i % 28) + 1).padStart(2, "0")}`,
        `가게${i}`,
        1000 + i,
      ]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const check = checkZip(buf, XLSX_MAX_INFLATED_BYTES, 2000);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.inflatedBytes).toBeGreaterThan(buf.length);
    const sheet = await readSheet("card.xlsx", buf, { maxRows: 2000 });
    expect(sheet.rows).toHaveLength(2001);
    expect(sheet.rows[2000]).toEqual(["2026-11-12", "가게1999", "2999"]);
  });
});

describe("values", () => {
  it("reads the dates banks and card companies print", () => {
    const cases: [string, string | undefined][] = [
      ["2026.11.03", "2026-11-03"],
      ["2026. 11. 3.", "2026-11-03"],
      ["2026-11-03 13:22", "2026-11-03"],
      ["2026/11/03", "2026-11-03"],
      ["20261103", "2026-11-03"],
      ["20261103132211", "2026-11-03"],
      ["26/11/03", "2026-11-03"],
      ["26.11.03", "2026-11-03"],
      ["2026년 11월 3일", "2026-11-03"],
      ["46329", "2026-11-03"],
      ["2026-02-30", undefined],
      ["11/03", undefined],
      ["어제", undefined],
      ["", undefined],
    ];
    for (const [raw, want] of cases) expect(parseDate(raw), raw).toBe(want);
  });

  it("reads amounts with commas, ₩, 원, parentheses and minus signs", () => {
    const cases: [string, number | undefined][] = [
      ["1,234,567", 1_234_567],
      ["₩4,500", 4_500],
      ["4,500원", 4_500],
      ["-4,500", -4_500],
      ["(4,500)", -4_500],
      ["△4,500", -4_500],
      ["4,500-", -4_500],
      ["4500.00", 4_500],
      ["+100", 100],
      ["", 0],
      ["12.5", undefined],
      ["사천원", undefined],
    ];
    for (const [raw, want] of cases) expect(parseAmount(raw), raw).toBe(want);
  });

  it("keeps unreadable lines with their reason, and a signed bank amount gives the kind", () => {
    const rows = statementRows(
      [
        ["거래일자", "내용", "거래금액", "거래처"],
        ["2026-11-01", "입금", "50,000", "김손님"],
        ["2026-11-02", "월세", "-800,000", "골목빌딩"],
        ["2026-13-01", "이상한 날짜", "1,000", ""],
        ["2026-11-03", "소수", "10.5", ""],
      ],
      {
        type: "bank",
        headerRow: 0,
        columns: { date: 0, description: 1, amount: 2, counterparty: 3 },
      },
    );
    expect(rows.map((r) => [r.kind, r.amount, r.counterparty])).toEqual([
      ["income", 50_000, "김손님"],
      ["expense", 800_000, "골목빌딩"],
      ["expense", 0, "이상한 날짜"],
      ["expense", 0, "소수"],
    ]);
    expect(rows[2].error).toContain("2026-13-01");
    expect(rows[3].error).toMatch(/원 단위/);
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3]);
  });

  it("reads a bank export with one positive 금액 column and an 입금/출금 column", () => {
    const sheet = [
      ["거래일자", "구분", "거래금액", "내용"],
      ["2026-11-01", "입금", "50,000", "김손님"],
      ["2026-11-02", "출금", "800,000", "골목빌딩"],
    ];
    const m = detectMapping(sheet)!;
    expect(m.columns).toEqual({
      date: 0,
      direction: 1,
      amount: 2,
      description: 3,
    });
    const rows = statementRows(sheet, { ...m, type: "bank" });
    expect(rows.map((r) => [r.kind, r.amount])).toEqual([
      ["income", 50_000],
      ["expense", 800_000],
    ]);
  });
});
