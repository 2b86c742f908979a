import forge from "node-forge";
import { generateKeyPairSync } from "node:crypto";

/** A self-signed 2048-bit RSA certificate packed as PKCS#12, as a tenant would upload it. */
export function makeP12(
  password: string,
  { days = 365, commonName = "골목미용실", bits = 2048 } = {},
) {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: bits });
  const key = forge.pki.privateKeyFromPem(
    privateKey.export({ type: "pkcs1", format: "pem" }) as string,
  ) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = "0a1b2c";
  cert.validity.notBefore = new Date(
    Date.now() - 2 * 86_400_000 + Math.min(days, 0) * 86_400_000,
  );
  cert.validity.notAfter = new Date(Date.now() + days * 86_400_000);
  // A UTF8String CN, as Korean certificates carry; forge encodes the JS string itself.
  const attrs = [
    {
      name: "commonName",
      value: commonName,
      valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
    },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.sign(key, forge.md.sha256.create());
  const der = forge.asn1
    .toDer(
      forge.pkcs12.toPkcs12Asn1(key, cert, password, { algorithm: "3des" }),
    )
    .getBytes();
  return {
    p12: Buffer.from(der, "binary"),
    certPem: forge.pki.certificateToPem(cert),
  };
}
