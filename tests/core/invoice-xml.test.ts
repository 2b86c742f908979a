// The NTS (KEC TaxInvoice) XML read back the way a receiving system reads it: a namespaced DOM,
// elements in the standard's order, amounts as bare integers, text escaped by the serializer.
import { describe, expect, it } from "vitest";
import { DOMParser, onErrorStopParsing, type Element } from "@xmldom/xmldom";
import { invoiceXml, KEC_NS } from "../../core/invoice/xml";
import type { InvoiceDoc, Party } from "../../core/invoice/schema";

const supplier: Party = {
  bizNo: "1208147521",
  branchNo: "",
  name: "골목 & <미용실> \"연남\" 'A'",
  ceo: "김골목",
  address: "서울특별시 마포구 연남로 12, 1층",
  bizType: "서비스",
  bizItem: "미용",
  email: "owner@golmok.example",
  email2: "",
};
const buyer: Party = {
  bizNo: "2208162517",
  branchNo: "0001",
  name: "한빛상사",
  ceo: "이한빛",
  address: "",
  bizType: "도소매",
  bizItem: "미용재료",
  email: "tax@hanbit.example",
  email2: "cfo@hanbit.example",
};

const doc: InvoiceDoc = {
  id: "inv_01kaxyz",
  status: "issued",
  kind: "taxable",
  purpose: "receipt",
  typeCode: "0101",
  writeDate: "2026-11-20",
  summary: false,
  supplier,
  buyer,
  lines: [
    {
      date: "2026-11-19",
      item: "트리트먼트",
      spec: "500ml",
      qty: 3,
      unitPrice: 10_000,
      supply: 30_000,
      tax: 3_000,
      note: "",
    },
    {
      date: "2026-11-20",
      item: "샴푸 <대용량>",
      spec: "",
      qty: 1.25,
      unitPrice: 26_666,
      supply: 33_333,
      tax: 3_333,
      note: "견본",
    },
  ],
  supplyTotal: 63_333,
  taxTotal: 6_333,
  grandTotal: 69_666,
  payment: { cash: 9_666, cheque: 0, bill: 20_000, credit: 40_000 },
  note: "11월 납품",
  approvalNo: "20261122ABCD123400000007",
  // 15:30 UTC is already the next day (00:30) in Korea.
  issuedAt: "2026-11-22T15:30:00.000Z",
};

const amendment: InvoiceDoc = {
  ...doc,
  id: "inv_01kamend",
  typeCode: "0201",
  purpose: "claim",
  lines: [{ ...doc.lines[0], qty: -3, supply: -30_000, tax: -3_000 }],
  supplyTotal: -30_000,
  taxTotal: -3_000,
  grandTotal: -33_000,
  payment: { cash: 0, cheque: 0, bill: 0, credit: -33_000 },
  note: "",
  approvalNo: "20261201ABCD123400000002",
  amendment: {
    reason: "03",
    originalId: doc.id,
    originalApprovalNo: "20261122-ABCD1234-00000007",
  },
};

const parse = (xml: string) =>
  new DOMParser({ onError: onErrorStopParsing }).parseFromString(
    xml,
    "application/xml",
  ).documentElement!;
const children = (e: Element) =>
  Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1);
const names = (e: Element) => children(e).map((c) => c.localName);
const at = (root: Element, path: string): Element | undefined =>
  path
    .split("/")
    .reduce<Element | undefined>(
      (e, name) => e && children(e).find((c) => c.localName === name),
      root,
    );
const text = (root: Element, path: string) => at(root, path)?.textContent;
const all = (e: Element): Element[] => [
  e,
  ...children(e).flatMap((c) => all(c)),
];

