export * as Webhook from "./webhook";
import { createHmac } from "node:crypto";
import { EventEmitter } from "node:events";
import {
  DeleteItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type TransactWriteItem,
} from "@aws-sdk/client-dynamodb";
import type { SQSClient } from "@aws-sdk/client-sqs";
import {
  dynamo,
  fromItem,
  getItem,
  isConditionFailure,
  putTx,
  queryPrefix,
  toItem,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { useActor, useReseller, withActor } from "../actor";
import { VisibleError } from "../error";
import { createSecret } from "../id";
import { epochSeconds, nowMs } from "../time";
import { deliveryId, eventId, webhookId } from "./id";
import { toView } from "./view";
import type { LinkRecord } from "./index";
import type {
  DeliveriesQuery,
  DeliveryStatus,
  EventType,
  WebhookEvent,
  WebhookInput,
  WebhookPatch,
} from "./webhook-schema";

// Webhooks: a reseller registers endpoints for the events of its shops. An event is written as
// one delivery item per subscribed endpoint (R#<reseller>/HOOKDLV#<id>) in the same DynamoDB
// transaction as the change itself — the outbox pattern of core/mail — and a worker POSTs it:
// signed with the endpoint's secret (HMAC-SHA256 over `${timestamp}.${body}`), with a per-request
// timeout, retried with exponential backoff. The API only writes the item; an endpoint that hangs
// or fails never slows or fails the call that caused the event. Delivery is at-least-once: the
// event id (`evt_…`) is the same on every attempt and every endpoint, for de-duplication.

export interface WebhookRecord {
  id: string;
  url: string;
  events: WebhookEvent[];
  description: string;
  status: "active" | "disabled";
  /** The signing secret, AES-256-GCM under the reseller's data key (core/crypto/vault). */
  secretSealed: string;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookView {
  id: string;
  url: string;
  events: WebhookEvent[];
  description: string;
  status: "active" | "disabled";
  createdAt: string;
  updatedAt: string;
}

interface DeliveryRecord {
  id: string;
  webhookId: string;
  resellerId: string;
  eventId: string;
  type: EventType;
  tenantId?: string;
  /** The exact body sent on every attempt (the signature covers these bytes). */
  body: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: number;
  createdAt: string;
  lastAttemptAt?: string;
  lastHttpStatus?: number;
  lastError?: string;
  lastDurationMs?: number;
  deliveredAt?: string;
  /** Times a reseller sent it again after it failed (`retry`), and the last time. */
  retries?: number;
  retriedAt?: string;
  expiresAt: number;
}

export interface DeliveryView {
  id: string;
  webhookId: string;
  eventId: string;
  type: EventType;
  tenantId: string | null;
  status: DeliveryStatus;
  attempts: number;
  maxAttempts: number;
  createdAt: string;
  lastAttemptAt: string | null;
  lastHttpStatus: number | null;
  lastError: string | null;
  lastDurationMs: number | null;
  /** When the next attempt is due (pending only). */
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  /** Times it was sent again by hand after it failed; `attempts` counts since the last of them. */
  retries: number;
  retriedAt: string | null;
  /** The event as sent: { id, type, created, data }. */
  event: { id: string; type: EventType; created: string; data: unknown };
}

export const MAX_WEBHOOKS = 10;
export const MAX_ATTEMPTS = 8;
const SHARDS = 4;
const LOG_DAYS = 30;
const MAX_DELAY_MS = 12 * 3600_000;
/** First retry after 10 min, doubling: 8 attempts over ~21 h. Tests set a small base. */
const retryBaseMs = () => Number(process.env.WEBHOOK_RETRY_BASE_MS ?? 600_000);
const timeoutMs = () => Number(process.env.WEBHOOK_TIMEOUT_MS ?? 5_000);
const leaseMs = () => timeoutMs() + 30_000;

export const SIGNATURE_HEADER = "x-golmok-signature";
export const TIMESTAMP_HEADER = "x-golmok-timestamp";

export const events = new EventEmitter<{
  queued: [{ resellerId: string; id: string }];
}>();

const notFound = () =>
  new VisibleError(
    "not_found",
    "webhook_not_found",
    "이 판매사의 웹훅 중에 그런 웹훅이 없습니다.",
  );

const view = (w: WebhookRecord): WebhookView => ({
  id: w.id,
  url: w.url,
  events: w.events,
  description: w.description,
  status: w.status,
  createdAt: w.createdAt,
  updatedAt: w.updatedAt,
});

const sealContext = (resellerId: string, id: string) =>
  `webhook-secret:${resellerId}:${id}`;

/** `v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>` — what a receiver recomputes. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

async function assertScope(scope: "tenants:read" | "tenants:write") {
  const { assertScope } = await import("./index");
  assertScope(scope);
}

// ——— endpoints ———

/** Registers an endpoint; the signing secret in the answer is shown this once. */
export async function create(
  input: WebhookInput,
): Promise<WebhookView & { secret: string }> {
  await assertScope("tenants:write");
  const resellerId = useReseller();
  const existing = await queryPrefix<WebhookRecord>(
    Keys.webhooksPrefix(),
    true,
  );
  if (existing.length >= MAX_WEBHOOKS)
    throw new VisibleError(
      "conflict",
      "webhook_limit",
      `웹훅은 판매사마다 ${MAX_WEBHOOKS}개까지 등록할 수 있습니다. 쓰지 않는 웹훅을 지워 주세요.`,
    );
  const id = webhookId();
  const secret = `whsec_${createSecret()}`;
  const { encrypt } = await import("../crypto/vault");
  const at = new Date(nowMs()).toISOString();
  const record: WebhookRecord = {
    id,
    url: input.url,
    events: input.events,
    description: input.description,
    status: "active",
    secretSealed: await encrypt(secret, sealContext(resellerId, id)),
    createdAt: at,
    updatedAt: at,
  };
  await dynamo().send(
    new PutItemCommand({
      TableName: tableName(),
      Item: toItem({ ...Keys.webhook(id), ...record }),
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
  return { ...view(record), secret };
}

export async function list(): Promise<WebhookView[]> {
  await assertScope("tenants:read");
  return (await queryPrefix<WebhookRecord>(Keys.webhooksPrefix(), true)).map(
    view,
  );
}

/** Changes the URL, events, description or status (disabled: nothing is sent, pending ones fail). */
export async function update(
  id: string,
  patch: WebhookPatch,
): Promise<WebhookView> {
  await assertScope("tenants:write");
  const set: Record<string, unknown> = {
    updatedAt: new Date(nowMs()).toISOString(),
  };
  for (const k of ["url", "events", "description", "status"] as const)
    if (patch[k] !== undefined) set[k] = patch[k];
  const names = Object.keys(set);
  try {
    const res = await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: toItem(Keys.webhook(id)),
        UpdateExpression: `SET ${names.map((_, i) => `#k${i} = :v${i}`).join(", ")}`,
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: Object.fromEntries(
          names.map((n, i) => [`#k${i}`, n]),
        ),
        ExpressionAttributeValues: toItem(
          Object.fromEntries(names.map((n, i) => [`:v${i}`, set[n]])),
        ),
        ReturnValues: "ALL_NEW",
      }),
    );
    return view(fromItem<WebhookRecord>(res.Attributes)!);
  } catch (err) {
    if (isConditionFailure(err)) throw notFound();
    throw err;
  }
}

/** Deletes the endpoint; its delivery log stays (30 days), pending deliveries fail as webhook_deleted. */
export async function remove(
  id: string,
): Promise<{ id: string; deleted: true }> {
  await assertScope("tenants:write");
  const res = await dynamo().send(
    new DeleteItemCommand({
      TableName: tableName(),
      Key: toItem(Keys.webhook(id)),
      ReturnValues: "ALL_OLD",
    }),
  );
  if (!res.Attributes) throw notFound();
  return { id, deleted: true };
}

// ——— events: written with the change that causes them ———

export interface Outgoing {
  /** Transaction items, one delivery per subscribed active endpoint (none: nothing to add). */
  puts: TransactWriteItem[];
  /** Wakes the sender once the transaction has committed. */
  notify(): Promise<void>;
}

function deliveryItem(
  hook: Pick<WebhookRecord, "id">,
  resellerId: string,
  event: { id: string; type: EventType; created: string; data: unknown },
  tenantId: string | undefined,
  at: number,
): DeliveryRecord & Record<string, unknown> {
  const id = deliveryId();
  const shard = id.charCodeAt(id.length - 1) % SHARDS;
  return {
    ...Keys.webhookDelivery(id),
    id,
    webhookId: hook.id,
    resellerId,
    eventId: event.id,
    type: event.type,
    ...(tenantId ? { tenantId } : {}),
    body: JSON.stringify(event),
    status: "pending",
    attempts: 0,
    nextAttemptAt: at,
    createdAt: new Date(at).toISOString(),
    expiresAt: epochSeconds(at) + LOG_DAYS * 86_400,
    gsi1pk: Keys.webhookShard(shard),
    gsi1sk: dueKey(at, resellerId, id),
  };
}

const dueKey = (at: number, resellerId: string, id: string) =>
  `${String(at).padStart(15, "0")}#${resellerId}#${id}`;

/**
 * The deliveries of one event to the reseller's endpoints that subscribed to it (one query of the
 * reseller's few webhooks). Put `puts` into the transaction of the change, then call `notify`.
 */
export async function event(
  type: WebhookEvent,
  data: { tenant: { id: string } } & Record<string, unknown>,
): Promise<Outgoing> {
  const resellerId = useReseller();
  const hooks = (
    await withActor({ type: "system", resellerId }, () =>
      queryPrefix<WebhookRecord>(Keys.webhooksPrefix(), true),
    )
  ).filter((h) => h.status === "active" && h.events.includes(type));
  if (!hooks.length) return { puts: [], notify: async () => undefined };
  const at = nowMs();
  const e = {
    id: eventId(),
    type,
    created: new Date(at).toISOString(),
    data,
  };
  const items = hooks.map((h) =>
    deliveryItem(h, resellerId, e, data.tenant.id, at),
  );
  return {
    puts: items.map((i) => putTx(i, "attribute_not_exists(pk)")),
    notify: () =>
      notify(
        resellerId,
        items.map((i) => i.id),
      ),
  };
}

/** A `webhook.test` event to one endpoint, so a reseller can check its receiver. */
export async function test(id: string): Promise<DeliveryView> {
  await assertScope("tenants:write");
  const resellerId = useReseller();
  const hook = await getItem<WebhookRecord>(Keys.webhook(id), true);
  if (!hook) throw notFound();
  const at = nowMs();
  const item = deliveryItem(
    hook,
    resellerId,
    {
      id: eventId(),
      type: "webhook.test",
      created: new Date(at).toISOString(),
      data: { webhookId: id, message: "골목 웹훅 테스트입니다." },
    },
    undefined,
    at,
  );
  await dynamo().send(
    new PutItemCommand({
      TableName: tableName(),
      Item: toItem(item),
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
  await notify(resellerId, [item.id]);
  return deliveryView(item);
}

let sqs: SQSClient | undefined;
/** SQS on AWS (WEBHOOK_QUEUE_URL), an in-process event locally; a lost wake-up is caught by the sweeper. */
export async function notify(resellerId: string, ids: string[]): Promise<void> {
  const queueUrl = process.env.WEBHOOK_QUEUE_URL;
  if (!queueUrl) {
    for (const id of ids) events.emit("queued", { resellerId, id });
    return;
  }
  const { SQSClient, SendMessageBatchCommand } =
    await import("@aws-sdk/client-sqs");
  sqs ??= new SQSClient({});
  for (let i = 0; i < ids.length; i += 10)
    await sqs
      .send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: ids.slice(i, i + 10).map((id) => ({
            Id: id,
            MessageBody: JSON.stringify({ resellerId, id }),
          })),
        }),
      )
      .catch((err) =>
        console.error(
          JSON.stringify({
            level: "warn",
            msg: "webhook notify failed",
            ids,
            error: String(err),
          }),
        ),
      );
}

const deliveryNotFound = () =>
  new VisibleError(
    "not_found",
    "webhook_delivery_not_found",
    "이 판매사의 웹훅 전송 기록 중에 그런 전송이 없습니다.",
  );

const notFailed = (status: DeliveryStatus) =>
  new VisibleError(
    "conflict",
    "webhook_delivery_not_failed",
    status === "delivered"
      ? "이미 전달된 전송입니다. 실패한 전송만 다시 보낼 수 있습니다."
      : "아직 보내는 중인 전송입니다. 실패로 끝난 뒤에 다시 보낼 수 있습니다.",
  );

/**
 * Sends a failed delivery again: back to pending, due now, with a fresh budget of MAX_ATTEMPTS
 * attempts (the same event id and body, freshly signed). Only a `failed` one, by a conditional
 * update, so two retries at once send it once.
 */
export async function retry(id: string): Promise<DeliveryView> {
  await assertScope("tenants:write");
  const resellerId = useReseller();
  const now = nowMs();
  const d = await getItem<DeliveryRecord>(Keys.webhookDelivery(id), true);
  // An item past its TTL may linger until DynamoDB removes it: it is gone for the reseller.
  if (!d || d.expiresAt <= epochSeconds(now)) throw deliveryNotFound();
  if (d.status !== "failed") throw notFailed(d.status);
  const hook = await getItem<WebhookRecord>(Keys.webhook(d.webhookId), true);
  if (!hook)
    throw new VisibleError(
      "conflict",
      "webhook_deleted",
      "이 전송의 웹훅이 지워져 다시 보낼 수 없습니다.",
    );
  if (hook.status !== "active")
    throw new VisibleError(
      "conflict",
      "webhook_disabled",
      "이 전송의 웹훅이 중지되어 있습니다. 웹훅을 다시 켠 뒤에 보내 주세요.",
    );
  const shard = id.charCodeAt(id.length - 1) % SHARDS;
  let res;
  try {
    res = await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: toItem(Keys.webhookDelivery(id)),
        UpdateExpression:
          "SET #s = :pending, attempts = :zero, nextAttemptAt = :now, gsi1pk = :gpk, gsi1sk = :gsk, retriedAt = :at ADD retries :one",
        ConditionExpression: "attribute_exists(pk) AND #s = :failed",
        ExpressionAttributeNames: { "#s": "status" },
        ExpressionAttributeValues: toItem({
          ":pending": "pending",
          ":failed": "failed",
          ":zero": 0,
          ":now": now,
          ":gpk": Keys.webhookShard(shard),
          ":gsk": dueKey(now, resellerId, id),
          ":at": new Date(now).toISOString(),
          ":one": 1,
        }),
        ReturnValues: "ALL_NEW",
      }),
    );
  } catch (err) {
    // Another retry won the race (now pending, or already delivered again).
    if (isConditionFailure(err)) throw notFailed("pending");
    throw err;
  }
  await notify(resellerId, [id]);
  return deliveryView(fromItem<DeliveryRecord>(res.Attributes)!);
}

