// 임금명세서 PDF, A4. 근로기준법 §48② and 시행령 §27의2 require: 성명, 생년월일 또는 사원번호,
// 임금지급일, 임금 총액, 임금을 구성하는 항목별 금액과 계산방법(출근일수·근로시간 등), 공제 항목별
// 금액과 총액. Every item is printed in full: long text wraps (and shrinks a little), and a slip with
// far more items than a real one continues on a second page rather than overflowing or dropping rows.
import { rgb, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import { createKoreanDoc, drawable, textWidth, wrap } from "../pdf/font";

export interface PayslipItem {
  label: string;
  amount: number;
  /** 계산방법, e.g. "209시간 × 10,320원". */
  basis: string;
}

export interface PayslipDoc {
  businessName: string;
  /** 사업자등록번호 formatted 123-45-67890, or "". */
  bizNo: string;
  /** 귀속월 "2026-04", shown "2026년 4월분". */
  month: string;
  /** 지급일 "2026-04-25", shown "2026. 4. 25.". */
  payDate: string;
  employee: {
    name: string;
    /** YYYY-MM-DD, shown only as such: anything else (a resident number) is never printed. */
    birthDate: string;
    /** 월급제/시급제/일용직 */
    payType: string;
  };
  /** 지급 항목 */
  earnings: PayslipItem[];
  /** 공제 항목 */
  deductions: PayslipItem[];
  nonTaxable: number;
  gross: number;
  totalDeductions: number;
  net: number;
  /** 정정 명세서 */
  correction?: boolean;
}

const A4 = { w: 595.28, h: 841.89 };
const MX = 44; // left/right margin
const TOP = A4.h - 40;
const BOTTOM = 52; // the footer sits below this
const W = A4.w - 2 * MX;

const INK = rgb(0.11, 0.1, 0.09);
const MUTED = rgb(0.4, 0.38, 0.36);
const RULE = rgb(0.8, 0.79, 0.78);
const FILL = rgb(0.95, 0.95, 0.94);
const ACCENT = rgb(0.06, 0.46, 0.43);
const ACCENT_FILL = rgb(0.93, 0.98, 0.97);
const RED = rgb(0.75, 0.12, 0.1);

// Table columns: 항목 | 금액 | 계산방법.
const COL_LABEL = 128;
const COL_AMOUNT = 104;
const COL_BASIS = W - COL_LABEL - COL_AMOUNT;
const PAD = 6;

export const won = (n: number) => `${Math.round(n).toLocaleString("en-US")}원`;
export const monthKo = (m: string) =>
  `${m.slice(0, 4)}년 ${Number(m.slice(5, 7))}월분`;
export const dateKo = (iso: string) =>
  `${iso.slice(0, 4)}. ${Number(iso.slice(5, 7))}. ${Number(iso.slice(8, 10))}.`;
/** Only a plain date is ever printed: a resident number passed here by mistake is not. */
const birthKo = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : "—");

interface Fitted {
  size: number;
  lines: string[];
}

/** Shrinks text down to `min` to fit one line of `width`; past that, wraps at `min`. */
function fit(
  font: PDFFont,
  text: string,
  size: number,
  min: number,
  width: number,
): Fitted {
  for (let s = size; s >= min - 1e-9; s -= 0.5)
    if (textWidth(font, text, s) <= width) return { size: s, lines: [text] };
  return { size: min, lines: wrap(font, text, min, width) };
}

/** Wraps at `size`; if that takes more than `maxLines`, wraps smaller (down to `min`) instead. */
function wrapShrink(
  font: PDFFont,
  text: string,
  size: number,
  min: number,
  width: number,
  maxLines: number,
): Fitted {
  let lines = wrap(font, text, size, width);
  let s = size;
  while (lines.length > maxLines && s - 0.5 >= min - 1e-9) {
    s -= 0.5;
    lines = wrap(font, text, s, width);
  }
  return { size: s, lines };
}

const lineGap = (size: number) => size * 1.3;
const blockHeight = (f: Fitted) =>
  f.size + (f.lines.length - 1) * lineGap(f.size);

