// Field encryption for personal data (주민등록번호, 계좌번호 — 개인정보보호법 §24의2, §29):
// AES-256-GCM under a data key, with the tenant and field bound in as associated data so a
// ciphertext copied to another tenant or field does not decrypt.
//
// Where the data key comes from:
// - on AWS (GOLMOK_KMS_KEY_ID set): envelope encryption. Each tenant gets its own data key from
//   KMS GenerateDataKey (encryption context = tenant); only its KMS-encrypted form is stored, on
//   the tenant item, and a container keeps the plain key in memory after one KMS Decrypt.
// - locally: one key in a file under .data/ (created on first use, mode 0600), or
//   GOLMOK_DATA_KEY (base64) in tests.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { dynamo, getItem, isConditionFailure, toItem } from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { useActor, useReseller, useTenant } from "../actor";

interface DataKey {
  keyId: string;
  key: Buffer;
}

/** The local data key (env or file): also the root the local SSO signing key is derived from. */
export function localKey(): DataKey {
  const fromEnv = process.env.GOLMOK_DATA_KEY;
  if (fromEnv) return { keyId: "env", key: Buffer.from(fromEnv, "base64") };
  const file = process.env.GOLMOK_DATA_KEY_FILE ?? ".data/data-key";
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  if (key.length !== 32)
    throw new Error(`${file} must hold a 32-byte base64 key`);
  return { keyId: "local", key };
}

const cache = new Map<string, DataKey>();

/**
 * Whose data key: the actor's tenant, or — for a reseller acting for itself (its webhook signing
 * secrets) — the reseller, whose encrypted data key is kept on its RESELLER item.
 */
function owner(): {
  id: string;
  item: { pk: string; sk: string };
  context: Record<string, string>;
} {
  const actor = useActor();
  const tenantId =
    actor.type === "user" ||
    actor.type === "system" ||
    actor.type === "reseller"
      ? (actor as { tenantId?: string }).tenantId
      : undefined;
  if (!tenantId && (actor.type === "reseller" || actor.type === "system")) {
    const resellerId = useReseller();
    return {
      id: resellerId,
      item: Keys.reseller(),
      context: { reseller: resellerId },
    };
  }
  const id = useTenant();
  return { id, item: Keys.tenant(), context: { tenant: id } };
}

async function kmsKey(
  kmsKeyId: string,
  o: ReturnType<typeof owner>,
): Promise<DataKey> {
  const { KMSClient, DecryptCommand, GenerateDataKeyCommand } =
    await import("@aws-sdk/client-kms");
  const kms = new KMSClient({});
  const context = o.context;
  const stored = await getItem<{ dekCiphertext?: string }>(o.item, true);
  let ciphertext = stored?.dekCiphertext;
  if (!ciphertext) {
    const generated = await kms.send(
      new GenerateDataKeyCommand({
        KeyId: kmsKeyId,
        KeySpec: "AES_256",
        EncryptionContext: context,
      }),
    );
    const candidate = Buffer.from(generated.CiphertextBlob!).toString("base64");
    try {
      await dynamo().send(
        new UpdateItemCommand({
          TableName: tableName(),
          Key: toItem(o.item),
          UpdateExpression: "SET dekCiphertext = :c",
          ConditionExpression:
            "attribute_exists(pk) AND attribute_not_exists(dekCiphertext)",
          ExpressionAttributeValues: toItem({ ":c": candidate }),
        }),
      );
      ciphertext = candidate;
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      // Another container stored a key first: use that one.
      ciphertext = (await getItem<{ dekCiphertext: string }>(o.item, true))!
        .dekCiphertext;
    }
  }
  const plain = await kms.send(
    new DecryptCommand({
      CiphertextBlob: Buffer.from(ciphertext, "base64"),
      EncryptionContext: context,
    }),
  );
  return { keyId: "kms", key: Buffer.from(plain.Plaintext!) };
}

async function dataKey(): Promise<DataKey> {
  const o = owner();
  const kmsKeyId = process.env.GOLMOK_KMS_KEY_ID;
  const cacheKey = kmsKeyId ? o.id : "local";
  let k = cache.get(cacheKey);
  if (!k) {
    k = kmsKeyId ? await kmsKey(kmsKeyId, o) : localKey();
    cache.set(cacheKey, k);
  }
  return k;
}

/** `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts). */
export async function encrypt(plain: string, context: string): Promise<string> {
  const { keyId, key } = await dataKey();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context));
  const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const b = (x: Buffer) => x.toString("base64url");
  return ["v1", keyId, b(iv), b(cipher.getAuthTag()), b(ct)].join(".");
}

export async function decrypt(
  sealed: string,
  context: string,
): Promise<string> {
  const { keyId, key } = await dataKey();
  const [v, sealedKeyId, iv, tag, ct] = sealed.split(".");
  if (v !== "v1" || sealedKeyId !== keyId)
    throw new Error("unknown ciphertext version or key");
  const decipher = createDecipheriv(
    "aes-256-gcm",
    key,
    Buffer.from(iv, "base64url"),
  );
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(ct, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}