// ——— the worker ———

export type Outcome = "delivered" | "retry" | "failed" | "skipped";

/** One attempt at one delivery: claim (lease), sign, POST with a timeout, record. Never throws for receiver faults. */
export async function deliver(
  resellerId: string,
  id: string,
): Promise<Outcome> {
  return withActor({ type: "system", resellerId }, async () => {
    const now = nowMs();
    const lease = now + leaseMs();
    let d: DeliveryRecord | undefined;
    try {
      const claimed = await dynamo().send(
        new UpdateItemCommand({
          TableName: tableName(),
          Key: toItem(Keys.webhookDelivery(id)),
          UpdateExpression:
            "SET nextAttemptAt = :lease, gsi1sk = :gsk, lastAttemptAt = :at ADD attempts :one",
          ConditionExpression: "#s = :pending AND nextAttemptAt <= :now",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: toItem({
            ":lease": lease,
            ":gsk": dueKey(lease, resellerId, id),
            ":at": new Date(now).toISOString(),
            ":one": 1,
            ":pending": "pending",
            ":now": now,
          }),
          ReturnValues: "ALL_NEW",
        }),
      );
      d = fromItem<DeliveryRecord>(claimed.Attributes);
    } catch (err) {
      if (isConditionFailure(err)) return "skipped"; // done, or leased by another worker
      throw err;
    }
    if (!d) return "skipped";
    const hook = await getItem<WebhookRecord>(Keys.webhook(d.webhookId), true);
    if (!hook || hook.status !== "active")
      return finish(d, {
        ok: false,
        final: true,
        error: hook ? "webhook_disabled" : "webhook_deleted",
      });
    const { decrypt } = await import("../crypto/vault");
    const secret = await decrypt(
      hook.secretSealed,
      sealContext(resellerId, hook.id),
    );
    const timestamp = epochSeconds();
    const started = performance.now();
    let httpStatus: number | undefined;
    let error: string | undefined;
    try {
      const res = await fetch(hook.url, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "user-agent": "Golmok-Webhooks/1",
          "x-golmok-event-id": d.eventId,
          "x-golmok-event-type": d.type,
          "x-golmok-delivery-id": d.id,
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: sign(secret, timestamp, d.body),
        },
        body: d.body,
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs()),
      });
      httpStatus = res.status;
      await res.body?.cancel().catch(() => undefined);
      if (res.status < 200 || res.status >= 300) error = `http_${res.status}`;
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      error =
        e.name === "TimeoutError" || e.name === "AbortError"
          ? "timeout"
          : (e.cause?.code ?? e.name ?? "network_error");
    }
    const ms = Math.round(performance.now() - started);
    if (!error) return finish(d, { ok: true, httpStatus, ms });
    // The URL and the secret stay out of the log: the delivery id says which one.
    console.error(
      JSON.stringify({
        level: "warn",
        msg: "webhook delivery failed",
        resellerId,
        id,
        attempts: d.attempts,
        error,
      }),
    );
    return finish(d, {
      ok: false,
      final: d.attempts >= MAX_ATTEMPTS,
      httpStatus,
      error,
      ms,
    });
  });
}

