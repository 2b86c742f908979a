// The issuer's certificate as uploaded (PKCS#12) and the XML-DSig a receiving system checks:
// RSA-SHA256, enveloped over the whole document, placed right before TaxInvoiceDocument.
import forge from "node-forge";
import { beforeAll, describe, expect, it } from "vitest";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { SignedXml } from "xml-crypto";
import { VisibleError } from "../../core/error";
import {
  loadPkcs12,
  signInvoiceXml,
  verifyInvoiceXml,
} from "../../core/invoice/sign";
import { invoiceXml } from "../../core/invoice/xml";
import type { InvoiceDoc, Party } from "../../core/invoice/schema";
import { certificate, packP12, rsaKey } from "../support/certificate";

const DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
const DAY = 86_400_000;
const PASSWORD = "s3cret-비밀번호";

const p12 = (
  key: forge.pki.rsa.PrivateKey,
  certs: forge.pki.Certificate | forge.pki.Certificate[],
  password = PASSWORD,
) => packP12(key, certs, password);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(VisibleError);
    return (err as VisibleError).code;
  }
  return undefined;
}

const party = (bizNo: string, name: string): Party => ({
  bizNo,
  branchNo: "",
  name,
  ceo: "김골목",
  address: "서울특별시 마포구 연남로 12",
  bizType: "서비스",
  bizItem: "미용",
  email: "owner@golmok.example",
  email2: "",
});

const doc: InvoiceDoc = {
  id: "inv_01kaxyz",
  status: "issued",
  kind: "taxable",
  purpose: "claim",
  typeCode: "0101",
  writeDate: "2026-11-20",
  summary: false,
  supplier: party("1208147521", "골목 & <미용실>"),
  buyer: party("2208162517", "한빛상사"),
  lines: [
    {
      date: "2026-11-20",
      item: "트리트먼트",
      spec: "500ml",
      qty: 3,
      unitPrice: 21_111,
      supply: 63_333,
      tax: 6_333,
      note: "",
    },
  ],
  supplyTotal: 63_333,
  taxTotal: 6_333,
  grandTotal: 69_666,
  payment: { cash: 0, cheque: 0, bill: 0, credit: 69_666 },
  note: "",
  approvalNo: "20261122ABCD123400000007",
  issuedAt: "2026-11-22T01:02:03.000Z",
};

const children = (e: Element) =>
  Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1);

let key: forge.pki.rsa.PrivateKey;
let cert: forge.pki.Certificate;
let certPem: string;
let file: Buffer;

beforeAll(() => {
  key = rsaKey();
  cert = certificate(key);
  certPem = forge.pki.certificateToPem(cert);
  file = p12(key, cert);
});

describe("loadPkcs12", () => {
  it("opens the file with its password: key, certificate, subject, expiry, serial", () => {
    const cred = loadPkcs12(file, PASSWORD);
    expect(cred.subject).toBe("CN=골목미용실");
    expect(cred.notAfter).toBe(cert.validity.notAfter.toISOString());
    expect(cred.serial).toBe("0a1b2c");
    expect(cred.certPem).toBe(certPem);
    const back = forge.pki.privateKeyFromPem(
      cred.keyPem,
    ) as forge.pki.rsa.PrivateKey;
    expect(back.n.equals(key.n)).toBe(true);
  });

  it("refuses a wrong password, garbage and an empty file as certificate_invalid", () => {
    expect(codeOf(() => loadPkcs12(file, "wrong"))).toBe("certificate_invalid");
    expect(codeOf(() => loadPkcs12(file, ""))).toBe("certificate_invalid");
    expect(codeOf(() => loadPkcs12(Buffer.from("not a pfx"), "x"))).toBe(
      "certificate_invalid",
    );
    expect(codeOf(() => loadPkcs12(Buffer.alloc(0), PASSWORD))).toBe(
      "certificate_invalid",
    );
    try {
      loadPkcs12(file, "wrong");
    } catch (err) {
      expect((err as VisibleError).kind).toBe("validation");
      expect((err as VisibleError).message).toBe(
        "인증서 파일 또는 비밀번호가 올바르지 않습니다.",
      );
    }
  });

  it("refuses an expired certificate and a key under 2048 bits", () => {
    const expired = p12(
      key,
      certificate(key, { notAfter: new Date(Date.now() - DAY) }),
    );
    expect(codeOf(() => loadPkcs12(expired, PASSWORD))).toBe(
      "certificate_expired",
    );
    const weak = rsaKey(1024);
    expect(
      codeOf(() => loadPkcs12(p12(weak, certificate(weak)), PASSWORD)),
    ).toBe("certificate_weak");
  });

  it("picks the key's own certificate from a file that also carries the CA", () => {
    const caKey = rsaKey();
    const ca = certificate(caKey, { cn: "Test CA" });
    const leaf = certificate(key, { issuer: "Test CA", signer: caKey });
    const cred = loadPkcs12(p12(key, [ca, leaf]), PASSWORD);
    expect(cred.subject).toBe("CN=골목미용실");
    expect(cred.certPem).toBe(forge.pki.certificateToPem(leaf));
  });
});

