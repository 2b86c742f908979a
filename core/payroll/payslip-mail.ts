import type { Message } from "../mail";
import type { PayLine } from "./compute";
import type { PayslipDoc } from "./payslip-pdf";

export interface PayslipContext {
  businessName: string;
  bizNo: string;
  month: string;
  payDate: string;
  correction: boolean;
  employee: { name: string; birthDate: string; payType: string };
  line: PayLine;
}

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        c
      ]!,
  );
const won = (n: number) => `${n.toLocaleString("ko-KR")}원`;
const monthKo = (m: string) =>
  `${m.slice(0, 4)}년 ${Number(m.slice(5, 7))}월분`;

/** The 임금명세서 e-mail: every item, its amount and how it was computed, in the body itself. */
export function message(
  to: string,
  c: PayslipContext,
  source: { runId: string; employeeId: string },
): Message {
  const title = `${monthKo(c.month)} 임금명세서${c.correction ? " (정정)" : ""}`;
  const rows = (items: { label: string; amount: number; basis: string }[]) =>
    items
      .map(
        (i) =>
          `<tr><td style="padding:6px 8px;border-bottom:1px solid #e7e5e4">${esc(i.label)}</td><td style="padding:6px 8px;border-bottom:1px solid #e7e5e4;text-align:right;white-space:nowrap">${won(i.amount)}</td><td style="padding:6px 8px;border-bottom:1px solid #e7e5e4;color:#78716c;font-size:13px">${esc(i.basis)}</td></tr>`,
      )
      .join("");
  const table = (
    caption: string,
    items: { label: string; amount: number; basis: string }[],
    total: string,
    amount: number,
  ) =>
    `<h2 style="font-size:16px;margin:20px 0 6px">${caption}</h2><table style="width:100%;border-collapse:collapse;font-size:14px"><thead><tr><th style="text-align:left;padding:6px 8px">항목</th><th style="text-align:right;padding:6px 8px">금액</th><th style="text-align:left;padding:6px 8px">계산방법</th></tr></thead><tbody>${rows(items)}<tr><th style="text-align:left;padding:6px 8px">${total}</th><th style="text-align:right;padding:6px 8px">${won(amount)}</th><td></td></tr></tbody></table>`;
  const l = c.line;
  const html = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body style="font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;color:#1c1917;padding:16px">
<h1 style="font-size:20px">${esc(title)}</h1>
<p style="font-size:14px;line-height:1.6">사업장: ${esc(c.businessName)}${c.bizNo ? ` (${esc(c.bizNo)})` : ""}<br>성명: ${esc(c.employee.name)}${c.employee.birthDate ? ` · 생년월일 ${esc(c.employee.birthDate)}` : ""} · ${esc(c.employee.payType)}<br>지급일: ${esc(c.payDate)}</p>
${table("지급 내역", l.earnings, "지급 총액", l.gross)}
<p style="font-size:13px;color:#78716c">그중 비과세 ${won(l.nonTaxable)}</p>
${table("공제 내역", l.deductions, "공제 총액", l.totalDeductions)}
<p style="font-size:18px;font-weight:bold;margin-top:20px">실지급액 ${won(l.net)}</p>
<p style="font-size:12px;color:#a8a29e">근로기준법 제48조 제2항에 따른 임금명세서입니다. 골목에서 보냈습니다.</p></body></html>`;
  const text = [
    title,
    `사업장: ${c.businessName} ${c.bizNo}`.trim(),
    `성명: ${c.employee.name} (${c.employee.payType}) · 지급일 ${c.payDate}`,
    "",
    "[지급 내역]",
    ...l.earnings.map((i) => `${i.label}: ${won(i.amount)} — ${i.basis}`),
    `지급 총액: ${won(l.gross)} (비과세 ${won(l.nonTaxable)})`,
    "",
    "[공제 내역]",
    ...l.deductions.map((i) => `${i.label}: ${won(i.amount)} — ${i.basis}`),
    `공제 총액: ${won(l.totalDeductions)}`,
    "",
    `실지급액: ${won(l.net)}`,
  ].join("\n");
  return {
    to: [to],
    kind: "payslip",
    subject: `[${c.businessName}] ${title}`,
    html,
    text,
    // The PDF is rendered when the e-mail is sent (from the confirmed, immutable run).
    attachmentsFrom: { kind: "payslip", ...source },
  };
}

/** What the PDF renderer needs: the header facts and the line's items and totals. */
export function toPayslipDoc(c: PayslipContext): PayslipDoc {
  const l = c.line;
  return {
    businessName: c.businessName,
    bizNo: c.bizNo,
    month: c.month,
    payDate: c.payDate,
    correction: c.correction,
    employee: c.employee,
    earnings: l.earnings,
    deductions: l.deductions,
    nonTaxable: l.nonTaxable,
    gross: l.gross,
    totalDeductions: l.totalDeductions,
    net: l.net,
  };
}

export function payslipFilename(
  c: Pick<PayslipContext, "month" | "correction" | "employee">,
): string {
  return `임금명세서-${c.month}-${c.employee.name}${c.correction ? "-정정" : ""}.pdf`;
}
