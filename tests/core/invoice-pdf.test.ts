// The 세금계산서 PDF as people get it: one small A4 page, its Korean text extractable AND drawn
// (a text layer alone proves little: see the fontkit patch in core/pdf/font.ts), every text inside
// its cell, and the paper form's colours: 공급자 red, 공급받는자 blue.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { computeLines } from "../../core/invoice/compute";
import { invoicePdfFilename, renderInvoicePdf } from "../../core/invoice/pdf";
import type { InvoiceDoc, Line, Party } from "../../core/invoice/schema";
import { isValidBizNo } from "../../core/kr/bizno";

const OUT = "tests/.artifacts";
mkdirSync(OUT, { recursive: true });
const A4 = { w: 595.28, h: 841.89 };

const supplier: Party = {
  bizNo: "1208147521",
  branchNo: "",
  name: "골목미용실",
  ceo: "김민지",
  address: "서울특별시 마포구 동교로 123, 1층 (연남동)",
  bizType: "서비스",
  bizItem: "미용업",
  email: "tax@golmok-salon.example",
  email2: "",
};
const buyer: Party = {
  bizNo: "2208162517",
  branchNo: "0002",
  name: "(주)한빛뷰티아카데미",
  ceo: "이한빛",
  address: "서울특별시 강남구 테헤란로 427, 5층 (삼성동)",
  bizType: "교육서비스",
  bizItem: "직업훈련",
  email: "account@hanbit-academy.example",
  email2: "",
};

// 과세 10%, truncated below ₩1: 30,999원의 10%는 3,099.9원 → 3,099원.
const lines: Line[] = [
  {
    date: "2026-11-03",
    item: "헤어 트리트먼트 세트 (살롱용)",
    spec: "500ml×2",
    qty: 3,
    unitPrice: 10_333,
    supply: 30_999,
    tax: 3_099,
    note: "",
  },
  {
    date: "2026-11-20",
    item: "염색약 7N 애쉬브라운",
    spec: "80g",
    qty: 12,
    unitPrice: 6_875,
    supply: 82_500,
    tax: 8_250,
    note: "견본 2개 포함",
  },
  {
    date: "2026-11-20",
    item: "커트 교육 세미나 (2시간)",
    spec: "",
    qty: 1,
    unitPrice: 150_000,
    supply: 150_000,
    tax: 15_000,
    note: "",
  },
];

const invoice: InvoiceDoc = {
  id: "inv_pdf",
  status: "issued",
  kind: "taxable",
  purpose: "claim",
  typeCode: "0101",
  writeDate: "2026-11-20",
  summary: false,
  supplier,
  buyer,
  lines,
  supplyTotal: 263_499,
  taxTotal: 26_349,
  grandTotal: 289_848,
  payment: { cash: 0, cheque: 0, bill: 0, credit: 289_848 },
  note: "11월 납품 및 교육분",
  approvalNo: "202611204100012300000017",
  issuedAt: "2026-11-20T06:12:00.000Z",
};

interface Rendered {
  bytes: Uint8Array;
  path: string;
  ms: number;
}

async function render(name: string, doc: InvoiceDoc): Promise<Rendered> {
  const t0 = performance.now();
  const bytes = await renderInvoicePdf(doc);
  const ms = performance.now() - t0;
  const path = `${OUT}/${name}.pdf`;
  writeFileSync(path, bytes);
  return { bytes, path, ms };
}

function pdftotext(pdf: string): string {
  const r = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}
const flat = (s: string) => s.replace(/\s/g, "");

