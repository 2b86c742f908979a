export * as Metering from "./index";
import {
  GetItemCommand,
  UpdateItemCommand,
  type TransactWriteItem,
} from "@aws-sdk/client-dynamodb";
import {
  dynamo,
  fromItem,
  getItem,
  isConditionFailure,
  putItem,
  toItem,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { withActor, useTenant } from "../actor";
import { VisibleError } from "../error";
import { Plan, type Metric, type PlanId } from "../plan";
import { kstMonth, nextMonthStart, nowMs, formatResetKo } from "../time";
import type { RequestMeter } from "./meter";

export type Usage = Partial<Record<Metric, number>> & {
  byModule?: Record<string, number>;
};

// Request and capacity counts are aggregated in memory and written once per tenant per flush:
// a flush happens every FLUSH_EVERY requests or FLUSH_MS, and on shutdown. A container lost
// without a shutdown drops at most that batch (see README "Metering"). Billable events are
// not counted here: they are added inside the transaction of the event itself (billableUpdate).
const FLUSH_EVERY = Number(process.env.METER_FLUSH_EVERY ?? 200);
const FLUSH_MS = Number(process.env.METER_FLUSH_MS ?? 10_000);

interface Pending {
  tenantId: string;
  month: string;
  requests: number;
  dbReadUnits: number;
  dbWriteUnits: number;
  modules: Record<string, number>;
}

const pending = new Map<string, Pending>();
let pendingRequests = 0;
let oldestPendingAt = 0;
let timer: NodeJS.Timeout | undefined;
let flushing: Promise<void> | undefined;

/** Adds one request and what it consumed to the in-memory aggregate. */
export function record(
  tenantId: string,
  module: string,
  meter: RequestMeter,
  ms = nowMs(),
): void {
  const month = kstMonth(ms);
  const key = `${tenantId}|${month}`;
  let p = pending.get(key);
  if (!p) {
    p = {
      tenantId,
      month,
      requests: 0,
      dbReadUnits: 0,
      dbWriteUnits: 0,
      modules: {},
    };
    pending.set(key, p);
  }
  p.requests++;
  p.dbReadUnits += meter.readUnits;
  p.dbWriteUnits += meter.writeUnits;
  p.modules[module] = (p.modules[module] ?? 0) + 1;
  if (pendingRequests === 0) oldestPendingAt = ms;
  pendingRequests++;
  if (pendingRequests >= FLUSH_EVERY) void flush();
  else if (!timer) {
    timer = setTimeout(() => void flush(), FLUSH_MS);
    timer.unref();
  }
}

/** For Lambda, whose timers do not run while the container is frozen: flush when the batch is due. */
export async function flushIfDue(ms = nowMs()): Promise<void> {
  if (
    pendingRequests >= FLUSH_EVERY ||
    (pendingRequests > 0 && ms - oldestPendingAt >= FLUSH_MS)
  )
    await flush();
}

/** Writes the aggregate: one UpdateItem (ADD) per tenant-month. Safe to call any time. */
export async function flush(): Promise<void> {
  if (flushing) await flushing;
  if (timer) clearTimeout(timer);
  timer = undefined;
  const batch = [...pending.values()];
  pending.clear();
  pendingRequests = 0;
  if (batch.length === 0) return;
  flushing = (async () => {
    const failed: Pending[] = [];
    await Promise.all(
      batch.map(async (p) => {
        try {
          await withActor({ type: "system", tenantId: p.tenantId }, () =>
            addToUsage(p),
          );
        } catch (err) {
          if (err instanceof TenantGone) {
            // Counted by a container before the shop was purged: nothing of it may come back.
            console.error(
              JSON.stringify({
                level: "warn",
                msg: "usage of a removed tenant dropped",
                tenantId: p.tenantId,
              }),
            );
            return;
          }
          failed.push(p);
          console.error(
            JSON.stringify({
              level: "error",
              msg: "usage flush failed",
              error: String(err),
            }),
          );
        }
      }),
    );
    // Put failed batches back so the next flush retries them instead of losing the counts.
    for (const p of failed) {
      const key = `${p.tenantId}|${p.month}`;
      const cur = pending.get(key);
      if (!cur) pending.set(key, p);
      else {
        cur.requests += p.requests;
        cur.dbReadUnits += p.dbReadUnits;
        cur.dbWriteUnits += p.dbWriteUnits;
        for (const [m, n] of Object.entries(p.modules))
          cur.modules[m] = (cur.modules[m] ?? 0) + n;
      }
    }
  })();
  try {
    await flushing;
  } finally {
    flushing = undefined;
  }
}

async function addToUsage(p: Pending): Promise<void> {
  const names: Record<string, string> = { "#mod": "byModule" };
  const values: Record<string, unknown> = {
    ":r": p.requests,
    ":ru": p.dbReadUnits,
    ":wu": p.dbWriteUnits,
  };
  const moduleAdds = Object.entries(p.modules).map(([m, n], i) => {
    names[`#m${i}`] = m;
    values[`:m${i}`] = n;
    return `#mod.#m${i} :m${i}`;
  });
  // byModule is a map created with the item (see ensureUsageItem) so nested ADD has a parent.
  await ensureUsageItem(p.month);
  const add = () =>
    dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: toItem(Keys.usage(p.month)),
        UpdateExpression: `ADD requests :r, dbReadUnits :ru, dbWriteUnits :wu${moduleAdds.length ? ", " + moduleAdds.join(", ") : ""}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: toItem(values),
        // The item as it now stands (no extra read): it tells whether a quota alert is due.
        ReturnValues: "ALL_NEW",
      }),
    );
  const res = await add().catch(async (err) => {
    // The map is gone (the item was removed or replaced since this container ensured it):
    // ensure it again and retry once, rather than failing every later flush of the month.
    if (!/document path/i.test(String((err as Error).message))) throw err;
    const key = Keys.usage(p.month);
    ensured.delete(`${key.pk}|${key.sk}`);
    await ensureUsageItem(p.month);
    return add();
  });
  // The counts are stored: a failed alert must not fail the flush (that would count them twice).
  await alertIfDue(
    p.month,
    fromItem<Record<string, unknown>>(res.Attributes) ?? {},
  ).catch((err) =>
    console.error(
      JSON.stringify({
        level: "error",
        msg: "quota alert failed",
        error: String(err),
      }),
    ),
  );
}

// Quota alerts (80% and 100% of each included quota) are checked on every flush against the
// usage item the flush returns, so billable events counted in their own transactions (invoices,
// payslips, e-mails) are seen by the tenant's next flush. The tenant's plan is read only when a
// metric has reached 80% of the smallest plan's quota, and cached for a while.
const PLAN_CACHE_MS = 5 * 60_000;
const planCache = new Map<string, { at: number; planId: PlanId }>();

async function alertIfDue(
  month: string,
  usage: Record<string, unknown>,
): Promise<void> {
  if (!Plan.alertsDue(Plan.smallestQuotas(month), usage).length) return;
  const tenantId = useTenant();
  let cached = planCache.get(tenantId);
  if (!cached || nowMs() - cached.at > PLAN_CACHE_MS) {
    const t = await getItem<{ planId?: PlanId }>(Keys.tenant());
    if (!t) return;
    cached = { at: nowMs(), planId: t.planId ?? "basic" };
    planCache.set(tenantId, cached);
  }
  const plan = Plan.get(cached.planId, month);
  const due = Plan.alertsDue(plan, usage);
  if (!due.length) return;
  const { sendQuotaAlerts } = await import("../billing/alerts");
  await sendQuotaAlerts(plan, month, due);
}

const ensured = new Set<string>();
class TenantGone extends Error {}

async function ensureUsageItem(month: string): Promise<void> {
  const key = Keys.usage(month);
  const id = `${key.pk}|${key.sk}`;
  if (ensured.has(id)) return;
  // Once per container per tenant-month (and when the item was removed meanwhile): a purged
  // shop's late flush must not recreate its usage and billing marker (core/account purge).
  if (!(await getItem(Keys.tenant()))) throw new TenantGone();
  await dynamo().send(
    new UpdateItemCommand({
      TableName: tableName(),
      Key: toItem(key),
      UpdateExpression: "SET byModule = if_not_exists(byModule, :empty)",
      ExpressionAttributeValues: toItem({ ":empty": {} }),
    }),
  );
  // The tenant is active this month: the monthly close finds it through this marker (gsi2).
  // Once per container per tenant-month; an existing marker fails the condition (no index write).
  await putItem(billingMarker(month), "attribute_not_exists(pk)").catch(
    (err) => {
      if (!isConditionFailure(err)) throw err;
    },
  );
  ensured.add(id);
}

const BILLING_SHARDS = 8;
/** The gsi2 shards the close queries for a month. */
export const billingShards = () =>
  Array.from({ length: BILLING_SHARDS }, (_, i) => i);

/** The actor tenant's marker for the month's close (gsi2, spread over BILLING_SHARDS by the id's random tail). */
export function billingMarker(month: string): Record<string, unknown> {
  const tenantId = useTenant();
  return {
    ...Keys.billingMonth(month),
    tenantId,
    month,
    gsi2pk: Keys.billingShard(
      month,
      tenantId.charCodeAt(tenantId.length - 1) % BILLING_SHARDS,
    ),
    gsi2sk: tenantId,
  };
}

/**
 * The transaction item that counts a billable event (an e-mail sent, later an invoice issued…)
 * exactly once: callers put it in the same TransactWriteItems as the event.
 */
export function billableUpdate(
  metric: Metric,
  count = 1,
  month = kstMonth(),
): TransactWriteItem {
  return {
    Update: {
      TableName: tableName(),
      Key: toItem(Keys.usage(month)),
      UpdateExpression: "ADD #metric :n",
      ExpressionAttributeNames: { "#metric": metric },
      ExpressionAttributeValues: toItem({ ":n": count }),
    },
  };
}

/** Stored usage plus what this process has not flushed yet. */
export async function current(month = kstMonth()): Promise<Usage> {
  const res = await dynamo().send(
    new GetItemCommand({
      TableName: tableName(),
      Key: toItem(Keys.usage(month)),
      ConsistentRead: true,
    }),
  );
  const stored = fromItem<Usage>(res.Item) ?? {};
  const p = pending.get(`${useTenant()}|${month}`);
  return {
    requests: (stored.requests ?? 0) + (p?.requests ?? 0),
    dbReadUnits: (stored.dbReadUnits ?? 0) + (p?.dbReadUnits ?? 0),
    dbWriteUnits: (stored.dbWriteUnits ?? 0) + (p?.dbWriteUnits ?? 0),
    emails: stored.emails ?? 0,
    payslips: stored.payslips ?? 0,
    invoices: stored.invoices ?? 0,
    byModule: stored.byModule ?? {},
  };
}

// The request-quota check must not add a read to every request: usage is cached per tenant
// for a short time, and the in-memory pending counts are added on top.
const CACHE_MS = 30_000;
const cache = new Map<string, { at: number; usage: Usage }>();

export async function assertWithinQuota(
  planId: PlanId,
  adding: Partial<Record<Metric, number>>,
): Promise<void> {
  const month = kstMonth();
  // Only metrics with a ceiling can be refused: billable documents past their quota are billed,
  // so checking them would only cost a read.
  const plan = Plan.get(planId, month);
  if (!(Object.keys(adding) as Metric[]).some((m) => plan.blockAt[m] !== null))
    return;
  const tenantId = useTenant();
  const key = `${tenantId}|${month}`;
  let hitCache = cache.get(key);
  // Billable events are checked against fresh usage, never a cached copy.
  const billable = Object.keys(adding).some((m) => m !== "requests");
  if (!hitCache || nowMs() - hitCache.at > CACHE_MS || billable) {
    hitCache = { at: nowMs(), usage: await current(month) };
    cache.set(key, hitCache);
  }
  const p = pending.get(key);
  const usage: Usage = {
    ...hitCache.usage,
    requests: Math.max(hitCache.usage.requests ?? 0, p?.requests ?? 0),
  };
  assertUsageWithin(planId, month, usage, adding);
}

/** Throws the quota error (429, naming the limit and when it resets) when `adding` would take `usage` past where the plan refuses use. */
export function assertUsageWithin(
  planId: PlanId,
  month: string,
  usage: Partial<Record<Metric, number>>,
  adding: Partial<Record<Metric, number>>,
): void {
  const plan = Plan.get(planId, month);
  // Past an included quota use is billed (Plan.PLAN_TABLE); only a ceiling (blockAt) refuses it.
  const over = Plan.blocked(plan, usage, adding);
  if (over) {
    const { label } = Plan.METRIC_LABEL[over];
    throw new VisibleError(
      "quota_exceeded",
      "quota_exceeded",
      `${plan.name} 요금제의 이번 달 ${label} 한도(${plan.blockAt[over]!.toLocaleString("ko-KR")})를 모두 사용했습니다. ${formatResetKo(nextMonthStart(month))}에 초기화됩니다.`,
      {
        retryAfterSeconds: Math.ceil(
          (Date.parse(nextMonthStart(month)) - nowMs()) / 1000,
        ),
      },
    );
  }
}

/** For tests: forget cached usage. */
export function clearCache(): void {
  cache.clear();
  planCache.clear();
}
