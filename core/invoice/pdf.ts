// The 세금계산서 as people know it on paper: 공급자 (red) and 공급받는자 (blue) boxes side by side,
// 작성일자·공급가액·세액, sixteen line rows, 합계금액 with 현금·수표·어음·외상미수금, 영수/청구.
import { rgb, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import { createKoreanDoc, drawable, textWidth, wrap } from "../pdf/font";
import { formatBizNo } from "../kr/bizno";
import {
  AMEND_REASON_LABEL,
  formatApprovalNo,
  MAX_LINES,
  PURPOSE_LABEL,
  type InvoiceDoc,
  type Party,
} from "./schema";

const A4 = { w: 595.28, h: 841.89 };
const M = 32; // margin
const W = A4.w - 2 * M;
const RED = rgb(0.78, 0.16, 0.16);
const BLUE = rgb(0.12, 0.3, 0.72);
const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.45, 0.45, 0.45);

const num = (n: number) =>
  `${n < 0 ? "-" : ""}${Math.abs(Math.trunc(n)).toLocaleString("en-US")}`;
const qtyText = (n: number) =>
  `${n < 0 ? "-" : ""}${(Math.round(Math.abs(n) * 100) / 100).toLocaleString("en-US")}`;

interface Ctx {
  page: PDFPage;
  regular: PDFFont;
  bold: PDFFont;
}

function box(c: Ctx, x: number, y: number, w: number, h: number, color: RGB) {
  c.page.drawRectangle({
    x,
    y,
    width: w,
    height: h,
    borderColor: color,
    borderWidth: 0.6,
  });
}

/** Text fitted into a cell: shrunk down to 6pt, then wrapped onto two lines, then cut. */
function cell(
  c: Ctx,
  text: string,
  x: number,
  y: number,
  w: number,
  h: number,
  opts: {
    size?: number;
    align?: "left" | "center" | "right";
    bold?: boolean;
    color?: RGB;
  } = {},
) {
  const font = opts.bold ? c.bold : c.regular;
  const s = drawable(font, text);
  if (!s) return;
  let size = opts.size ?? 8;
  while (size > 6 && textWidth(font, s, size) > w - 4) size -= 0.5;
  let lines = [s];
  if (textWidth(font, s, size) > w - 4)
    lines = wrap(font, s, size, w - 4).slice(0, h > 2.4 * size ? 2 : 1);
  const lineH = size * 1.15;
  let ty = y + h / 2 + ((lines.length - 1) * lineH) / 2 - size * 0.35;
  for (const line of lines) {
    const tw = textWidth(font, line, size);
    const tx =
      opts.align === "right"
        ? x + w - 2 - tw
        : opts.align === "center"
          ? x + (w - tw) / 2
          : x + 2;
    c.page.drawText(line, {
      x: tx,
      y: ty,
      size,
      font,
      color: opts.color ?? INK,
    });
    ty -= lineH;
  }
}

function partyBox(
  c: Ctx,
  p: Party,
  x: number,
  y: number,
  w: number,
  label: string,
  color: RGB,
) {
  const rows: [string, string][] = [
    [
      "등록번호",
      `${formatBizNo(p.bizNo)}${p.branchNo ? `  (종사업장 ${p.branchNo})` : ""}`,
    ],
    ["상호", p.name],
    ["성명", p.ceo],
    ["사업장", p.address],
    ["업태", p.bizType],
    ["종목", p.bizItem],
    ["이메일", [p.email, p.email2].filter(Boolean).join(", ")],
  ];
  const rowH = 18;
  const h = rows.length * rowH;
  const side = 16;
  const key = 44;
  box(c, x, y - h, w, h, color);
  c.page.drawLine({
    start: { x: x + side, y },
    end: { x: x + side, y: y - h },
    color,
    thickness: 0.6,
  });
  c.page.drawLine({
    start: { x: x + side + key, y },
    end: { x: x + side + key, y: y - h },
    color,
    thickness: 0.6,
  });
  // The vertical label (공급자 / 공급받는자), one syllable per line.
  const chars = [...label];
  chars.forEach((ch, i) =>
    cell(c, ch, x, y - h / 2 + (chars.length / 2 - i - 1) * 12, side, 12, {
      align: "center",
      bold: true,
      color,
      size: 9,
    }),
  );
  rows.forEach(([k, v], i) => {
    const ry = y - (i + 1) * rowH;
    if (i > 0)
      c.page.drawLine({
        start: { x: x + side, y: ry + rowH },
        end: { x: x + w, y: ry + rowH },
        color,
        thickness: 0.4,
      });
    cell(c, k, x + side, ry, key, rowH, { align: "center", color, size: 7.5 });
    cell(c, v, x + side + key, ry, w - side - key, rowH, {
      size: 8.5,
      bold: i < 2,
    });
  });
  return h;
}