async function finish(
  d: DeliveryRecord,
  r: {
    ok: boolean;
    final?: boolean;
    httpStatus?: number;
    error?: string;
    ms?: number;
  },
): Promise<Outcome> {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  if (r.httpStatus !== undefined) set.lastHttpStatus = r.httpStatus;
  else remove.push("lastHttpStatus");
  if (r.ms !== undefined) set.lastDurationMs = r.ms;
  let outcome: Outcome;
  if (r.ok) {
    set.status = "delivered";
    set.deliveredAt = new Date(nowMs()).toISOString();
    remove.push("lastError", "gsi1pk", "gsi1sk");
    outcome = "delivered";
  } else if (r.final) {
    set.status = "failed";
    set.lastError = r.error;
    remove.push("gsi1pk", "gsi1sk");
    outcome = "failed";
  } else {
    const next =
      nowMs() + Math.min(retryBaseMs() * 2 ** (d.attempts - 1), MAX_DELAY_MS);
    set.nextAttemptAt = next;
    set.gsi1sk = dueKey(next, d.resellerId, d.id);
    set.lastError = r.error;
    outcome = "retry";
  }
  const names = Object.keys(set);
  await dynamo().send(
    new UpdateItemCommand({
      TableName: tableName(),
      Key: toItem(Keys.webhookDelivery(d.id)),
      UpdateExpression: [
        `SET ${names.map((_, i) => `#s${i} = :s${i}`).join(", ")}`,
        ...(remove.length
          ? [`REMOVE ${remove.map((_, i) => `#r${i}`).join(", ")}`]
          : []),
      ].join(" "),
      ExpressionAttributeNames: {
        ...Object.fromEntries(names.map((n, i) => [`#s${i}`, n])),
        ...Object.fromEntries(remove.map((n, i) => [`#r${i}`, n])),
      },
      ExpressionAttributeValues: toItem(
        Object.fromEntries(names.map((n, i) => [`:s${i}`, set[n]])),
      ),
    }),
  );
  return outcome;
}

/** Deliveries whose attempt is due (new, or retry time reached, or lease expired). */
export async function due(
  limit = 50,
  at = nowMs(),
): Promise<{ resellerId: string; id: string }[]> {
  const found: { resellerId: string; id: string }[] = [];
  for (let shard = 0; shard < SHARDS; shard++) {
    const res = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk <= :now",
        ExpressionAttributeValues: toItem({
          ":pk": Keys.webhookShard(shard),
          ":now": `${String(at).padStart(15, "0")}~`,
        }),
        Limit: limit,
      }),
    );
    for (const item of res.Items ?? []) {
      const { gsi1sk } = fromItem<{ gsi1sk: string }>(item)!;
      const [, resellerId, id] = gsi1sk.split("#");
      found.push({ resellerId, id });
    }
  }
  return found;
}

