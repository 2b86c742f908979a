export * as ApiKey from "./key";
import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import {
  dynamo,
  getItem,
  isConditionFailure,
  putTx,
  queryPrefix,
  toItem,
  transact,
} from "../db/client";
import { hashSecret, Keys } from "../db/keys";
import { tableName } from "../db/table";
import {
  assertCan,
  useActor,
  withActor,
  type ApiScope,
  type ResellerActor,
} from "../actor";
import { VisibleError } from "../error";
import { createSecret } from "../id";
import { nowMs } from "../time";
import { keyId as newKeyId } from "./id";
import type { ApiKeyInput } from "./schema";

// API keys of a reseller: `gk_<43 chars>` (256 random bits), shown once. Only the SHA-256 of the
// key is stored: the authentication lookup RKEY#<hash> (one GetItem per request) and the
// listing item R#<reseller>/KEY#<id> that carries the hash, so revoking needs no secret.

const PREFIX = "gk_";
const TOUCH_EVERY_MS = 60_000;

interface KeyRecord {
  id: string;
  resellerId: string;
  name: string;
  scopes: ApiScope[];
  hash: string;
  createdAt: string;
  createdBy: string;
  lastUsedAt?: string;
  revokedAt?: string;
}
interface LookupRecord {
  resellerId: string;
  keyId: string;
  scopes: ApiScope[];
  revoked: boolean;
}

export interface KeyView {
  id: string;
  name: string;
  scopes: ApiScope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const view = (k: KeyRecord): KeyView => ({
  id: k.id,
  name: k.name,
  scopes: k.scopes,
  createdAt: k.createdAt,
  lastUsedAt: k.lastUsedAt ?? null,
  revokedAt: k.revokedAt ?? null,
});

/** Keys are managed by a reseller's admin, not by another key. */
function useAdmin(): ResellerActor & { adminId: string } {
  assertCan("reseller.keys");
  const actor = useActor();
  if (actor.type !== "reseller" || !actor.adminId)
    throw new VisibleError(
      "forbidden",
      "admin_only",
      "API 키는 판매사 관리자만 만들거나 폐기할 수 있습니다.",
    );
  return actor as ResellerActor & { adminId: string };
}

/** Creates a key; the returned `key` is the only time the secret exists outside the caller. */
export async function create(
  input: ApiKeyInput,
): Promise<KeyView & { key: string }> {
  const admin = useAdmin();
  const key = PREFIX + createSecret();
  const hash = hashSecret(key);
  const record: KeyRecord = {
    id: newKeyId(),
    resellerId: admin.resellerId,
    name: input.name,
    scopes: [...new Set(input.scopes)],
    hash,
    createdAt: new Date(nowMs()).toISOString(),
    createdBy: admin.adminId,
  };
  const lookup: LookupRecord = {
    resellerId: admin.resellerId,
    keyId: record.id,
    scopes: record.scopes,
    revoked: false,
  };
  await transact([
    putTx({ ...Keys.resellerKey(record.id), ...record }),
    putTx(
      { ...Keys.apiKeyByHash(hash), ...lookup },
      "attribute_not_exists(pk)",
    ),
  ]);
  return { ...view(record), key };
}

export async function list(): Promise<KeyView[]> {
  useAdmin();
  return (await queryPrefix<KeyRecord>(Keys.resellerKeysPrefix(), true)).map(
    view,
  );
}

/** Revokes a key at once: its lookup is marked revoked in the same transaction as the listing. */
export async function revoke(id: string): Promise<KeyView> {
  useAdmin();
  const record = await getItem<KeyRecord>(Keys.resellerKey(id), true);
  if (!record)
    throw new VisibleError(
      "not_found",
      "key_not_found",
      "API 키를 찾을 수 없습니다.",
    );
  if (record.revokedAt) return view(record);
  const revokedAt = new Date(nowMs()).toISOString();
  await transact([
    {
      Update: {
        TableName: tableName(),
        Key: toItem(Keys.resellerKey(id)),
        UpdateExpression: "SET revokedAt = :at",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: toItem({ ":at": revokedAt }),
      },
    },
    {
      Update: {
        TableName: tableName(),
        Key: toItem(Keys.apiKeyByHash(record.hash)),
        UpdateExpression: "SET revoked = :t",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: toItem({ ":t": true }),
      },
    },
  ]);
  return view({ ...record, revokedAt });
}

const invalidKey = () =>
  new VisibleError(
    "unauthorized",
    "api_key_invalid",
    "API 키가 올바르지 않습니다.",
  );

// When this container last recorded each key's use: at most one write a minute per key here,
// and the condition below keeps it at one a minute across containers.
const touched = new Map<string, number>();

/** Resolves `Authorization: Bearer <key>` to the reseller actor; 401 for a wrong or revoked key. */
export async function authenticate(key: string): Promise<ResellerActor> {
  if (!key.startsWith(PREFIX) || key.length !== PREFIX.length + 43)
    throw invalidKey();
  const lookup = await getItem<LookupRecord>(Keys.apiKey(key));
  if (!lookup) throw invalidKey();
  if (lookup.revoked)
    throw new VisibleError(
      "unauthorized",
      "api_key_revoked",
      "폐기된 API 키입니다. 관리자에게 새 키를 받아 주세요.",
    );
  await touch(lookup.resellerId, lookup.keyId);
  return {
    type: "reseller",
    resellerId: lookup.resellerId,
    keyId: lookup.keyId,
    scopes: lookup.scopes,
  };
}

async function touch(resellerId: string, id: string): Promise<void> {
  const now = nowMs();
  if (now - (touched.get(id) ?? 0) < TOUCH_EVERY_MS) return;
  touched.set(id, now);
  try {
    await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: toItem(
          withActor({ type: "system", resellerId }, () => Keys.resellerKey(id)),
        ),
        UpdateExpression: "SET lastUsedAt = :now",
        ConditionExpression:
          "attribute_exists(pk) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt < :cutoff)",
        ExpressionAttributeValues: toItem({
          ":now": new Date(now).toISOString(),
          ":cutoff": new Date(now - TOUCH_EVERY_MS).toISOString(),
        }),
      }),
    );
  } catch (err) {
    if (!isConditionFailure(err)) throw err;
  }
}

/** Forgets when keys were last recorded (tests). */
export const resetTouches = () => touched.clear();
