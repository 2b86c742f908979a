import forge from "node-forge";
import { generateKeyPairSync } from "node:crypto";

const DAY = 86_400_000;

// Node's key generation is native; forge's pure-JS one takes seconds per 2048-bit key.
export function rsaKey(bits = 2048): forge.pki.rsa.PrivateKey {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: bits });
  return forge.pki.privateKeyFromPem(
    privateKey.export({ type: "pkcs1", format: "pem" }) as string,
  ) as forge.pki.rsa.PrivateKey;
}

/** An X.509 certificate for `key`, self-signed unless another signer (a CA) is given. */
export function certificate(
  key: forge.pki.rsa.PrivateKey,
  {
    cn = "골목미용실",
    issuer = cn,
    signer = key,
    // X.509 times have whole seconds.
    notAfter = new Date(Math.floor(Date.now() / 1000) * 1000 + 365 * DAY),
  }: {
    cn?: string;
    issuer?: string;
    signer?: forge.pki.rsa.PrivateKey;
    notAfter?: Date;
  } = {},
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = "0a1b2c";
  cert.validity.notBefore = new Date(notAfter.getTime() - 400 * DAY);
  cert.validity.notAfter = notAfter;
  // Korean certificates carry their names as UTF8String.
  const name = (value: string) => [
    {
      name: "commonName",
      value,
      valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
    },
  ];
  cert.setSubject(name(cn));
  cert.setIssuer(name(issuer));
  cert.sign(signer, forge.md.sha256.create());
  return cert;
}

/** Key and certificate(s) packed as a password-protected PKCS#12 (.pfx) file. */
export function packP12(
  key: forge.pki.rsa.PrivateKey,
  certs: forge.pki.Certificate | forge.pki.Certificate[],
  password: string,
): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, certs, password, {
    algorithm: "3des",
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary");
}

/** A self-signed 2048-bit certificate valid for a year, as a tenant would upload it. */
export function makeP12(password: string) {
  const key = rsaKey();
  const cert = certificate(key);
  return {
    p12: packP12(key, cert, password),
    certPem: forge.pki.certificateToPem(cert),
  };
}