function pdfinfo(pdf: string): string {
  const r = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

interface Word {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** Every word of page 1 with its box in points, top-down (pdftotext -bbox). */
function words(pdf: string): Word[] {
  const r = spawnSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf, "-"], {
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  const re =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  return [...r.stdout.matchAll(re)].map((m) => ({
    x0: Number(m[1]),
    top: Number(m[2]),
    x1: Number(m[3]),
    bottom: Number(m[4]),
    text: m[5],
  }));
}

interface Rgb {
  width: number;
  height: number;
  px: Buffer; // 3 bytes a pixel
}

/** Page 1 as pdftoppm draws it (`-png`), decoded: 8-bit RGB, not interlaced. */
function rasterize(pdf: string, dpi: number): Rgb {
  const base = pdf.replace(/\.pdf$/, "");
  const r = spawnSync("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    pdf,
    base,
  ]);
  expect(r.status, String(r.stderr)).toBe(0);
  const png = readFileSync(`${base}.png`);
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (let off = 8; off < png.length;) {
    const len = png.readUInt32BE(off);
    const type = png.toString("latin1", off + 4, off + 8);
    const data = png.subarray(off + 8, off + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      // bit depth 8, colour type 2 (RGB), no interlace
      expect([data[8], data[9], data[12]]).toEqual([8, 2, 0]);
    }
    if (type === "IDAT") idat.push(data);
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 3;
  const px = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = y * (stride + 1) + 1;
    for (let i = 0; i < stride; i++) {
      const a = i >= 3 ? px[y * stride + i - 3] : 0;
      const b = y ? px[(y - 1) * stride + i] : 0;
      const c = i >= 3 && y ? px[(y - 1) * stride + i - 3] : 0;
      const paeth = () => {
        const [pa, pb, pc] = [
          Math.abs(b - c),
          Math.abs(a - c),
          Math.abs(a + b - 2 * c),
        ];
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      };
      const pred = [0, a, b, (a + b) >> 1, paeth()][filter];
      px[y * stride + i] = (raw[row + i] + pred) & 255;
    }
  }
  return { width, height, px };
}

/** Pixels matching `test` inside a box given in PDF points (origin bottom-left). */
function count(
  g: Rgb,
  dpi: number,
  box: { x: number; y: number; w: number; h: number },
  test: (r: number, gr: number, b: number) => boolean,
): number {
  const s = dpi / 72;
  const x0 = Math.max(0, Math.floor(box.x * s));
  const x1 = Math.min(g.width, Math.ceil((box.x + box.w) * s));
  const y0 = Math.max(0, Math.floor((A4.h - box.y - box.h) * s));
  const y1 = Math.min(g.height, Math.ceil((A4.h - box.y) * s));
  let n = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * g.width + x) * 3;
      if (test(g.px[i], g.px[i + 1], g.px[i + 2])) n++;
    }
  return n;
}
const dark = (r: number, g: number, b: number) =>
  0.299 * r + 0.587 * g + 0.114 * b < 128;
const reddish = (r: number, g: number, b: number) => r - Math.max(g, b) > 60;
const bluish = (r: number, g: number, b: number) => b - Math.max(r, g) > 60;
const won = (n: number) => n.toLocaleString("en-US");

const PAGE = { x: 0, y: 0, w: A4.w, h: A4.h };
// Where the two party boxes sit: the left and right halves just below the title band.
const LEFT_PARTY = { x: 30, y: 630, w: 260, h: 110 };
const RIGHT_PARTY = { x: 305, y: 630, w: 260, h: 110 };
const MIDDLE = { x: 150, y: 280, w: 300, h: 280 };