describe("invoiceXml (KEC TaxInvoice)", () => {
  const xml = invoiceXml(doc);
  const root = parse(xml);
  const settlement = "TaxInvoiceTradeSettlement";

  it("is a UTF-8 XML document with the standard root and namespace", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.localName).toBe("TaxInvoice");
    expect(root.namespaceURI).toBe(KEC_NS);
    expect(all(root).every((e) => e.namespaceURI === KEC_NS)).toBe(true);
    const bytes = Buffer.from(xml, "utf8");
    expect(bytes.toString("utf8")).toBe(xml);
    expect(
      text(
        parse(bytes.toString("utf8")),
        `${settlement}/InvoicerParty/NameText`,
      ),
    ).toBe(supplier.name);
  });

  it("puts the top-level, document, settlement, party and line elements in the standard's order", () => {
    expect(names(root)).toEqual([
      "ExchangedDocument",
      "TaxInvoiceDocument",
      "TaxInvoiceTradeSettlement",
      "TaxInvoiceTradeLineItem",
      "TaxInvoiceTradeLineItem",
    ]);
    expect(names(at(root, "ExchangedDocument")!)).toEqual([
      "ID",
      "IssueDateTime",
      "ReferencedDocument",
    ]);
    expect(names(at(root, "TaxInvoiceDocument")!)).toEqual([
      "IssueID",
      "TypeCode",
      "DescriptionText",
      "IssueDateTime",
      "PurposeCode",
    ]);
    expect(names(at(root, settlement)!)).toEqual([
      "InvoicerParty",
      "InvoiceeParty",
      "SpecifiedPaymentMeans",
      "SpecifiedPaymentMeans",
      "SpecifiedPaymentMeans",
      "SpecifiedMonetarySummation",
    ]);
    expect(names(at(root, `${settlement}/InvoicerParty`)!)).toEqual([
      "ID",
      "TypeCode",
      "NameText",
      "ClassificationCode",
      "SpecifiedPerson",
      "DefinedContact",
      "SpecifiedAddress",
    ]);
    expect(names(at(root, `${settlement}/InvoiceeParty`)!)).toEqual([
      "ID",
      "TypeCode",
      "NameText",
      "ClassificationCode",
      "SpecifiedOrganization",
      "SpecifiedPerson",
      "PrimaryDefinedContact",
      "SecondaryDefinedContact",
    ]);
    expect(names(children(root)[3])).toEqual([
      "SequenceNumeric",
      "PurchaseExpiryDateTime",
      "NameText",
      "InformationText",
      "ChargeableUnitQuantity",
      "UnitPrice",
      "InvoiceAmount",
      "TotalTax",
    ]);
    expect(names(children(root)[4])).toEqual([
      "SequenceNumeric",
      "PurchaseExpiryDateTime",
      "NameText",
      "DescriptionText",
      "ChargeableUnitQuantity",
      "UnitPrice",
      "InvoiceAmount",
      "TotalTax",
    ]);
  });

  it("carries the ids, codes and dates: approval number bare, 작성일자 as yyyyMMdd, issue time in Korea", () => {
    expect(text(root, "ExchangedDocument/ID")).toBe(doc.id);
    expect(text(root, "ExchangedDocument/ReferencedDocument/ID")).toBe(doc.id);
    expect(text(root, "ExchangedDocument/IssueDateTime")).toBe(
      "20261123003000",
    );
    expect(
      text(
        parse(invoiceXml(doc, { issuedAt: "2026-11-22T01:02:03Z" })),
        "ExchangedDocument/IssueDateTime",
      ),
    ).toBe("20261122100203");
    const issueId = text(root, "TaxInvoiceDocument/IssueID")!;
    expect(issueId).toHaveLength(24);
    expect(issueId).toBe(doc.approvalNo);
    expect(text(root, "TaxInvoiceDocument/TypeCode")).toBe("0101");
    expect(text(root, "TaxInvoiceDocument/DescriptionText")).toBe("11월 납품");
    expect(text(root, "TaxInvoiceDocument/IssueDateTime")).toBe("20261120");
    expect(text(root, "TaxInvoiceDocument/PurposeCode")).toBe("01");
    expect(
      text(
        parse(invoiceXml({ ...doc, purpose: "claim" })),
        "TaxInvoiceDocument/PurposeCode",
      ),
    ).toBe("02");
    expect(
      children(root)
        .slice(3)
        .map((l) => text(l, "SequenceNumeric")),
    ).toEqual(["1", "2"]);
    expect(
      children(root)
        .slice(3)
        .map((l) => text(l, "PurchaseExpiryDateTime")),
    ).toEqual(["20261119", "20261120"]);
  });

  it("writes every amount as the doc's integer, and one payment means per non-zero payment", () => {
    const sum = `${settlement}/SpecifiedMonetarySummation`;
    expect(text(root, `${sum}/ChargeTotalAmount`)).toBe(
      String(doc.supplyTotal),
    );
    expect(text(root, `${sum}/TaxTotalAmount`)).toBe(String(doc.taxTotal));
    expect(text(root, `${sum}/GrandTotalAmount`)).toBe(String(doc.grandTotal));
    const payments = children(at(root, settlement)!)
      .filter((e) => e.localName === "SpecifiedPaymentMeans")
      .map((e) => [text(e, "TypeCode"), text(e, "PaidAmount")]);
    expect(payments).toEqual([
      ["10", "9666"],
      ["30", "20000"],
      ["40", "40000"],
    ]);
    const lines = children(root).slice(3);
    expect(lines.map((l) => text(l, "InvoiceAmount"))).toEqual([
      "30000",
      "33333",
    ]);
    expect(lines.map((l) => text(l, "TotalTax/CalculatedAmount"))).toEqual([
      "3000",
      "3333",
    ]);
    expect(lines.map((l) => text(l, "UnitPrice/UnitAmount"))).toEqual([
      "10000",
      "26666",
    ]);
    expect(lines.map((l) => text(l, "ChargeableUnitQuantity"))).toEqual([
      "3",
      "1.25",
    ]);
    const amounts = all(root).filter((e) => /Amount$/.test(e.localName ?? ""));
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.every((e) => /^-?\d+$/.test(e.textContent ?? ""))).toBe(
      true,
    );
  });

  it("writes both parties, escaping 상호 so that it survives the round trip", () => {
    const p = `${settlement}/InvoicerParty`;
    const b = `${settlement}/InvoiceeParty`;
    expect(text(root, `${p}/NameText`)).toBe(supplier.name);
    expect(xml).toContain("골목 &amp; &lt;미용실");
    expect(text(children(root)[4], "NameText")).toBe("샴푸 <대용량>");
    expect(text(root, `${p}/ID`)).toBe("1208147521");
    expect(text(root, `${p}/TypeCode`)).toBe("서비스");
    expect(text(root, `${p}/ClassificationCode`)).toBe("미용");
    expect(text(root, `${p}/SpecifiedPerson/NameText`)).toBe("김골목");
    expect(text(root, `${p}/DefinedContact/URICommunication`)).toBe(
      supplier.email,
    );
    expect(text(root, `${p}/SpecifiedAddress/LineOneText`)).toBe(
      supplier.address,
    );
    expect(text(root, `${b}/ID`)).toBe("2208162517");
    expect(text(root, `${b}/SpecifiedOrganization/TaxRegistrationID`)).toBe(
      "0001",
    );
    expect(text(root, `${b}/SpecifiedOrganization/BusinessTypeCode`)).toBe(
      "01",
    );
    expect(text(root, `${b}/PrimaryDefinedContact/URICommunication`)).toBe(
      buyer.email,
    );
    expect(text(root, `${b}/SecondaryDefinedContact/URICommunication`)).toBe(
      buyer.email2,
    );
  });

  it("leaves out empty optional elements but keeps the required ones", () => {
    const bare: Party = {
      bizNo: "2208162517",
      branchNo: "",
      name: "무명상회",
      ceo: "",
      address: "",
      bizType: "",
      bizItem: "",
      email: "",
      email2: "",
    };
    const r = parse(
      invoiceXml({
        ...doc,
        supplier: { ...bare, bizNo: "1208147521" },
        buyer: bare,
        note: "",
        payment: { cash: 0, cheque: 0, bill: 0, credit: 0 },
        lines: [
          {
            date: "",
            item: "용역",
            spec: "",
            supply: 100_000,
            tax: 10_000,
            note: "",
          },
        ],
      }),
    );
    expect(names(at(r, `${settlement}/InvoicerParty`)!)).toEqual([
      "ID",
      "NameText",
    ]);
    expect(names(at(r, `${settlement}/InvoiceeParty`)!)).toEqual([
      "ID",
      "NameText",
      "SpecifiedOrganization",
    ]);
    expect(
      names(at(r, `${settlement}/InvoiceeParty/SpecifiedOrganization`)!),
    ).toEqual(["BusinessTypeCode"]);
    expect(names(at(r, settlement)!)).toEqual([
      "InvoicerParty",
      "InvoiceeParty",
      "SpecifiedMonetarySummation",
    ]);
    expect(names(at(r, "TaxInvoiceDocument")!)).not.toContain(
      "DescriptionText",
    );
    expect(names(children(r)[3])).toEqual([
      "SequenceNumeric",
      "PurchaseExpiryDateTime",
      "NameText",
      "InvoiceAmount",
      "TotalTax",
    ]);
    // A line without its own date is supplied on the 작성일자.
    expect(text(children(r)[3], "PurchaseExpiryDateTime")).toBe("20261120");
    expect(all(r).every((e) => e.childNodes.length > 0)).toBe(true);
  });

  it("names the amendment reason and the original approval number only on an amendment, with negative amounts", () => {
    expect(xml).not.toContain("AmendmentStatusCode");
    expect(xml).not.toContain("OriginalIssueID");
    const r = parse(invoiceXml(amendment));
    expect(names(at(r, "TaxInvoiceDocument")!)).toEqual([
      "IssueID",
      "TypeCode",
      "IssueDateTime",
      "AmendmentStatusCode",
      "PurposeCode",
      "OriginalIssueID",
    ]);
    expect(text(r, "TaxInvoiceDocument/TypeCode")).toBe("0201");
    expect(text(r, "TaxInvoiceDocument/AmendmentStatusCode")).toBe("03");
    expect(text(r, "TaxInvoiceDocument/OriginalIssueID")).toBe(
      "20261122ABCD123400000007",
    );
    expect(
      text(r, `${settlement}/SpecifiedMonetarySummation/GrandTotalAmount`),
    ).toBe("-33000");
    expect(text(r, `${settlement}/SpecifiedPaymentMeans/PaidAmount`)).toBe(
      "-33000",
    );
    expect(text(children(r)[3], "InvoiceAmount")).toBe("-30000");
    expect(text(children(r)[3], "ChargeableUnitQuantity")).toBe("-3");
  });

  it("drops characters XML 1.0 cannot carry instead of producing an unreadable document", () => {
    const r = parse(
      invoiceXml({
        ...doc,
        supplier: { ...supplier, name: "골목\u0001미용실\u0008" },
        note: "탭\t유지",
      }),
    );
    expect(text(r, `${settlement}/InvoicerParty/NameText`)).toBe("골목미용실");
    expect(text(r, "TaxInvoiceDocument/DescriptionText")).toBe("탭\t유지");
  });
});
