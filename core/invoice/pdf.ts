// 전자세금계산서 / 전자계산서 PDF: one A4 page laid out like the paper form people know, with the
// 공급자 box in red and the 공급받는자 box in blue side by side, 작성일자·공급가액·세액·수정사유,
// sixteen line rows (the NTS format's maximum, so the form never needs a second page), and
// 합계금액 with 현금·수표·어음·외상미수금 and 영수/청구. The legal record is the NTS XML; this is
// what people print, file and read, so every cell is fixed like the paper form and its text is fitted.
import { documentLines } from "./compute";
import { degrees, rgb, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import { formatBizNo } from "../kr/bizno";
import { createKoreanDoc, drawable, textWidth, wrap } from "../pdf/font";
import { kstDate } from "../time";
import {
  AMEND_REASON_LABEL,
  formatApprovalNo,
  invoiceFileStem,
  invoiceTitle,
  MAX_LINES,
  PURPOSE_LABEL,
  type InvoiceDoc,
  type Line,
  type Party,
} from "./schema";

const A4 = { w: 595.28, h: 841.89 };
const M = 28; // margin
const W = A4.w - 2 * M;
const GAP = 8; // between the form's sections
const PAD = 4; // inside a cell, left/right
const PAD_Y = 2.5;
const LEAD = 1.2;

const INK = rgb(0.11, 0.1, 0.09);
const MUTED = rgb(0.4, 0.38, 0.36);
const RED = rgb(0.78, 0.14, 0.12);
const ROW_RULE = rgb(0.8, 0.8, 0.79);

interface Tone {
  line: RGB;
  fill: RGB;
  label: RGB;
}
const SUPPLIER: Tone = {
  line: rgb(0.82, 0.27, 0.25),
  fill: rgb(0.995, 0.94, 0.935),
  label: rgb(0.68, 0.13, 0.11),
};
const BUYER: Tone = {
  line: rgb(0.22, 0.4, 0.78),
  fill: rgb(0.935, 0.955, 0.995),
  label: rgb(0.12, 0.27, 0.62),
};
const PLAIN: Tone = {
  line: rgb(0.38, 0.37, 0.36),
  fill: rgb(0.945, 0.945, 0.94),
  label: rgb(0.3, 0.29, 0.28),
};

/** Won with thousands separators; amendments carry a leading "-". */
export const amountText = (n: number) =>
  `${n < 0 ? "-" : ""}${Math.abs(Math.trunc(n)).toLocaleString("en-US")}`;
const qtyText = (n: number) =>
  `${n < 0 ? "-" : ""}${(Math.round(Math.abs(n) * 100) / 100).toLocaleString("en-US")}`;
const approvalText = (doc: InvoiceDoc) =>
  doc.approvalNo ? formatApprovalNo(doc.approvalNo) : "발급 전 (초안)";
const isDraft = (doc: InvoiceDoc) => doc.status === "draft" || !doc.approvalNo;

export function invoicePdfFilename(doc: InvoiceDoc): string {
  return `${invoiceFileStem(doc)}.pdf`;
}

// --- fitting text into a cell -----------------------------------------------------------------

interface Fitted {
  size: number;
  lines: string[];
}

const blockHeight = (size: number, n: number) =>
  size * 0.9 + (n - 1) * size * LEAD;

function ellipsize(font: PDFFont, s: string, size: number, w: number) {
  const dots = drawable(font, "…") === "…" ? "…" : "...";
  const cs = [...s];
  while (cs.length && textWidth(font, cs.join("") + dots, size) > w) cs.pop();
  return cs.join("").trimEnd() + dots;
}

/**
 * Fits `s` into w×h: one line, shrinking a little; else wrapped at the largest size down to `min`
 * whose lines fit the height; else as many lines as fit at `min`, the last cut with an ellipsis.
 * Numbers never wrap or get cut: they shrink until they fit.
 */
export function fitText(
  font: PDFFont,
  s: string,
  size: number,
  min: number,
  w: number,
  h: number,
  numeric = false,
): Fitted {
  const width = textWidth(font, s, size);
  if (numeric)
    return { size: width <= w ? size : (size * w) / width, lines: [s] };
  const eps = 1e-9;
  if (!s.includes("\n"))
    for (let z = size; z >= Math.max(min, size - 1.5) - eps; z -= 0.5)
      if (textWidth(font, s, z) <= w) return { size: z, lines: [s] };
  for (let z = size; z >= min - eps; z -= 0.5) {
    const lines = wrap(font, s, z, w);
    if (blockHeight(z, lines.length) <= h) return { size: z, lines };
  }
  const all = wrap(font, s, min, w);
  let n = 1;
  while (blockHeight(min, n + 1) <= h) n++;
  const kept = all.slice(0, n);
  kept[n - 1] = ellipsize(font, all.slice(n - 1).join(" "), min, w);
  return { size: min, lines: kept };
}

// --- drawing ----------------------------------------------------------------------------------

interface Ctx {
  page: PDFPage;
  regular: PDFFont;
  bold: PDFFont;
}

type Align = "left" | "center" | "right";

interface TextStyle {
  size?: number;
  min?: number;
  bold?: boolean;
  color?: RGB;
  align?: Align;
  numeric?: boolean;
}

/** Text in the cell whose top-left corner is (x, top), centred vertically. */
function put(
  c: Ctx,
  raw: string,
  x: number,
  top: number,
  w: number,
  h: number,
  st: TextStyle = {},
) {
  const font = st.bold ? c.bold : c.regular;
  const s = drawable(font, raw.trim());
  if (!s) return;
  const f = fitText(
    font,
    s,
    st.size ?? 8.5,
    st.min ?? 6,
    w - 2 * PAD,
    h - 2 * PAD_Y,
    st.numeric,
  );
  // Baseline of the first line, so that the lines' ink (≈0.78 em above, 0.12 below) is centred.
  let y =
    top - h / 2 - 0.33 * f.size + ((f.lines.length - 1) * LEAD * f.size) / 2;
  for (const line of f.lines) {
    const tw = textWidth(font, line, f.size);
    const tx =
      st.align === "right"
        ? x + w - PAD - tw
        : st.align === "center"
          ? x + (w - tw) / 2
          : x + PAD;
    c.page.drawText(line, {
      x: tx,
      y,
      size: f.size,
      font,
      color: st.color ?? INK,
    });
    y -= LEAD * f.size;
  }
}

function fill(
  c: Ctx,
  x: number,
  top: number,
  w: number,
  h: number,
  color: RGB,
) {
  c.page.drawRectangle({ x, y: top - h, width: w, height: h, color });
}

function frame(
  c: Ctx,
  x: number,
  top: number,
  w: number,
  h: number,
  color: RGB,
  thickness = 0.9,
) {
  c.page.drawRectangle({
    x,
    y: top - h,
    width: w,
    height: h,
    borderColor: color,
    borderWidth: thickness,
  });
}

function hline(c: Ctx, x: number, y: number, w: number, color: RGB, t = 0.45) {
  c.page.drawLine({
    start: { x, y },
    end: { x: x + w, y },
    color,
    thickness: t,
  });
}

function vline(
  c: Ctx,
  x: number,
  top: number,
  h: number,
  color: RGB,
  t = 0.45,
) {
  c.page.drawLine({
    start: { x, y: top },
    end: { x, y: top - h },
    color,
    thickness: t,
  });
}

interface Col extends TextStyle {
  label: string;
  w: number;
}

/** A table of a tinted header row and `rows` body rows; returns its bottom. */
function table(
  c: Ctx,
  x: number,
  top: number,
  cols: Col[],
  rows: string[][],
  headH: number,
  rowH: number,
  tone: Tone,
): number {
  const w = cols.reduce((s, col) => s + col.w, 0);
  const h = headH + rows.length * rowH;
  fill(c, x, top, w, headH, tone.fill);
  rows.forEach((_, j) => {
    if (j > 0) hline(c, x, top - headH - j * rowH, w, ROW_RULE, 0.35);
  });
  hline(c, x, top - headH, w, tone.line, 0.6);
  let cx = x;
  cols.forEach((col, i) => {
    if (i > 0) vline(c, cx, top, h, tone.line);
    put(c, col.label, cx, top, col.w, headH, {
      size: 8,
      align: "center",
      color: tone.label,
    });
    rows.forEach((r, j) =>
      put(c, r[i] ?? "", cx, top - headH - j * rowH, col.w, rowH, col),
    );
    cx += col.w;
  });
  frame(c, x, top, w, h, tone.line);
  return top - h;
}

// --- the form's sections, top to bottom -------------------------------------------------------

const HEADER_H = 60;

function header(c: Ctx, doc: InvoiceDoc, top: number): number {
  const rw = 236; // 승인번호 panel on the right
  const kw = 66;
  const tx = M + W - rw;
  const rowH = HEADER_H / 2;
  const title = invoiceTitle(doc);
  const sub = [
    doc.kind === "zero" ? "영세율" : "",
    doc.summary ? "월합계" : "",
  ].filter(Boolean);
  const titleH = sub.length ? 36 : HEADER_H;
  put(c, title, M, top, W - rw, titleH, {
    size: 21,
    min: 14,
    bold: true,
    align: "center",
  });
  if (sub.length)
    put(c, `(${sub.join(" · ")})`, M, top - titleH + 6, W - rw, 22, {
      size: 9,
      align: "center",
      color: MUTED,
    });

  fill(c, tx, top, kw, HEADER_H, PLAIN.fill);
  vline(c, tx, top, HEADER_H, PLAIN.line, 0.9);
  vline(c, tx + kw, top, HEADER_H, PLAIN.line);
  hline(c, tx, top - rowH, rw, PLAIN.line);
  const label = { size: 8, align: "center" as const, color: PLAIN.label };
  put(c, "승인번호", tx, top, kw, rowH, label);
  put(c, approvalText(doc), tx + kw, top, rw - kw, rowH, {
    size: 10,
    bold: true,
    align: "center",
    color: doc.approvalNo ? INK : RED,
  });
  const second: [string, string] = doc.amendment
    ? ["당초 승인번호", formatApprovalNo(doc.amendment.originalApprovalNo)]
    : [
        "발급일자",
        doc.issuedAt && !isDraft(doc) ? kstDate(Date.parse(doc.issuedAt)) : "—",
      ];
  put(c, second[0], tx, top - rowH, kw, rowH, label);
  put(c, second[1], tx + kw, top - rowH, rw - kw, rowH, {
    size: 9,
    align: "center",
  });
  frame(c, M, top, W, HEADER_H, PLAIN.line);
  return top - HEADER_H;
}

const PARTY_ROW_H = 24;

/** One party's box: 등록번호·종사업장번호, 상호·성명, 사업장 주소, 업태·종목, 이메일. */
function partyBox(
  c: Ctx,
  p: Party,
  who: string,
  tone: Tone,
  x: number,
  top: number,
  w: number,
): number {
  const side = 22; // the vertical 공급자 / 공급받는자 label
  const key = 46;
  const key2 = 38;
  const val2 = 62;
  const val1 = w - side - key - key2 - val2;
  const rows: [string, string, string?, string?][] = [
    ["등록번호", formatBizNo(p.bizNo), "종사업장번호", p.branchNo],
    ["상호(법인명)", p.name, "성명", p.ceo],
    ["사업장 주소", p.address],
    ["업태", p.bizType, "종목", p.bizItem],
    ["이메일", [p.email, p.email2].filter(Boolean).join("\n")],
  ];
  const h = rows.length * PARTY_ROW_H;
  const xk = x + side;
  const xv = xk + key;
  const xk2 = xv + val1;
  fill(c, x, top, side + key, h, tone.fill);
  const chars = [...who];
  const step = 13;
  chars.forEach((ch, i) =>
    put(
      c,
      ch,
      x,
      top - h / 2 + (chars.length * step) / 2 - i * step,
      side,
      step,
      { size: 10, bold: true, align: "center", color: tone.label },
    ),
  );
  vline(c, xk, top, h, tone.line);
  vline(c, xv, top, h, tone.line);
  rows.forEach(([k, v, k2, v2], i) => {
    const rt = top - i * PARTY_ROW_H;
    if (i > 0) hline(c, xk, rt, w - side, tone.line);
    const label = {
      size: 7.5,
      min: 6.5,
      align: "center" as const,
      color: tone.label,
    };
    put(c, k, xk, rt, key, PARTY_ROW_H, label);
    const emphasis = i < 2; // 등록번호 and 상호 are what people look for
    if (k2 === undefined) {
      put(c, v, xv, rt, w - side - key, PARTY_ROW_H, { size: 8.5 });
      return;
    }
    put(c, v, xv, rt, val1, PARTY_ROW_H, {
      size: emphasis ? 9.5 : 8.5,
      bold: emphasis,
    });
    fill(c, xk2, rt, key2, PARTY_ROW_H, tone.fill);
    vline(c, xk2, rt, PARTY_ROW_H, tone.line);
    vline(c, xk2 + key2, rt, PARTY_ROW_H, tone.line);
    put(c, k2, xk2, rt, key2, PARTY_ROW_H, label);
    put(c, v2 ?? "", xk2 + key2, rt, val2, PARTY_ROW_H, {
      size: 8.5,
      align: i === 0 ? "center" : "left",
    });
  });
  frame(c, x, top, w, h, tone.line);
  return top - h;
}

function parties(c: Ctx, doc: InvoiceDoc, top: number): number {
  const half = (W - GAP) / 2;
  partyBox(c, doc.supplier, "공급자", SUPPLIER, M, top, half);
  return partyBox(c, doc.buyer, "공급받는자", BUYER, M + half + GAP, top, half);
}

/** 작성일자 · 공급가액 · 세액 · 수정사유, then 비고 across the page. */
function summary(c: Ctx, doc: InvoiceDoc, top: number): number {
  const exempt = doc.kind === "exempt";
  const dateW = 100;
  const money: TextStyle = {
    size: 10,
    bold: true,
    align: "right",
    numeric: true,
  };
  const cols: Col[] = [
    { label: "작성일자", w: dateW, size: 9.5, align: "center" },
    { label: "공급가액", w: exempt ? 200 : 150, ...money },
    ...(exempt ? [] : [{ label: "세액", w: 130, ...money }]),
  ];
  const used = cols.reduce((s, col) => s + col.w, 0);
  cols.push({ label: "수정사유", w: W - used, size: 8.5, align: "center" });
  const reason = doc.amendment
    ? `${doc.amendment.reason} ${AMEND_REASON_LABEL[doc.amendment.reason]}`
    : "";
  const row = [
    doc.writeDate,
    amountText(doc.supplyTotal),
    ...(exempt ? [] : [amountText(doc.taxTotal)]),
    reason,
  ];
  const bottom = table(c, M, top, cols, [row], 18, 26, PLAIN);

  const noteH = 26;
  fill(c, M, bottom, dateW, noteH, PLAIN.fill);
  vline(c, M + dateW, bottom, noteH, PLAIN.line);
  put(c, "비고", M, bottom, dateW, noteH, {
    size: 8,
    align: "center",
    color: PLAIN.label,
  });
  put(c, doc.note, M + dateW, bottom, W - dateW, noteH, { size: 8.5 });
  frame(c, M, bottom, W, noteH, PLAIN.line);
  return bottom - noteH;
}

const LINE_HEAD_H = 20;
const LINE_ROW_H = 24;

function lineCells(l: Line, exempt: boolean): string[] {
  return [
    String(Number(l.date.slice(5, 7))),
    String(Number(l.date.slice(8, 10))),
    l.item,
    l.spec,
    l.qty !== undefined ? qtyText(l.qty) : "",
    l.unitPrice !== undefined ? amountText(l.unitPrice) : "",
    amountText(l.supply),
    ...(exempt ? [] : [amountText(l.tax)]),
    l.note,
  ];
}

/** The sixteen line rows; empty rows are drawn blank, as on the paper form. */
function lineTable(c: Ctx, doc: InvoiceDoc, top: number): number {
  const exempt = doc.kind === "exempt";
  const num: TextStyle = { size: 8.5, align: "right", numeric: true };
  const wrapped: TextStyle = { size: 8.5, min: 6 };
  const cols: Col[] = [
    { label: "월", w: 22, size: 8.5, align: "center" },
    { label: "일", w: 22, size: 8.5, align: "center" },
    { label: "품목", w: 0, ...wrapped },
    { label: "규격", w: 50, ...wrapped, size: 8 },
    { label: "수량", w: 42, ...num },
    { label: "단가", w: 64, ...num },
    { label: "공급가액", w: 78, ...num },
    ...(exempt ? [] : [{ label: "세액", w: 64, ...num }]),
    { label: "비고", w: 56, ...wrapped, size: 8 },
  ];
  cols[2].w = W - cols.reduce((s, col) => s + col.w, 0);
  const lines = documentLines(doc);
  const rows = Array.from({ length: MAX_LINES }, (_, i) =>
    lines[i] ? lineCells(lines[i], exempt) : [],
  );
  return table(c, M, top, cols, rows, LINE_HEAD_H, LINE_ROW_H, PLAIN);
}

/** 합계금액 · 현금 · 수표 · 어음 · 외상미수금, and "이 금액을 영수/청구 함". */
function totals(c: Ctx, doc: InvoiceDoc, top: number): number {
  const purposeW = 124;
  const headH = 18;
  const rowH = 30;
  const each = 78;
  const money: TextStyle = { size: 9.5, align: "right", numeric: true };
  // A payment method left at 0 stays blank, as it would on paper.
  const paid = (n: number) => (n ? amountText(n) : "");
  const p = doc.payment;
  table(
    c,
    M,
    top,
    [
      {
        label: "합계금액",
        w: W - purposeW - 4 * each,
        ...money,
        size: 11,
        bold: true,
      },
      { label: "현금", w: each, ...money },
      { label: "수표", w: each, ...money },
      { label: "어음", w: each, ...money },
      { label: "외상미수금", w: each, ...money },
    ],
    [
      [
        amountText(doc.grandTotal),
        paid(p.cash),
        paid(p.cheque),
        paid(p.bill),
        paid(p.credit),
      ],
    ],
    headH,
    rowH,
    PLAIN,
  );

  const x = M + W - purposeW;
  const h = headH + rowH;
  const parts: [string, PDFFont, RGB][] = [
    ["이 금액을 ", c.regular, INK],
    [PURPOSE_LABEL[doc.purpose], c.bold, RED],
    [" 함", c.regular, INK],
  ];
  const sizes = [10, 12, 10];
  const tw = parts.reduce((s, [t, f], i) => s + textWidth(f, t, sizes[i]), 0);
  let px = x + (purposeW - tw) / 2;
  parts.forEach(([t, f, color], i) => {
    c.page.drawText(t, {
      x: px,
      y: top - h / 2 - 0.33 * 10,
      size: sizes[i],
      font: f,
      color,
    });
    px += textWidth(f, t, sizes[i]);
  });
  frame(c, x, top, purposeW, h, PLAIN.line);
  return top - h;
}

function footer(c: Ctx, doc: InvoiceDoc, top: number) {
  const note = `골목 Golmok에서 ${isDraft(doc) ? "작성한" : "발급한"} ${invoiceTitle(doc)}입니다.${isDraft(doc) ? "" : " 국세청 표준 XML 파일이 함께 제공됩니다."}`;
  c.page.drawText(note, {
    x: M,
    y: top - 8,
    size: 7.5,
    font: c.regular,
    color: MUTED,
  });
  if (isDraft(doc))
    c.page.drawText(
      `초안: 승인번호가 부여되기 전의 문서로, ${doc.kind === "exempt" ? "계산서" : "세금계산서"}로서 효력이 없습니다.`,
      { x: M, y: top - 20, size: 7.5, font: c.bold, color: RED },
    );
}

/** A large faint diagonal 초안 across the page, so a printed draft is never taken for an issued one. */
function draftMark(c: Ctx) {
  const s = "초안";
  const size = 170;
  const angle = 32;
  const tw = textWidth(c.bold, s, size);
  const a = (angle * Math.PI) / 180;
  // Rotation is about the text's origin: shift it so the word's middle lands on the page's middle.
  const [hx, hy] = [tw / 2, size * 0.33];
  c.page.drawText(s, {
    x: A4.w / 2 - (hx * Math.cos(a) - hy * Math.sin(a)),
    y: A4.h / 2 - (hx * Math.sin(a) + hy * Math.cos(a)),
    size,
    font: c.bold,
    color: RED,
    opacity: 0.09,
    rotate: degrees(angle),
  });
}

/** Renders the invoice as a one-page A4 PDF (sixteen lines at most, like the NTS format). */
export async function renderInvoicePdf(doc: InvoiceDoc): Promise<Uint8Array> {
  const {
    doc: pdf,
    regular,
    bold,
  } = await createKoreanDoc(
    `${invoiceTitle(doc)} ${approvalText(doc)} — ${doc.supplier.name} → ${doc.buyer.name}`,
  );
  const c: Ctx = { page: pdf.addPage([A4.w, A4.h]), regular, bold };
  let top = A4.h - M;
  top = header(c, doc, top) - GAP;
  top = parties(c, doc, top) - GAP;
  top = summary(c, doc, top) - GAP;
  top = lineTable(c, doc, top) - GAP;
  top = totals(c, doc, top);
  footer(c, doc, top - 6);
  if (isDraft(doc)) draftMark(c);
  return pdf.save();
}