/**
 * Draws onto pages top-down. In measuring mode it draws nothing and never breaks pages, so the
 * same code tells how tall the slip is at a given scale.
 */
class Painter {
  y = TOP;
  page: PDFPage | undefined;
  pages: PDFPage[] = [];
  onNewPage: () => void = () => {};
  constructor(
    private readonly newPageFn: (() => PDFPage) | undefined,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    if (newPageFn) this.addPage(false);
  }
  get measuring() {
    return !this.newPageFn;
  }
  private addPage(continued: boolean) {
    this.page = this.newPageFn!();
    this.pages.push(this.page);
    this.y = TOP;
    if (continued) this.onNewPage();
  }
  /** Makes room for `h` points (starting a new page when drawing); returns true on a new page. */
  ensure(h: number): boolean {
    if (this.measuring || this.y - h >= BOTTOM) return false;
    this.addPage(true);
    return true;
  }
  text(
    s: string,
    x: number,
    y: number,
    size: number,
    font = this.regular,
    color: RGB = INK,
  ) {
    this.page?.drawText(s, { x, y, size, font, color });
  }
  textRight(
    s: string,
    xRight: number,
    y: number,
    size: number,
    font = this.regular,
    color: RGB = INK,
  ) {
    this.text(s, xRight - textWidth(font, s, size), y, size, font, color);
  }
  /** Draws fitted lines whose first baseline is `size` below `top`. */
  lines(
    f: Fitted,
    x: number,
    top: number,
    font = this.regular,
    color: RGB = INK,
  ) {
    f.lines.forEach((l, i) =>
      this.text(l, x, top - f.size - i * lineGap(f.size), f.size, font, color),
    );
  }
  rule(y: number, thickness = 0.5, color: RGB = RULE, x = MX, w = W) {
    this.page?.drawLine({
      start: { x, y },
      end: { x: x + w, y },
      thickness,
      color,
    });
  }
  rect(x: number, y: number, w: number, h: number, color: RGB, border?: RGB) {
    this.page?.drawRectangle({
      x,
      y,
      width: w,
      height: h,
      color,
      ...(border ? { borderColor: border, borderWidth: 0.8 } : {}),
    });
  }
}

