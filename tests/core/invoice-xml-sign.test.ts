// The NTS XML as a machine reads it back, and the issuer's XML-DSig checked the way a receiving
// system checks it: with the certificate, over the whole document.
import { describe, expect, it } from "vitest";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { invoiceXml, KEC_NS } from "../../core/invoice/xml";
import {
  loadPkcs12,
  signInvoiceXml,
  verifyInvoiceXml,
} from "../../core/invoice/sign";
import type { InvoiceDoc } from "../../core/invoice/schema";
import { makeP12 } from "../support/certificate";

const doc: InvoiceDoc = {
  id: "inv_01kaxyz",
  status: "issued",
  kind: "taxable",
  purpose: "claim",
  typeCode: "0101",
  writeDate: "2026-11-20",
  summary: false,
  supplier: {
    bizNo: "1208147521",
    branchNo: "",
    name: "골목 & <미용실>",
    ceo: "김골목",
    address: "서울특별시 종로구 골목길 1",
    bizType: "서비스",
    bizItem: "미용",
    email: "owner@golmok.example",
    email2: "",
  },
  buyer: {
    bizNo: "2208162517",
    branchNo: "0001",
    name: "한빛상사",
    ceo: "이한빛",
    address: "",
    bizType: "도소매",
    bizItem: "미용재료",
    email: "tax@hanbit.example",
    email2: "cfo@hanbit.example",
  },
  lines: [
    {
      date: "2026-11-20",
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
      item: "샴푸",
      spec: "",
      qty: 1.5,
      unitPrice: 22_222,
      supply: 33_333,
      tax: 3_333,
      note: "견본",
    },
  ],
  supplyTotal: 63_333,
  taxTotal: 6_333,
  grandTotal: 69_666,
  payment: { cash: 9_666, cheque: 0, bill: 0, credit: 60_000 },
  note: "11월 납품",
  approvalNo: "20261122ABCD123400000007",
  issuedAt: "2026-11-22T01:02:03.000Z",
};

const children = (e: Element) =>
  Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1);
const text = (root: Element, path: string) =>
  path
    .split("/")
    .reduce<Element | undefined>(
      (e, name) => e && children(e).find((c) => c.localName === name),
      root,
    )?.textContent;

describe("KEC TaxInvoice XML", () => {
  const xml = invoiceXml(doc);
  const root = new DOMParser().parseFromString(
    xml,
    "application/xml",
  ).documentElement!;

  it("has the standard root, namespace and top-level order", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.localName).toBe("TaxInvoice");
    expect(root.namespaceURI).toBe(KEC_NS);
    expect(children(root).map((c) => c.localName)).toEqual([
      "ExchangedDocument",
      "TaxInvoiceDocument",
      "TaxInvoiceTradeSettlement",
      "TaxInvoiceTradeLineItem",
      "TaxInvoiceTradeLineItem",
    ]);
    expect(children(children(root)[1]).map((c) => c.localName)).toEqual([
      "IssueID",
      "TypeCode",
      "DescriptionText",
      "IssueDateTime",
      "PurposeCode",
    ]);
  });

  it("carries the approval number, dates (Korea time), integer amounts and both parties", () => {
    expect(text(root, "TaxInvoiceDocument/IssueID")).toBe(
      "20261122ABCD123400000007",
    );
    expect(text(root, "TaxInvoiceDocument/IssueDateTime")).toBe("20261120");
    expect(text(root, "ExchangedDocument/IssueDateTime")).toBe(
      "20261122100203",
    );
    expect(text(root, "TaxInvoiceDocument/PurposeCode")).toBe("02");
    const sum = "TaxInvoiceTradeSettlement/SpecifiedMonetarySummation";
    expect(text(root, `${sum}/ChargeTotalAmount`)).toBe("63333");
    expect(text(root, `${sum}/TaxTotalAmount`)).toBe("6333");
    expect(text(root, `${sum}/GrandTotalAmount`)).toBe("69666");
    expect(text(root, "TaxInvoiceTradeSettlement/InvoicerParty/NameText")).toBe(
      "골목 & <미용실>",
    );
    expect(xml).toMatch(/골목 &amp; &lt;미용실(>|&gt;)/);
    expect(
      text(
        root,
        "TaxInvoiceTradeSettlement/InvoiceeParty/SpecifiedOrganization/TaxRegistrationID",
      ),
    ).toBe("0001");
    expect(
      text(
        root,
        "TaxInvoiceTradeSettlement/InvoiceeParty/SecondaryDefinedContact/URICommunication",
      ),
    ).toBe("cfo@hanbit.example");
    const line2 = children(root)[4];
    expect(text(line2, "ChargeableUnitQuantity")).toBe("1.5");
    expect(text(line2, "TotalTax/CalculatedAmount")).toBe("3333");
    expect(
      Buffer.from(Buffer.from(xml, "utf8").toString("utf8")).equals(
        Buffer.from(xml),
      ),
    ).toBe(true);
  });

  it("names the amendment reason and the original approval number only on an amendment", () => {
    expect(xml).not.toContain("AmendmentStatusCode");
    const amended = invoiceXml({
      ...doc,
      typeCode: "0201",
      amendment: {
        reason: "04",
        originalId: "inv_o",
        originalApprovalNo: "20261101ABCD123400000001",
      },
    });
    const r = new DOMParser().parseFromString(
      amended,
      "application/xml",
    ).documentElement!;
    expect(text(r, "TaxInvoiceDocument/AmendmentStatusCode")).toBe("04");
    expect(text(r, "TaxInvoiceDocument/OriginalIssueID")).toBe(
      "20261101ABCD123400000001",
    );
  });
});

describe("issuer signature (XML-DSig, RSA-SHA256)", () => {
  const { p12, certPem } = makeP12("s3cret-pw");

  it("opens the PKCS#12 only with its password, and refuses garbage, expired and weak keys", () => {
    const cred = loadPkcs12(p12, "s3cret-pw");
    expect(cred.subject).toContain("골목미용실");
    expect(() => loadPkcs12(p12, "wrong")).toThrow(
      expect.objectContaining({ code: "certificate_invalid" }),
    );
    expect(() => loadPkcs12(Buffer.from("not a pfx"), "x")).toThrow(
      expect.objectContaining({ code: "certificate_invalid" }),
    );
    const expired = makeP12("pw", { days: -1 });
    expect(() => loadPkcs12(expired.p12, "pw")).toThrow(
      expect.objectContaining({ code: "certificate_expired" }),
    );
    const weak = makeP12("pw", { bits: 1024 });
    expect(() => loadPkcs12(weak.p12, "pw")).toThrow(
      expect.objectContaining({ code: "certificate_weak" }),
    );
  });

  it("signs the whole document, places the signature before TaxInvoiceDocument, and detects any change", () => {
    const cred = loadPkcs12(p12, "s3cret-pw");
    const signed = signInvoiceXml(invoiceXml(doc), cred);
    const root = new DOMParser().parseFromString(
      signed,
      "application/xml",
    ).documentElement!;
    const names = children(root).map((c) => c.localName);
    expect(names.slice(0, 3)).toEqual([
      "ExchangedDocument",
      "Signature",
      "TaxInvoiceDocument",
    ]);
    expect(signed).toContain(
      "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    );
    expect(signed).toContain("<X509Certificate>");
    expect(verifyInvoiceXml(signed, certPem)).toBe(true);
    expect(
      verifyInvoiceXml(signed.replace(">63333<", ">63334<"), certPem),
    ).toBe(false);
    expect(verifyInvoiceXml(signed, makeP12("other").certPem)).toBe(false);
  });
});