describe("세금계산서 PDF", () => {
  it("is a realistic invoice: the figures agree with the engine and both numbers are valid", () => {
    expect(isValidBizNo(supplier.bizNo)).toBe(true);
    expect(isValidBizNo(buyer.bizNo)).toBe(true);
    const c = computeLines("taxable", invoice.writeDate, lines);
    expect(c.lines.map((l) => [l.supply, l.tax])).toEqual(
      lines.map((l) => [l.supply, l.tax]),
    );
    expect([c.supplyTotal, c.taxTotal, c.grandTotal]).toEqual([
      invoice.supplyTotal,
      invoice.taxTotal,
      invoice.grandTotal,
    ]);
  });

  it("is one small A4 page with the parties, lines and totals in extractable, drawn Korean", async () => {
    const cold = await render("invoice", invoice);
    const warm = await render("invoice", invoice);
    console.log(
      `invoice.pdf: ${warm.bytes.length} bytes, rendered in ${cold.ms.toFixed(0)} ms (first, parses the font) / ${warm.ms.toFixed(0)} ms`,
    );
    const { bytes, path } = warm;
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeLessThanOrEqual(150 * 1024);
    const info = pdfinfo(path);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);

    const text = pdftotext(path);
    for (const s of [
      "전자세금계산서",
      "승인번호",
      "20261120-41000123-00000017",
      "발급일자",
      "등록번호",
      "120-81-47521",
      "골목미용실",
      "김민지",
      "tax@golmok-salon.example",
      "220-81-62517",
      "0002",
      "(주)한빛뷰티아카데미",
      "이한빛",
      "교육서비스",
      "직업훈련",
      "account@hanbit-academy.example",
      "작성일자",
      "2026-11-20",
      "11월 납품 및 교육분",
      "500ml×2",
      "10,333",
      "6,875",
      "150,000",
      won(invoice.supplyTotal),
      won(invoice.taxTotal),
      won(invoice.grandTotal),
      "외상미수금",
      "청구",
    ])
      expect(text, s).toContain(s);
    // Labels that a narrow cell may set on two lines, and the line items, whitespace aside.
    for (const s of [
      "공급자",
      "공급받는자",
      "종사업장번호",
      "상호(법인명)",
      "사업장주소",
      ...lines.map((l) => l.item),
      "이금액을청구함",
    ])
      expect(flat(text), s).toContain(flat(s));
    for (const l of lines) {
      expect(text).toContain(won(l.supply));
      expect(text).toContain(won(l.tax));
    }
    expect(text).not.toContain("3,100"); // VAT is truncated, never rounded
    expect(text).not.toContain("초안");
    expect(text).not.toContain("수정전자");

    // Drawn, not only extractable: real ink, and the paper form's colours on each side.
    const dpi = 50;
    const g = rasterize(path, dpi);
    expect(count(g, dpi, PAGE, dark)).toBeGreaterThan(3000);
    // The title band, top left.
    expect(
      count(g, dpi, { x: 100, y: A4.h - 88, w: 200, h: 60 }, dark),
    ).toBeGreaterThan(300);
    expect(count(g, dpi, LEFT_PARTY, reddish)).toBeGreaterThan(400);
    expect(count(g, dpi, LEFT_PARTY, bluish)).toBe(0);
    expect(count(g, dpi, RIGHT_PARTY, bluish)).toBeGreaterThan(400);
    expect(count(g, dpi, RIGHT_PARTY, reddish)).toBe(0);
    // An issued invoice has no draft mark across the middle.
    expect(
      count(g, dpi, MIDDLE, (r, gr, b) => r - Math.max(gr, b) > 8),
    ).toBeLessThan(20);
  });

  it("keeps sixteen maximum-length lines and parties on one page, every text inside its cell", async () => {
    const long = (s: string, n: number) =>
      s.repeat(Math.ceil(n / s.length)).slice(0, n);
    // The longest texts the schema accepts (LEN in core/invoice/schema.ts).
    const party = (p: Party): Party => ({
      ...p,
      branchNo: "0123",
      name: long(`${p.name} 연남동 본점 `, 70),
      ceo: long(`${p.ceo} 외 `, 30),
      address: long(
        "서울특별시 마포구 동교로 123길 45-6, 골목빌딩 지하 1층 ",
        150,
      ),
      bizType: long("서비스업 도소매업 ", 40),
      bizItem: long("미용업 화장품 소매 ", 40),
      email: "very.long.accounting.department@golmok-salon.example.co.kr",
      email2: "second-inbox-for-tax-invoices@golmok.example",
    });
    const many: Line[] = Array.from({ length: 16 }, (_, i) => ({
      date: `2026-11-${String(i + 1).padStart(2, "0")}`,
      item: long(`${i + 1}번 헤어 트리트먼트 전문가용 대용량 리필 세트 `, 100),
      spec: long("500ml×12ea ", 40),
      qty: 123_456.78,
      unitPrice: 99_999_999,
      supply: 12_345_678_901,
      tax: 1_234_567_890,
      note: long("견본 포함 😀 ", 40),
    }));
    const big: InvoiceDoc = {
      ...invoice,
      summary: true,
      purpose: "receipt",
      supplier: party(supplier),
      buyer: party(buyer),
      lines: many,
      supplyTotal: 99_999_999_999,
      taxTotal: 9_999_999_999,
      grandTotal: 100_000_000_000,
      payment: {
        cash: 100_000_000_000,
        cheque: 100_000_000_000,
        bill: 100_000_000_000,
        credit: 100_000_000_000,
      },
      note: long("11월 정산분, 반품 3건 포함 (계약서 제7조에 따름) ", 150),
    };
    const { path, bytes } = await render("invoice-16", big);
    expect(bytes.length).toBeLessThanOrEqual(150 * 1024);
    expect(pdfinfo(path)).toMatch(/Pages:\s+1\n/);

    const text = pdftotext(path);
    for (let i = 1; i <= 16; i++) expect(text).toContain(`${i}번`);
    for (const s of ["월합계", "영수"]) expect(text).toContain(s);
    expect(text).toContain(won(12_345_678_901));
    expect(text).toContain(won(100_000_000_000));
    expect(text).not.toContain("😀"); // no glyph in Pretendard: drawn as "?", not as an empty box

    const ws = words(path);
    // Nothing outside the form's margins (28 pt) ...
    for (const w of ws) {
      expect(w.x0, w.text).toBeGreaterThanOrEqual(28 - 0.5);
      expect(w.x1, w.text).toBeLessThanOrEqual(A4.w - 28 + 0.5);
      expect(w.bottom, w.text).toBeLessThanOrEqual(A4.h - 20);
    }
    // ... and nothing spilling into the next column of the line table: the 품목 text stays left of
    // the 규격 heading, the 공급가액 figures left of the 세액 heading.
    const heading = (s: string) => {
      const found = ws.filter((w) => w.text === s);
      return found[found.length - 1]; // the line table's, below the summary row's
    };
    const [spec, tax, item] = [
      heading("규격"),
      heading("세액"),
      heading("품목"),
    ];
    const rows = ws.filter((w) => w.top > item.bottom);
    const itemWords = rows.filter((w) => /트리트먼트|리필|대용량/.test(w.text));
    expect(itemWords.length).toBeGreaterThan(16);
    for (const w of itemWords) expect(w.x1, w.text).toBeLessThan(spec.x0);
    const supplies = rows.filter((w) => w.text === won(12_345_678_901));
    expect(supplies).toHaveLength(16);
    for (const w of supplies) expect(w.x1).toBeLessThan(tax.x0);
    // Rows stay apart: the sixteen 공급가액 figures are evenly spaced, never overlapping.
    const tops = supplies.map((w) => w.top).sort((a, b) => a - b);
    for (let i = 1; i < tops.length; i++)
      expect(tops[i] - tops[i - 1]).toBeGreaterThan(15);

    spawnSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-singlefile",
      path,
      path.replace(/\.pdf$/, ""),
    ]);
  });

  it("titles a 면세 invoice 전자계산서, without any 세액", async () => {
    const c = computeLines(
      "exempt",
      invoice.writeDate,
      lines.map((l) => ({ ...l, tax: undefined })),
    );
    const { path } = await render("invoice-exempt", {
      ...invoice,
      kind: "exempt",
      typeCode: "0301",
      ...c,
      payment: { cash: c.grandTotal, cheque: 0, bill: 0, credit: 0 },
      purpose: "receipt",
    });
    expect(pdfinfo(path)).toMatch(/Pages:\s+1\n/);
    const text = pdftotext(path);
    expect(text).toContain("전자계산서");
    expect(text).not.toContain("세금계산서");
    expect(text).not.toContain("세액");
    expect(text).not.toContain(won(3_099));
    expect(text).toContain(won(c.supplyTotal));
    expect(flat(text)).toContain("이금액을영수함");
  });

  it("marks an amendment: 수정 title, the reason and the original approval number, negative amounts", async () => {
    const negated = lines.map((l) => ({
      ...l,
      qty: -(l.qty ?? 0),
      supply: -l.supply,
      tax: -l.tax,
    }));
    const { path } = await render("invoice-amended", {
      ...invoice,
      typeCode: "0201",
      writeDate: "2026-11-28",
      lines: negated,
      supplyTotal: -invoice.supplyTotal,
      taxTotal: -invoice.taxTotal,
      grandTotal: -invoice.grandTotal,
      payment: { cash: 0, cheque: 0, bill: 0, credit: -invoice.grandTotal },
      note: "계약 해제에 따른 수정 발급",
      approvalNo: "202611284100012300000031",
      amendment: {
        reason: "04",
        originalId: invoice.id,
        originalApprovalNo: invoice.approvalNo!,
      },
    });
    const text = pdftotext(path);
    for (const s of [
      "수정전자세금계산서",
      "수정사유",
      "04 계약의 해제",
      "당초 승인번호",
      "20261120-41000123-00000017",
      "20261128-41000123-00000031",
      `-${won(invoice.supplyTotal)}`,
      `-${won(invoice.taxTotal)}`,
      `-${won(invoice.grandTotal)}`,
      "-30,999",
      "-3,099",
      "-3",
    ])
      expect(text, s).toContain(s);
  });

  it("marks a draft: no approval number, 초안 in the header, the footer and faintly across the page", async () => {
    const { path } = await render("invoice-draft", {
      ...invoice,
      status: "draft",
      approvalNo: undefined,
      issuedAt: undefined,
    });
    const text = pdftotext(path);
    expect(text).toContain("발급 전 (초안)");
    // The header and the footer; the diagonal mark is checked by its ink below.
    expect(text.match(/초안/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain("20261120-41000123");
    const dpi = 50;
    const g = rasterize(path, dpi);
    expect(
      count(g, dpi, MIDDLE, (r, gr, b) => r - Math.max(gr, b) > 8),
    ).toBeGreaterThan(2000);
  });

  it("names the file after the kind and the approval number", () => {
    expect(invoicePdfFilename(invoice)).toBe(
      "세금계산서-20261120-41000123-00000017.pdf",
    );
    expect(
      invoicePdfFilename({ ...invoice, kind: "exempt", approvalNo: undefined }),
    ).toBe("계산서-초안.pdf");
    expect(
      invoicePdfFilename({
        ...invoice,
        amendment: {
          reason: "01",
          originalId: "inv_0",
          originalApprovalNo: invoice.approvalNo!,
        },
      }),
    ).toBe("수정세금계산서-20261120-41000123-00000017.pdf");
  });
});