/** Attempts everything due, up to 10 at a time (a hanging endpoint holds one slot for the timeout). */
export async function drain(): Promise<Record<Outcome, number>> {
  const counts: Record<Outcome, number> = {
    delivered: 0,
    retry: 0,
    failed: 0,
    skipped: 0,
  };
  const queue = await due();
  await Promise.all(
    Array.from({ length: Math.min(10, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift())
        counts[await deliver(next.resellerId, next.id)]++;
    }),
  );
  return counts;
}

// ——— the delivery log ———

function deliveryView(d: DeliveryRecord): DeliveryView {
  return {
    id: d.id,
    webhookId: d.webhookId,
    eventId: d.eventId,
    type: d.type,
    tenantId: d.tenantId ?? null,
    status: d.status,
    attempts: d.attempts,
    maxAttempts: MAX_ATTEMPTS,
    createdAt: d.createdAt,
    lastAttemptAt: d.lastAttemptAt ?? null,
    lastHttpStatus: d.lastHttpStatus ?? null,
    lastError: d.lastError ?? null,
    lastDurationMs: d.lastDurationMs ?? null,
    nextAttemptAt:
      d.status === "pending" ? new Date(d.nextAttemptAt).toISOString() : null,
    deliveredAt: d.deliveredAt ?? null,
    retries: d.retries ?? 0,
    retriedAt: d.retriedAt ?? null,
    event: JSON.parse(d.body),
  };
}

