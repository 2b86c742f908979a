// NTS 전자세금계산서 표준 XML (KEC TaxInvoice, DOMAIN-KR §2), built with a DOM so that every
// value is escaped by the serializer, never by hand.
import { documentLines } from "./compute";
import { DOMImplementation, XMLSerializer, type Element } from "@xmldom/xmldom";
import type { InvoiceDoc, Party } from "./schema";

export const KEC_NS =
  "urn:kr:or:kec:standard:Tax:ReusableAggregateBusinessInformationEntitySchemaModule:1:0";

const KST_MS = 9 * 3600_000;
const ymd = (isoDate: string) => isoDate.slice(0, 10).replaceAll("-", "");
/** yyyyMMddHHmmss in Korea time. */
const kstStamp = (iso: string) =>
  new Date(Date.parse(iso) + KST_MS)
    .toISOString()
    .slice(0, 19)
    .replace(/[-T:]/g, "");
const int = (n: number) => String(Math.trunc(n));
/** Approval numbers are sent bare, as the 24 characters (the UI shows them with dashes). */
const bare = (approvalNo: string | undefined) =>
  (approvalNo ?? "").replaceAll("-", "");
// XML 1.0 §2.2 (Char): control characters are not escapable, so a pasted one would make the
// whole document unreadable to a strict parser; they carry nothing on an invoice.
const NON_XML_CHAR =
  /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const qty = (n: number) => String(Math.round(n * 100) / 100);

// NTS 표준 SpecifiedPaymentMeans/TypeCode: 10 현금, 20 수표, 30 어음, 40 외상미수금.
const PAYMENT_CODES = [
  ["cash", "10"],
  ["cheque", "20"],
  ["bill", "30"],
  ["credit", "40"],
] as const;

export function invoiceXml(
  doc: InvoiceDoc,
  opts: { issuedAt?: string } = {},
): string {
  const d = new DOMImplementation().createDocument(KEC_NS, "TaxInvoice", null);
  const root = d.documentElement!;
  const el = (parent: Element, name: string, text?: string): Element => {
    const e = d.createElementNS(KEC_NS, name);
    if (text !== undefined)
      e.appendChild(d.createTextNode(text.replace(NON_XML_CHAR, "")));
    parent.appendChild(e);
    return e;
  };
  const opt = (parent: Element, name: string, text: string | undefined) => {
    if (text) el(parent, name, text);
  };

  // NTS 표준: ExchangedDocument → TaxInvoiceDocument → TaxInvoiceTradeSettlement → lines.
  const ex = el(root, "ExchangedDocument");
  el(ex, "ID", doc.id);
  el(
    ex,
    "IssueDateTime",
    kstStamp(opts.issuedAt ?? doc.issuedAt ?? new Date().toISOString()),
  );
  el(el(ex, "ReferencedDocument"), "ID", doc.id);

  const td = el(root, "TaxInvoiceDocument");
  el(td, "IssueID", bare(doc.approvalNo));
  el(td, "TypeCode", doc.typeCode);
  opt(td, "DescriptionText", doc.note);
  el(td, "IssueDateTime", ymd(doc.writeDate));
  if (doc.amendment) el(td, "AmendmentStatusCode", doc.amendment.reason);
  el(td, "PurposeCode", doc.purpose === "receipt" ? "01" : "02");
  if (doc.amendment)
    el(td, "OriginalIssueID", bare(doc.amendment.originalApprovalNo));

  const st = el(root, "TaxInvoiceTradeSettlement");
  party(el(st, "InvoicerParty"), doc.supplier, "supplier");
  party(el(st, "InvoiceeParty"), doc.buyer, "buyer");
  for (const [key, code] of PAYMENT_CODES) {
    const amount = doc.payment[key];
    if (!amount) continue;
    const pm = el(st, "SpecifiedPaymentMeans");
    el(pm, "TypeCode", code);
    el(pm, "PaidAmount", int(amount));
  }
  const sum = el(st, "SpecifiedMonetarySummation");
  el(sum, "ChargeTotalAmount", int(doc.supplyTotal));
  el(sum, "TaxTotalAmount", int(doc.taxTotal));
  el(sum, "GrandTotalAmount", int(doc.grandTotal));

  documentLines(doc).forEach((l, i) => {
    const li = el(root, "TaxInvoiceTradeLineItem");
    el(li, "SequenceNumeric", String(i + 1));
    el(li, "PurchaseExpiryDateTime", ymd(l.date || doc.writeDate));
    el(li, "NameText", l.item);
    opt(li, "InformationText", l.spec);
    opt(li, "DescriptionText", l.note);
    if (l.qty !== undefined) el(li, "ChargeableUnitQuantity", qty(l.qty));
    if (l.unitPrice !== undefined)
      el(el(li, "UnitPrice"), "UnitAmount", int(l.unitPrice));
    el(li, "InvoiceAmount", int(l.supply));
    el(el(li, "TotalTax"), "CalculatedAmount", int(l.tax));
  });

  function party(p: Element, x: Party, side: "supplier" | "buyer") {
    el(p, "ID", x.bizNo);
    opt(p, "TypeCode", x.bizType);
    el(p, "NameText", x.name);
    opt(p, "ClassificationCode", x.bizItem);
    if (x.branchNo || side === "buyer") {
      const org = el(p, "SpecifiedOrganization");
      opt(org, "TaxRegistrationID", x.branchNo);
      if (side === "buyer") el(org, "BusinessTypeCode", "01"); // 01 = 사업자등록번호
    }
    if (x.ceo) el(el(p, "SpecifiedPerson"), "NameText", x.ceo);
    const contact = (name: string, email: string) => {
      if (email) el(el(p, name), "URICommunication", email);
    };
    if (side === "supplier") contact("DefinedContact", x.email);
    else {
      contact("PrimaryDefinedContact", x.email);
      contact("SecondaryDefinedContact", x.email2);
    }
    if (x.address) el(el(p, "SpecifiedAddress"), "LineOneText", x.address);
  }

  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(d)}`;
}