function paint(slip: PayslipDoc, p: Painter, k: number) {
  const { regular, bold } = p;
  const title = "임금명세서";
  const name = drawable(regular, slip.employee.name);

  p.onNewPage = () => {
    p.text(
      `${title}${slip.correction ? " (정정)" : ""} (계속)`,
      MX,
      p.y - 12,
      12,
      bold,
    );
    p.textRight(
      `${name} · ${monthKo(slip.month)}`,
      MX + W,
      p.y - 12,
      10,
      regular,
      MUTED,
    );
    p.y -= 20;
    p.rule(p.y, 1, INK);
    p.y -= 8;
  };

  // Title.
  const titleSize = 24 * Math.min(1, k + 0.1);
  p.text(title, MX, p.y - titleSize, titleSize, bold);
  if (slip.correction)
    p.text(
      "(정정)",
      MX + textWidth(bold, title, titleSize) + 8,
      p.y - titleSize,
      titleSize * 0.7,
      bold,
      RED,
    );
  p.textRight(monthKo(slip.month), MX + W, p.y - titleSize, 13, bold);
  p.y -= titleSize + 10;
  p.rule(p.y, 1.4, INK);
  p.y -= 8 * k;
  if (slip.correction) {
    p.text(
      "앞서 교부한 임금명세서를 정정하여 다시 교부합니다.",
      MX,
      p.y - 9,
      9,
      regular,
      RED,
    );
    p.y -= 9 + 8 * k;
  }

  // Header: label/value cells, two per row, except 사업장 which spans the row.
  const hs = 10 * Math.max(k, 0.85);
  const labelW = 86;
  const halfW = W / 2;
  const cellPadY = 5 * k;
  const headerRow = (cells: [string, string][]) => {
    const valueW = (cells.length === 1 ? W : halfW) - labelW - 2 * PAD;
    const fitted = cells.map(([, v]) =>
      fit(regular, drawable(regular, v), hs, 7.5, valueW),
    );
    const h = Math.max(...fitted.map(blockHeight)) + 2 * cellPadY;
    cells.forEach(([label], i) => {
      const x = MX + i * halfW;
      const cellW = cells.length === 1 ? W : halfW;
      p.rect(x, p.y - h, labelW, h, FILL);
      p.text(label, x + PAD, p.y - cellPadY - hs, hs * 0.92, bold, MUTED);
      p.lines(fitted[i], x + labelW + PAD, p.y - cellPadY);
      p.rule(p.y - h, 0.5, RULE, x, cellW);
    });
    p.y -= h;
  };
  p.rule(p.y, 0.5);
  headerRow([["사업장", slip.businessName]]);
  headerRow([
    ["사업자등록번호", slip.bizNo || "—"],
    ["귀속월", monthKo(slip.month)],
  ]);
  headerRow([
    ["성명", slip.employee.name],
    ["생년월일", birthKo(slip.employee.birthDate)],
  ]);
  headerRow([
    ["급여형태", slip.employee.payType],
    ["임금지급일", dateKo(slip.payDate)],
  ]);
  p.y -= 16 * k;

  // 지급 내역 / 공제 내역 tables.
  const fs = 10 * Math.max(k, 0.8);
  const bs = 8.5 * Math.max(k, 0.85);
  const rowPadY = 4.5 * k;
  const xAmountRight = MX + COL_LABEL + COL_AMOUNT - PAD;
  const xBasis = MX + COL_LABEL + COL_AMOUNT + PAD;

  const columnHeader = () => {
    const h = 9 + 2 * rowPadY;
    p.rect(MX, p.y - h, W, h, FILL);
    const base = p.y - rowPadY - 9;
    p.text("항목", MX + PAD, base, 9, bold, MUTED);
    p.textRight("금액", xAmountRight, base, 9, bold, MUTED);
    p.text("계산방법", xBasis, base, 9, bold, MUTED);
    p.y -= h;
    p.rule(p.y, 0.5);
  };

  const table = (
    caption: string,
    items: PayslipItem[],
    totalLabel: string,
    total: number,
  ) => {
    const captionH = 12 + 6;
    const headH = 9 + 2 * rowPadY;
    const rows = items.map((it) => {
      const label = fit(
        regular,
        drawable(regular, it.label),
        fs,
        7.5,
        COL_LABEL - 2 * PAD,
      );
      const amount = fit(regular, won(it.amount), fs, 7, COL_AMOUNT - 2 * PAD);
      const basis = wrapShrink(
        regular,
        drawable(regular, it.basis || "—"),
        bs,
        6.5,
        COL_BASIS - 2 * PAD,
        2,
      );
      const h =
        Math.max(blockHeight(label), blockHeight(amount), blockHeight(basis)) +
        2 * rowPadY;
      return { label, amount, basis, h };
    });
    const firstH = rows.length ? rows[0].h : fs + 2 * rowPadY;
    // Keep the caption, column header and the first row together.
    p.ensure(captionH + headH + firstH);
    p.text(caption, MX, p.y - 12, 12, bold);
    p.y -= captionH;
    p.rule(p.y, 1, INK);
    columnHeader();
    if (!rows.length) {
      const h = fs + 2 * rowPadY;
      p.text("해당 없음", MX + PAD, p.y - rowPadY - fs, fs, regular, MUTED);
      p.y -= h;
      p.rule(p.y);
    }
    for (const r of rows) {
      if (p.ensure(r.h)) columnHeader();
      const top = p.y - rowPadY;
      p.lines(r.label, MX + PAD, top);
      r.amount.lines.forEach((l, i) =>
        p.textRight(
          l,
          xAmountRight,
          top - r.amount.size - i * lineGap(r.amount.size),
          r.amount.size,
        ),
      );
      // Center a one-line basis on the row's first baseline; wrapped bases start at the top.
      p.lines(
        r.basis,
        xBasis,
        top - (r.basis.lines.length === 1 ? (fs - r.basis.size) * 0.5 : 0),
        regular,
        MUTED,
      );
      p.y -= r.h;
      p.rule(p.y);
    }
    const th = fs + 2 * rowPadY + 1;
    p.ensure(th);
    p.text(totalLabel, MX + PAD, p.y - rowPadY - fs, fs, bold);
    p.textRight(won(total), xAmountRight, p.y - rowPadY - fs, fs, bold);
    p.y -= th;
    p.rule(p.y, 1, INK);
    p.y -= 18 * k;
  };

  table("지급 내역", slip.earnings, "지급 총액", slip.gross);
  table("공제 내역", slip.deductions, "공제 총액", slip.totalDeductions);

  // Totals.
  const ts = 10.5 * Math.max(k, 0.85);
  const tRow = ts + 9 * k;
  const netSize = 15;
  const boxPad = 10 * k;
  const boxH = 2 * boxPad + 3 * tRow + 8 + netSize + 4;
  p.ensure(boxH);
  p.rect(MX, p.y - boxH, W, boxH, ACCENT_FILL, ACCENT);
  const xL = MX + 14;
  const xR = MX + W - 14;
  let y = p.y - boxPad - ts;
  const totalRow = (label: string, value: string, note?: string) => {
    p.text(label, xL, y, ts, bold);
    if (note)
      p.text(
        note,
        xL + textWidth(bold, label, ts) + 8,
        y,
        ts * 0.8,
        regular,
        MUTED,
      );
    p.textRight(value, xR, y, ts, bold);
    y -= tRow;
  };
  totalRow("지급 총액", won(slip.gross));
  totalRow("비과세", won(slip.nonTaxable), "(지급 총액 중 비과세 소득)");
  totalRow("공제 총액", won(slip.totalDeductions));
  y += tRow - ts * 0.3 - 4;
  p.rule(y, 0.8, ACCENT, xL, xR - xL);
  y -= 8 + netSize;
  p.text("실지급액", xL, y, netSize, bold, ACCENT);
  p.text(
    "(지급 총액 − 공제 총액)",
    xL + textWidth(bold, "실지급액", netSize) + 8,
    y + 1,
    ts * 0.8,
    regular,
    MUTED,
  );
  p.textRight(won(slip.net), xR, y, netSize + 1, bold, ACCENT);
  p.y -= boxH;
}

