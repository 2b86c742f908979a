// XML-DSig of the issuer (NTS 전자세금계산서 표준): RSA-SHA256 with the issuer's certificate,
// an enveloped signature over the whole document, placed before TaxInvoiceDocument.
import forge from "node-forge";
import { SignedXml } from "xml-crypto";
import { DOMParser, XMLSerializer, onErrorStopParsing } from "@xmldom/xmldom";
import { VisibleError } from "../error";
import { nowMs } from "../time";

export interface Credential {
  keyPem: string;
  certPem: string;
  subject: string;
  notAfter: string;
  serial: string;
}

const DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
const RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
const SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
const C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
const ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

const utf8 = (bytes: string) => {
  try {
    return forge.util.decodeUtf8(bytes);
  } catch {
    return bytes;
  }
};

const invalid = () =>
  new VisibleError(
    "validation",
    "certificate_invalid",
    "인증서 파일 또는 비밀번호가 올바르지 않습니다.",
    {
      fields: [
        {
          field: "password",
          message: "인증서 파일 또는 비밀번호를 확인해 주세요.",
        },
      ],
    },
  );

/** Opens a PKCS#12 (.pfx/.p12) file: the private key and its certificate, checked for use. */
export function loadPkcs12(p12: Buffer, password: string): Credential {
  let key: forge.pki.PrivateKey | undefined;
  let cert: forge.pki.Certificate | undefined;
  try {
    const asn1 = forge.asn1.fromDer(
      forge.util.createBuffer(p12.toString("binary")),
    );
    const store = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
    const keyBags = [
      ...(store.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[
        forge.pki.oids.pkcs8ShroudedKeyBag
      ] ?? []),
      ...(store.getBags({ bagType: forge.pki.oids.keyBag })[
        forge.pki.oids.keyBag
      ] ?? []),
    ];
    key = keyBags.find((b) => b.key)?.key;
    const rsaKey = key as forge.pki.rsa.PrivateKey | undefined;
    // An exported .pfx may carry the CA chain too: the signer's certificate is the key's own.
    cert = (
      store.getBags({ bagType: forge.pki.oids.certBag })[
        forge.pki.oids.certBag
      ] ?? []
    )
      .map((b) => b.cert)
      .find((c): c is forge.pki.Certificate => {
        const pub = c?.publicKey as forge.pki.rsa.PublicKey | undefined;
        return !!pub?.n && !!rsaKey?.n && pub.n.equals(rsaKey.n);
      });
  } catch {
    throw invalid();
  }
  if (!key || !cert) throw invalid();
  const rsa = key as forge.pki.rsa.PrivateKey;
  if (!rsa.n || rsa.n.bitLength() < 2048)
    throw new VisibleError(
      "validation",
      "certificate_weak",
      "2048비트 이상의 RSA 인증서가 필요합니다.",
    );
  if (cert.validity.notAfter.getTime() < nowMs())
    throw new VisibleError(
      "validation",
      "certificate_expired",
      "인증서 유효기간이 지났습니다. 새 인증서를 등록해 주세요.",
    );
  return {
    keyPem: forge.pki.privateKeyToPem(key),
    certPem: forge.pki.certificateToPem(cert),
    subject: cert.subject.attributes
      .map((a) => `${a.shortName ?? a.name}=${utf8(String(a.value))}`)
      .join(", "),
    notAfter: cert.validity.notAfter.toISOString(),
    serial: cert.serialNumber,
  };
}

export function signInvoiceXml(
  xml: string,
  cred: Pick<Credential, "keyPem" | "certPem">,
): string {
  const sig = new SignedXml({
    privateKey: cred.keyPem,
    publicCert: cred.certPem,
    signatureAlgorithm: RSA_SHA256,
    canonicalizationAlgorithm: C14N,
  });
  sig.addReference({
    xpath: "/*",
    transforms: [ENVELOPED, C14N],
    digestAlgorithm: SHA256,
    isEmptyUri: true,
  });
  sig.computeSignature(xml, {
    location: {
      reference: "//*[local-name()='TaxInvoiceDocument']",
      action: "before",
    },
  });
  return sig.getSignedXml();
}

/**
 * True when the document carries a valid signature by the given certificate over the whole
 * document. The certificate in KeyInfo is not trusted: anyone can embed their own.
 */
export function verifyInvoiceXml(signedXml: string, certPem: string): boolean {
  try {
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(
      signedXml,
      "application/xml",
    );
    const signatures = doc.getElementsByTagNameNS(DSIG_NS, "Signature");
    if (signatures.length !== 1) return false;
    const sig = new SignedXml({
      publicCert: certPem,
      getCertFromKeyInfo: () => null,
    });
    sig.loadSignature(new XMLSerializer().serializeToString(signatures[0]));
    // A signature over only part of the document (URI="#…") would leave the rest unprotected.
    const refs = sig.getReferences();
    if (refs.length !== 1 || refs[0].uri !== "") return false;
    return sig.checkSignature(signedXml);
  } catch {
    return false;
  }
}