function grid(
  c: Ctx,
  y: number,
  cols: { label: string; w: number }[],
  rows: string[][],
  color: RGB,
  opts: { rowH?: number; align?: ("left" | "center" | "right")[] } = {},
): number {
  const rowH = opts.rowH ?? 16;
  const total = rowH * (rows.length + 1);
  box(c, M, y - total, W, total, color);
  let x = M;
  cols.forEach((col, i) => {
    if (i > 0)
      c.page.drawLine({
        start: { x, y },
        end: { x, y: y - total },
        color,
        thickness: 0.4,
      });
    cell(c, col.label, x, y - rowH, col.w, rowH, {
      align: "center",
      color,
      size: 7.5,
    });
    rows.forEach((r, j) =>
      cell(c, r[i] ?? "", x, y - rowH * (j + 2), col.w, rowH, {
        align: opts.align?.[i] ?? "center",
        size: 8,
      }),
    );
    x += col.w;
  });
  for (let j = 1; j <= rows.length; j++)
    c.page.drawLine({
      start: { x: M, y: y - rowH * j },
      end: { x: M + W, y: y - rowH * j },
      color,
      thickness: j === 1 ? 0.6 : 0.3,
    });
  return total;
}

export async function renderInvoicePdf(doc: InvoiceDoc): Promise<Uint8Array> {
  const exempt = doc.kind === "exempt";
  const title = `${doc.amendment ? "수정" : ""}${exempt ? "전자계산서" : "전자세금계산서"}${doc.kind === "zero" ? " (영세율)" : ""}`;
  const { doc: pdf, regular, bold } = await createKoreanDoc(title);
  const page = pdf.addPage([A4.w, A4.h]);
  const c: Ctx = { page, regular, bold };
  let y = A4.h - M;

  cell(c, title, M, y - 30, W, 30, {
    align: "center",
    bold: true,
    size: 20,
    color: doc.amendment ? RED : INK,
  });
  y -= 34;
  cell(
    c,
    `승인번호  ${doc.approvalNo ? formatApprovalNo(doc.approvalNo) : "발급 전 (초안)"}`,
    M,
    y - 14,
    W,
    14,
    { align: "right", size: 9, bold: true },
  );
  if (doc.status === "draft")
    cell(c, "초안 — 발급되지 않은 문서", M, y - 14, W, 14, {
      size: 9,
      bold: true,
      color: RED,
    });
  y -= 18;
  if (doc.amendment) {
    cell(
      c,
      `수정사유 ${doc.amendment.reason} ${AMEND_REASON_LABEL[doc.amendment.reason]} · 당초 승인번호 ${formatApprovalNo(doc.amendment.originalApprovalNo)}`,
      M,
      y - 14,
      W,
      14,
      { size: 8.5, color: RED },
    );
    y -= 18;
  }

  const half = (W - 8) / 2;
  const h = partyBox(c, doc.supplier, M, y, half, "공급자", RED);
  partyBox(c, doc.buyer, M + half + 8, y, half, "공급받는자", BLUE);
  y -= h + 8;

  y -= grid(
    c,
    y,
    [
      { label: "작성일자", w: 90 },
      { label: "공급가액", w: 110 },
      { label: exempt ? "" : "세액", w: exempt ? 0.001 : 90 },
      { label: "비고", w: W - 200 - (exempt ? 0.001 : 90) },
    ],
    [
      [
        doc.writeDate,
        num(doc.supplyTotal),
        exempt ? "" : num(doc.taxTotal),
        doc.note,
      ],
    ],
    RED,
    { rowH: 18, align: ["center", "right", "right", "left"] },
  );
  y -= 8;

  const cols = [
    { label: "월", w: 24 },
    { label: "일", w: 24 },
    { label: "품목", w: 130 },
    { label: "규격", w: 55 },
    { label: "수량", w: 45 },
    { label: "단가", w: 70 },
    { label: "공급가액", w: 80 },
    { label: exempt ? "" : "세액", w: 65 },
  ];
  cols.push({ label: "비고", w: W - cols.reduce((s, x) => s + x.w, 0) });
  const rows = Array.from({ length: MAX_LINES }, (_, i) => {
    const l = doc.lines[i];
    if (!l) return [];
    return [
      String(Number(l.date.slice(5, 7))),
      String(Number(l.date.slice(8, 10))),
      l.item,
      l.spec,
      l.qty !== undefined ? qtyText(l.qty) : "",
      l.unitPrice !== undefined ? num(l.unitPrice) : "",
      num(l.supply),
      exempt ? "" : num(l.tax),
      l.note,
    ];
  });
  y -= grid(c, y, cols, rows, RED, {
    rowH: 17,
    align: [
      "center",
      "center",
      "left",
      "left",
      "right",
      "right",
      "right",
      "right",
      "left",
    ],
  });
  y -= 8;

  const p = doc.payment;
  const colW = (W - 110) / 5;
  y -= grid(
    c,
    y,
    [
      { label: "합계금액", w: colW + 20 },
      { label: "현금", w: colW - 5 },
      { label: "수표", w: colW - 5 },
      { label: "어음", w: colW - 5 },
      { label: "외상미수금", w: colW - 5 },
      { label: "", w: 110 },
    ],
    [
      [
        num(doc.grandTotal),
        num(p.cash),
        num(p.cheque),
        num(p.bill),
        num(p.credit),
        `이 금액을 ${PURPOSE_LABEL[doc.purpose]} 함`,
      ],
    ],
    RED,
    {
      rowH: 20,
      align: ["right", "right", "right", "right", "right", "center"],
    },
  );
  y -= 14;
  cell(
    c,
    `${doc.issuedAt ? `발급 ${doc.issuedAt.slice(0, 10)} · ` : ""}골목 Golmok에서 발급한 ${title}입니다. 국세청 표준 XML이 함께 제공됩니다.`,
    M,
    y - 12,
    W,
    12,
    { size: 7, color: MUTED },
  );
  return pdf.save();
}
