// The purge: 30 days after the owner asked, every item of the tenant goes — its partition
// (T#<ten>, with whatever of it the indexes hold: outbox, close markers, statements), the global
// lookups that point at it (e-mail → user, 사업자번호, issuer code, slug, the reseller's link and
// subscriber id), the items it owns elsewhere (sessions, e-mail tokens, recipient and cancel
// links — found through gsi1 TREF#<ten>, no Scan), its rate-limit windows, its published
// homepage files and its stored exports. A buyer's copy of an invoice the shop issued stays
// the buyer's (it is their tax record), with the supplier's tenant id taken off.
//
// Idempotent and resumable: every step tolerates what an earlier, cut-short run already removed,
// and the tenant record (which lists the tenant for the purge) is deleted last — a run that dies
// halfway is finished by the next one.
import {
  BatchWriteItemCommand,
  DeleteItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import {
  dynamo,
  fromItem,
  getItem,
  isConditionFailure,
  toItem,
  type Item,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { withActor } from "../actor";
import { LIMITS, type Limit } from "../ratelimit";
import { epochSeconds, nowMs } from "../time";
import { siteStorage } from "../site/storage";
import { partitionItems } from "./index";
import { exportStorage } from "./storage";
import type { TenantRecord } from "../tenant";

type Key = { pk: string; sk: string };

export interface PurgeResult {
  tenantId: string;
  status: "purged" | "not_due" | "gone";
  partitionItems: number;
  globalItems: number;
  strippedCopies: number;
}

/** Deletes the item if it is there and (when given) still names the tenant. */
async function deleteIf(key: Key, tenantId?: string): Promise<boolean> {
  try {
    await dynamo().send(
      new DeleteItemCommand({
        TableName: tableName(),
        Key: toItem(key),
        ...(tenantId
          ? {
              ConditionExpression: "tenantId = :t",
              ExpressionAttributeValues: toItem({ ":t": tenantId }),
            }
          : {}),
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

async function batchDelete(keys: Key[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 25) {
    let requests = keys.slice(i, i + 25).map((k) => ({
      DeleteRequest: { Key: toItem(k) },
    }));
    for (let attempt = 0; requests.length; attempt++) {
      const res = await dynamo().send(
        new BatchWriteItemCommand({
          RequestItems: { [tableName()]: requests },
        }),
      );
      requests = (res.UnprocessedItems?.[tableName()] ?? []) as typeof requests;
      if (requests.length)
        await new Promise((r) => setTimeout(r, 50 * 2 ** Math.min(attempt, 5)));
    }
  }
}

/** The rate-limit windows that may still exist for a key (its TTL is one window + a minute). */
function rateLimitKeys(limit: Limit, key: string): Key[] {
  const now = epochSeconds(nowMs());
  const start = now - (now % limit.windowSeconds);
  return [start, start - limit.windowSeconds].map((w) =>
    Keys.rateLimit(limit.bucket, key, w),
  );
}

/** Items the tenant owns outside its partition, listed in gsi1 under TREF#<ten>. */
async function tenantRefs(tenantId: string): Promise<Key[]> {
  const out: Key[] = [];
  let start: Item | undefined;
  do {
    const res = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :p",
        ExpressionAttributeValues: toItem({
          ":p": Keys.tenantRefPartition(tenantId),
        }),
        ExclusiveStartKey: start,
      }),
    );
    for (const i of res.Items ?? []) {
      const { pk, sk } = fromItem<Key>(i)!;
      out.push({ pk, sk });
    }
    start = res.LastEvaluatedKey;
  } while (start);
  return out;
}

/** Purges one tenant whose grace is over (`now` for tests and the admin script). */
export async function purgeTenant(
  tenantId: string,
  now = nowMs(),
): Promise<PurgeResult> {
  return withActor({ type: "system", tenantId }, async () => {
    const result: PurgeResult = {
      tenantId,
      status: "purged",
      partitionItems: 0,
      globalItems: 0,
      strippedCopies: 0,
    };
    const tenant = await getItem<TenantRecord & { issuerCode?: string }>(
      Keys.tenant(),
      true,
    );
    if (!tenant) return { ...result, status: "gone" };
    if (!tenant.purgeAfter || Date.parse(tenant.purgeAfter) > now)
      return { ...result, status: "not_due" };

    const items = await partitionItems();
    const users = items.filter((i) => String(i.sk).startsWith("USER#")) as {
      email?: string;
    }[];
    const site = items.find((i) => i.sk === "SITE") as
      { slug?: string } | undefined;

    // 1. Nobody can sign in any more: the e-mail lookups go first.
    for (const u of users)
      if (u.email && (await deleteIf(Keys.email(u.email), tenantId)))
        result.globalItems++;

    // 2. Sessions, e-mail tokens and links (gsi1 TREF#<ten>); a buyer's copy of an invoice stays
    //    the buyer's, without the supplier's id.
    for (const key of await tenantRefs(tenantId)) {
      if (key.pk.startsWith("T#") && key.pk !== `T#${tenantId}`) {
        try {
          await dynamo().send(
            new UpdateItemCommand({
              TableName: tableName(),
              Key: toItem(key),
              UpdateExpression: "REMOVE supplierTenantId, gsi1pk, gsi1sk",
              ConditionExpression: "attribute_exists(pk)",
            }),
          );
          result.strippedCopies++;
        } catch (err) {
          if (!isConditionFailure(err)) throw err;
        }
      } else if (await deleteIf(key)) result.globalItems++;
    }

    // 3. The other lookups that name the tenant, each only if it still does.
    const lookups: Key[] = [];
    if (tenant.bizNo) lookups.push(Keys.bizNo(tenant.bizNo));
    if (tenant.issuerCode) lookups.push(Keys.issuer(tenant.issuerCode));
    if (site?.slug) {
      const slug = await getItem<{ tenantId: string }>(
        Keys.slug(site.slug),
        true,
      );
      // The page's files first, then the slug: a cut-short run still finds the slug next time.
      if (!slug || slug.tenantId === tenantId)
        await siteStorage().remove(site.slug);
      lookups.push(Keys.slug(site.slug));
    }
    for (const k of lookups)
      if (await deleteIf(k, tenantId)) result.globalItems++;

    // 4. The reseller's link to the shop and its subscriber id.
    if (tenant.resellerId) {
      await withActor(
        { type: "system", resellerId: tenant.resellerId },
        async () => {
          const link = await getItem<{ subscriberId?: string }>(
            Keys.resellerTenant(tenantId),
            true,
          );
          if (
            link?.subscriberId &&
            (await deleteIf(
              Keys.resellerSubscriber(link.subscriberId),
              tenantId,
            ))
          )
            result.globalItems++;
          if (await deleteIf(Keys.resellerTenant(tenantId)))
            result.globalItems++;
        },
      );
    }

    // 5. Rate-limit windows keyed by the tenant or its members' addresses (hashed keys).
    await batchDelete([
      ...rateLimitKeys(LIMITS.invitePerTenant, tenantId),
      ...users.flatMap((u) =>
        u.email
          ? [
              ...rateLimitKeys(LIMITS.loginPerAccount, u.email),
              ...rateLimitKeys(LIMITS.resetPerAccount, u.email),
            ]
          : [],
      ),
    ]);

    // 6. Stored exports, then the partition — the tenant record last.
    await exportStorage().removeAll(tenantId);
    const rest = items
      .filter((i) => i.sk !== "TENANT")
      .map((i) => ({ pk: String(i.pk), sk: String(i.sk) }));
    await batchDelete(rest);
    // Anything written while we deleted (an in-flight request's e-mail) goes too.
    const late = (await partitionItems())
      .filter((i) => i.sk !== "TENANT")
      .map((i) => ({ pk: String(i.pk), sk: String(i.sk) }));
    await batchDelete(late);
    await deleteIf(Keys.tenant());
    result.partitionItems = rest.length + late.length + 1;
    return result;
  });
}

/** Every tenant whose 30 days are over (gsi2 PURGE, oldest first): the daily job's work. */
export async function purgeDue(now = nowMs()): Promise<PurgeResult[]> {
  const due: string[] = [];
  let start: Item | undefined;
  do {
    const res = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: "gsi2",
        KeyConditionExpression: "gsi2pk = :q AND gsi2sk < :upper",
        ExpressionAttributeValues: toItem({
          ":q": Keys.purgeQueue(),
          // gsi2sk is `<purgeAfter ISO>#<tenant>`; '$' sorts right after '#'.
          ":upper": `${new Date(now).toISOString()}$`,
        }),
        ExclusiveStartKey: start,
      }),
    );
    for (const i of res.Items ?? [])
      due.push(String(fromItem<{ id: string }>(i)!.id));
    start = res.LastEvaluatedKey;
  } while (start);
  const out: PurgeResult[] = [];
  for (const t of due) out.push(await purgeTenant(t, now));
  return out;
}