/** The delivery log, newest first; `webhookId` and `status` narrow it (a page may then be shorter than `limit`). */
export async function deliveries(
  q: DeliveriesQuery = {},
): Promise<{ deliveries: DeliveryView[]; nextCursor: string | null }> {
  await assertScope("tenants:read");
  const prefix = Keys.webhookDeliveriesPrefix();
  let start: Record<string, unknown> | undefined;
  if (q.cursor) {
    const sk = Buffer.from(q.cursor, "base64url").toString("utf8");
    if (!sk.startsWith(prefix.skPrefix))
      throw new VisibleError(
        "validation",
        "invalid_cursor",
        "cursor가 올바르지 않습니다.",
        {
          fields: [{ field: "cursor", message: "cursor가 올바르지 않습니다." }],
        },
      );
    start = { pk: prefix.pk, sk };
  }
  const filters: string[] = [];
  const values: Record<string, unknown> = {
    ":pk": prefix.pk,
    ":p": prefix.skPrefix,
  };
  const names: Record<string, string> = {};
  if (q.webhookId) {
    filters.push("webhookId = :w");
    values[":w"] = q.webhookId;
  }
  if (q.status) {
    filters.push("#s = :s");
    values[":s"] = q.status;
    names["#s"] = "status";
  }
  const res = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
      FilterExpression: filters.length ? filters.join(" AND ") : undefined,
      ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
      ExpressionAttributeValues: toItem(values),
      ExclusiveStartKey: start ? toItem(start) : undefined,
      ScanIndexForward: false,
      Limit: q.limit ?? 50,
      ConsistentRead: true,
    }),
  );
  const last =
    res.LastEvaluatedKey && fromItem<{ sk: string }>(res.LastEvaluatedKey);
  return {
    deliveries: (res.Items ?? []).map((i) =>
      deliveryView(fromItem<DeliveryRecord>(i)!),
    ),
    nextCursor: last ? Buffer.from(last.sk).toString("base64url") : null,
  };
}

/**
 * tenant.quota_reached, from core/billing's quota alerts (once per shop, metric, threshold and
 * month: its deliveries share the alert flag's transaction). Runs under forReseller.
 */
export async function quotaEvent(alert: {
  month: string;
  metric: string;
  threshold: number;
  used: number;
  quota: number;
}): Promise<Outgoing> {
  const actor = useActor();
  const tenantId = "tenantId" in actor ? actor.tenantId : undefined;
  if (!tenantId) return { puts: [], notify: async () => undefined };
  const link = await getItem<LinkRecord>(Keys.resellerTenant(tenantId), true);
  if (!link) return { puts: [], notify: async () => undefined };
  return event("tenant.quota_reached", {
    tenant: toView(link),
    ...alert,
    used: Math.round(alert.used * 10) / 10,
  });
}

/** For core/billing's quota alerts: the actor there is the shop's system actor. */
export function forReseller<T>(resellerId: string, fn: () => T): T {
  const actor = useActor();
  return withActor(
    {
      type: "system",
      resellerId,
      tenantId: "tenantId" in actor ? actor.tenantId : undefined,
    },
    fn,
  );
}