/** Renders the 임금명세서 as a one-page A4 PDF (a second page only for an unusually long slip). */
export async function renderPayslip(slip: PayslipDoc): Promise<Uint8Array> {
  const title = `${monthKo(slip.month)} 임금명세서${slip.correction ? " (정정)" : ""} — ${slip.employee.name}`;
  const { doc, regular, bold } = await createKoreanDoc(title);

  // The largest scale at which everything fits on one page.
  let scale = 0.62;
  for (const k of [1, 0.92, 0.85, 0.78, 0.7, 0.62]) {
    const m = new Painter(undefined, regular, bold);
    paint(slip, m, k);
    if (m.y >= BOTTOM) {
      scale = k;
      break;
    }
  }
  const painter = new Painter(() => doc.addPage([A4.w, A4.h]), regular, bold);
  paint(slip, painter, scale);

  const n = painter.pages.length;
  painter.pages.forEach((page, i) => {
    page.drawLine({
      start: { x: MX, y: BOTTOM - 14 },
      end: { x: MX + W, y: BOTTOM - 14 },
      thickness: 0.4,
      color: RULE,
    });
    page.drawText(
      "근로기준법 제48조 제2항에 따라 교부하는 임금명세서입니다. · 골목 Golmok",
      {
        x: MX,
        y: BOTTOM - 28,
        size: 7.5,
        font: regular,
        color: MUTED,
      },
    );
    if (n > 1) {
      const s = `${i + 1} / ${n}`;
      page.drawText(s, {
        x: MX + W - textWidth(regular, s, 7.5),
        y: BOTTOM - 28,
        size: 7.5,
        font: regular,
        color: MUTED,
      });
    }
  });
  return doc.save();
}
