// Field encryption for personal data (주민등록번호, 계좌번호 — 개인정보보호법 §24의2, §29):
// AES-256-GCM under a data key, with the tenant and field bound in as associated data so a
// ciphertext copied to another tenant or field does not decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export interface KeyProvider {
  /** The id written into each ciphertext, so keys can be rotated. */
  keyId: string;
  key(): Buffer;
}

/**
 * Locally: a 32-byte key in a file under .data/ (created on first use, mode 0600), or
 * GOLMOK_DATA_KEY (base64) in tests. On AWS the key comes from KMS (envelope encryption).
 */
export function localKeyProvider(): KeyProvider {
  const fromEnv = process.env.GOLMOK_DATA_KEY;
  if (fromEnv)
    return { keyId: "env", key: () => Buffer.from(fromEnv, "base64") };
  const file = process.env.GOLMOK_DATA_KEY_FILE ?? ".data/data-key";
  let cached: Buffer | undefined;
  return {
    keyId: "local",
    key() {
      if (cached) return cached;
      if (!existsSync(file)) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, randomBytes(32).toString("base64"), {
          mode: 0o600,
        });
      }
      cached = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
      if (cached.length !== 32)
        throw new Error(`${file} must hold a 32-byte base64 key`);
      return cached;
    },
  };
}

let provider: KeyProvider | undefined;
export function setKeyProvider(p: KeyProvider): void {
  provider = p;
}
const keys = () => (provider ??= localKeyProvider());

/** `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts). */
export function encrypt(plain: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keys().key(), iv);
  cipher.setAAD(Buffer.from(context));
  const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const b = (x: Buffer) => x.toString("base64url");
  return ["v1", keys().keyId, b(iv), b(cipher.getAuthTag()), b(ct)].join(".");
}

export function decrypt(sealed: string, context: string): string {
  const [v, keyId, iv, tag, ct] = sealed.split(".");
  if (v !== "v1" || keyId !== keys().keyId)
    throw new Error("unknown ciphertext version or key");
  const decipher = createDecipheriv(
    "aes-256-gcm",
    keys().key(),
    Buffer.from(iv, "base64url"),
  );
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(ct, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}
