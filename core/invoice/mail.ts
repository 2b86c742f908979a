// The e-mail a client receives: a Korean summary, the PDF and the NTS XML attached (rendered
// when sent, see Mail.attachmentsFrom), and a link to the recipient page with 수신확인.
import { documentLines } from "./compute";
import type { Message } from "../mail";
import { escape } from "../mail/templates";
import { formatBizNo } from "../kr/bizno";
import { formatDateKo, formatWon } from "../kr/money";
import {
  AMEND_REASON_LABEL,
  formatApprovalNo,
  invoiceTitle,
  type InvoiceDoc,
} from "./schema";

const appUrl = () =>
  (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");

export const recipientUrl = (token: string) => `${appUrl()}/r/${token}`;

export function message(
  to: string[],
  doc: InvoiceDoc,
  token: string,
  replyTo?: string,
): Message {
  const url = recipientUrl(token);
  const name = invoiceTitle(doc);
  const rows: [string, string][] = [
    ["공급자", `${doc.supplier.name} (${formatBizNo(doc.supplier.bizNo)})`],
    ["공급받는자", `${doc.buyer.name} (${formatBizNo(doc.buyer.bizNo)})`],
    ["승인번호", formatApprovalNo(doc.approvalNo ?? "")],
    ["작성일자", formatDateKo(doc.writeDate)],
    ["공급가액", formatWon(doc.supplyTotal)],
    ...(doc.kind === "exempt"
      ? []
      : ([["세액", formatWon(doc.taxTotal)]] as [string, string][])),
    ["합계금액", formatWon(doc.grandTotal)],
    [
      "품목",
      documentLines(doc)
        .map((l) => l.item)
        .join(", "),
    ],
    ...(doc.amendment
      ? ([
          [
            "수정사유",
            `${AMEND_REASON_LABEL[doc.amendment.reason]} (당초 ${formatApprovalNo(doc.amendment.originalApprovalNo)})`,
          ],
        ] as [string, string][])
      : []),
  ];
  const html = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${escape(name)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;color:#1c1917">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;border-radius:12px;padding:24px">
<tr><td><p style="font-size:14px;color:#78716c;margin:0 0 8px">${escape(doc.supplier.name)} · 골목 Golmok</p>
<h1 style="font-size:20px;margin:0 0 16px">${escape(name)}이 도착했습니다</h1>
<table role="presentation" style="width:100%;border-collapse:collapse;font-size:14px">
${rows.map(([k, v]) => `<tr><th style="text-align:left;padding:6px 8px;border-bottom:1px solid #e7e5e4;color:#57534e;width:30%;font-weight:normal">${escape(k)}</th><td style="padding:6px 8px;border-bottom:1px solid #e7e5e4">${escape(v)}</td></tr>`).join("\n")}
</table>
<p style="margin:24px 0"><a href="${escape(url)}" style="display:inline-block;background:#0f766e;color:#fff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:bold">세금계산서 보기 · 수신확인</a></p>
<p style="font-size:13px;color:#78716c;line-height:1.5;margin:0">PDF와 국세청 표준 XML 파일을 첨부했습니다. 버튼이 열리지 않으면 이 주소를 브라우저에 붙여 넣으세요:<br>${escape(url)}</p>
<p style="font-size:12px;color:#a8a29e;margin:16px 0 0">이 메일은 ${escape(doc.supplier.name)}이(가) 골목으로 발급한 ${escape(name)}입니다. 문의는 발급한 사업자에게 회신해 주세요.</p></td></tr></table></body></html>`;
  const text = `${name}\n\n${rows.map(([k, v]) => `${k}: ${v}`).join("\n")}\n\n세금계산서 보기 · 수신확인: ${url}\n\nPDF와 국세청 표준 XML 파일을 첨부했습니다.\n`;
  return {
    to,
    kind: "invoice",
    subject: `[${doc.supplier.name}] ${name} ${formatWon(doc.grandTotal)} (${formatDateKo(doc.writeDate)})`,
    html,
    text,
    replyTo,
    attachmentsFrom: { kind: "invoice", id: doc.id },
    about: `INV#${doc.id}`,
  };
}