describe("signInvoiceXml / verifyInvoiceXml", () => {
  let signed: string;
  beforeAll(() => {
    signed = signInvoiceXml(invoiceXml(doc), loadPkcs12(file, PASSWORD));
  });

  it("places one Signature between ExchangedDocument and TaxInvoiceDocument", () => {
    const root = new DOMParser().parseFromString(
      signed,
      "application/xml",
    ).documentElement!;
    expect(children(root).map((c) => c.localName)).toEqual([
      "ExchangedDocument",
      "Signature",
      "TaxInvoiceDocument",
      "TaxInvoiceTradeSettlement",
      "TaxInvoiceTradeLineItem",
    ]);
    const sig = root.getElementsByTagNameNS(DSIG_NS, "Signature");
    expect(sig.length).toBe(1);
    expect(sig[0].parentNode).toBe(root);
    let next = sig[0].nextSibling;
    while (next && next.nodeType !== 1) next = next.nextSibling;
    expect((next as Element).localName).toBe("TaxInvoiceDocument");
  });

  it('signs with RSA-SHA256 over the whole document (enveloped, URI "") and embeds the certificate', () => {
    const root = new DOMParser().parseFromString(
      signed,
      "application/xml",
    ).documentElement!;
    const one = (name: string) => root.getElementsByTagNameNS(DSIG_NS, name)[0];
    expect(one("SignatureMethod").getAttribute("Algorithm")).toBe(
      "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    );
    expect(one("DigestMethod").getAttribute("Algorithm")).toBe(
      "http://www.w3.org/2001/04/xmlenc#sha256",
    );
    expect(root.getElementsByTagNameNS(DSIG_NS, "Reference").length).toBe(1);
    expect(one("Reference").getAttribute("URI")).toBe("");
    const transforms = Array.from(
      root.getElementsByTagNameNS(DSIG_NS, "Transform"),
    ).map((t) => t.getAttribute("Algorithm"));
    expect(transforms).toContain(
      "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
    );
    expect(one("X509Certificate").textContent?.replace(/\s/g, "")).toBe(
      certPem.replace(/-----[^-]+-----|\s/g, ""),
    );
    expect(one("SignatureValue").textContent?.trim()).toMatch(
      /^[A-Za-z0-9+/=\s]{300,}$/,
    );
  });

  it("verifies with the issuer's certificate", () => {
    expect(verifyInvoiceXml(signed, certPem)).toBe(true);
  });

  it("fails when one amount changes, the signature is gone, or the XML is broken", () => {
    const tampered = signed.replace(
      "<ChargeTotalAmount>63333<",
      "<ChargeTotalAmount>63334<",
    );
    expect(tampered).not.toBe(signed);
    expect(verifyInvoiceXml(tampered, certPem)).toBe(false);
    const renamed = signed.replace("한빛상사", "한빛상회");
    expect(verifyInvoiceXml(renamed, certPem)).toBe(false);
    const unsigned = signed.replace(/<Signature[\s\S]*<\/Signature>/, "");
    expect(unsigned).not.toContain("SignatureValue");
    expect(verifyInvoiceXml(unsigned, certPem)).toBe(false);
    expect(verifyInvoiceXml(signed.slice(0, -20), certPem)).toBe(false);
  });

  it("fails with another certificate, even one embedded in the signature itself", () => {
    const otherKey = rsaKey();
    const otherPem = forge.pki.certificateToPem(certificate(otherKey));
    expect(verifyInvoiceXml(signed, otherPem)).toBe(false);
    // A forger re-signs a changed invoice with their own key and certificate.
    const forged = signInvoiceXml(invoiceXml({ ...doc, grandTotal: 1 }), {
      keyPem: forge.pki.privateKeyToPem(otherKey),
      certPem: otherPem,
    });
    expect(verifyInvoiceXml(forged, otherPem)).toBe(true);
    expect(verifyInvoiceXml(forged, certPem)).toBe(false);
  });

  it("refuses a genuine signature that covers only part of the document", () => {
    // Signed by the issuer's key, but over ExchangedDocument alone: the amounts are unprotected.
    const partial = new SignedXml({
      privateKey: loadPkcs12(file, PASSWORD).keyPem,
      publicCert: certPem,
      signatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
      canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#",
    });
    partial.addReference({
      xpath: "//*[local-name()='ExchangedDocument']",
      digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
      transforms: ["http://www.w3.org/2001/10/xml-exc-c14n#"],
    });
    partial.computeSignature(invoiceXml({ ...doc, grandTotal: 1 }), {
      location: {
        reference: "//*[local-name()='TaxInvoiceDocument']",
        action: "before",
      },
    });
    const xml = partial.getSignedXml();
    expect(xml).toMatch(/URI="#[^"]+"/);
    expect(verifyInvoiceXml(xml, certPem)).toBe(false);
  });
});
