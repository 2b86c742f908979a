import {
  BatchGetItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  TransactionCanceledException,
  ConditionalCheckFailedException,
  type ConsumedCapacity,
  type QueryCommandInput,
  type TransactWriteItem,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { useMeter } from "../metering/meter";
import { tableName, type IndexName } from "./table";

export { marshall, unmarshall };
export type Item = Record<string, AttributeValue>;

const READS = new Set([
  "GetItemCommand",
  "QueryCommand",
  "ScanCommand",
  "BatchGetItemCommand",
  "TransactGetItemsCommand",
]);
const WRITES = new Set([
  "PutItemCommand",
  "UpdateItemCommand",
  "DeleteItemCommand",
  "BatchWriteItemCommand",
  "TransactWriteItemsCommand",
]);

let client: DynamoDBClient | undefined;

/** DynamoDB's item size: attribute names plus values (numbers ≈ 1 byte per 2 digits + 1). */
export function itemSize(item: Record<string, AttributeValue>): number {
  const value = (v: AttributeValue): number =>
    v.S !== undefined
      ? Buffer.byteLength(v.S)
      : v.N !== undefined
        ? Math.ceil(v.N.replace(/^-|\./g, "").length / 2) + 1
        : v.B !== undefined
          ? v.B.length
          : v.M !== undefined
            ? 3 + itemSize(v.M)
            : v.L !== undefined
              ? 3 + v.L.reduce((s, x) => s + 1 + value(x), 0)
              : v.SS !== undefined
                ? v.SS.reduce((s, x) => s + Buffer.byteLength(x), 0)
                : 1;
  return Object.entries(item).reduce(
    (s, [k, v]) => s + Buffer.byteLength(k) + value(v),
    0,
  );
}

/**
 * What DynamoDB bills a TransactWriteItems: 2 write units per item per KB. DynamoDB Local reports
 * a flat 2 for the whole transaction, so the meter takes the larger of the two: exact on AWS, a
 * lower bound locally (a Put's size is known; an Update, Delete or ConditionCheck counts 1 KB).
 */
function transactWriteUnits(input: unknown): number {
  const items =
    (
      input as {
        TransactItems?: { Put?: { Item?: Record<string, AttributeValue> } }[];
      }
    ).TransactItems ?? [];
  return items.reduce(
    (s, i) =>
      s + 2 * Math.max(1, Math.ceil(itemSize(i.Put?.Item ?? {}) / 1024)),
    0,
  );
}

/**
 * One client per process. Every call asks DynamoDB for the capacity it consumed
 * (`ReturnConsumedCapacity`) and adds it to the current request's meter, so usage is
 * what DynamoDB actually charged, not an estimate.
 */
export function dynamo(): DynamoDBClient {
  if (client) return client;
  const endpoint = process.env.DYNAMO_ENDPOINT;
  client = new DynamoDBClient({
    region: process.env.AWS_REGION ?? "ap-northeast-2",
    ...(endpoint
      ? {
          endpoint,
          credentials: { accessKeyId: "local", secretAccessKey: "local" },
        }
      : {}),
    maxAttempts: 5,
  });
  // The SDK's logger middleware runs its sensitive-data filter over every input and output even
  // with no logger configured (it calls the no-op logger): measured ~5% of the handlers' CPU in
  // the tenant-month bench. Nothing here reads the SDK's logs, so drop it.
  client.middlewareStack.remove("loggerMiddleware");
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? "";
      const metered = READS.has(name) || WRITES.has(name);
      const input = args.input as { ReturnConsumedCapacity?: string };
      if (metered && !input.ReturnConsumedCapacity)
        input.ReturnConsumedCapacity = "TOTAL";
      const result = await next(args);
      const meter = useMeter();
      if (meter && metered) {
        const out = result.output as {
          ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[];
          Count?: number;
          Item?: unknown;
          Responses?: unknown[] | Record<string, unknown[]>;
        };
        const consumed = out.ConsumedCapacity;
        const responses = out.Responses ?? [];
        meter.itemsRead +=
          out.Count ??
          (out.Item ? 1 : 0) +
            (Array.isArray(responses)
              ? responses.length
              : Object.values(responses).flat().length);
        const units = [consumed ?? []]
          .flat()
          .reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
        meter.dbCalls++;
        if (WRITES.has(name)) {
          const i = args.input as {
            TransactItems?: unknown[];
            RequestItems?: Record<string, unknown[]>;
          };
          meter.itemsWritten +=
            i.TransactItems?.length ??
            (i.RequestItems ? Object.values(i.RequestItems).flat().length : 1);
        }
        if (READS.has(name)) meter.readUnits += units;
        else
          meter.writeUnits +=
            name === "TransactWriteItemsCommand"
              ? Math.max(units, transactWriteUnits(args.input))
              : units;
      }
      return result;
    },
    { step: "initialize", name: "golmokConsumedCapacity" },
  );
  return client;
}

/** Used by tests and the local server to point at a freshly started DynamoDB Local. */
export function resetDynamoClient(): void {
  client?.destroy();
  client = undefined;
}

export function isConditionFailure(err: unknown): boolean {
  return (
    err instanceof ConditionalCheckFailedException ||
    (err as Error)?.name === "ConditionalCheckFailedException"
  );
}

/** Index of the transaction items whose condition failed (TransactionCanceledException). */
export function failedConditions(err: unknown): number[] {
  if (
    !(err instanceof TransactionCanceledException) &&
    (err as Error)?.name !== "TransactionCanceledException"
  )
    return [];
  const reasons =
    (err as TransactionCanceledException).CancellationReasons ?? [];
  return reasons.flatMap((r, i) =>
    r.Code === "ConditionalCheckFailed" ? [i] : [],
  );
}

export function toItem(value: Record<string, unknown>): Item {
  return marshall(value, {
    removeUndefinedValues: true,
    convertClassInstanceToMap: false,
  });
}

export function fromItem<T>(item: Item | undefined): T | undefined {
  return item ? (unmarshall(item) as T) : undefined;
}

export async function getItem<T>(
  key: { pk: string; sk: string },
  consistent = false,
): Promise<T | undefined> {
  const res = await dynamo().send(
    new GetItemCommand({
      TableName: tableName(),
      Key: toItem(key),
      ConsistentRead: consistent,
    }),
  );
  return fromItem<T>(res.Item);
}

export function putTx(
  item: Record<string, unknown>,
  condition?: string,
  values?: Record<string, unknown>,
  names?: Record<string, string>,
): TransactWriteItem {
  return {
    Put: {
      TableName: tableName(),
      Item: toItem(item),
      ...(condition ? { ConditionExpression: condition } : {}),
      ...(values ? { ExpressionAttributeValues: toItem(values) } : {}),
      ...(names ? { ExpressionAttributeNames: names } : {}),
    },
  };
}

/**
 * One item, outside a transaction (a transaction costs twice the write units). For writes that
 * stand alone; `condition` guards it like a transaction's would.
 */
export async function putItem(
  item: Record<string, unknown>,
  condition?: string,
): Promise<void> {
  await dynamo().send(
    new PutItemCommand({
      TableName: tableName(),
      Item: toItem(item),
      ...(condition ? { ConditionExpression: condition } : {}),
    }),
  );
}

/** True when DynamoDB cancelled a transaction only because another one touched the same items. */
function conflictOnly(err: unknown): boolean {
  if ((err as Error)?.name !== "TransactionCanceledException") return false;
  const codes = (
    (err as TransactionCanceledException).CancellationReasons ?? []
  ).map((r) => r.Code ?? "None");
  return (
    codes.includes("TransactionConflict") &&
    codes.every((c) => c === "None" || c === "TransactionConflict")
  );
}

const THROTTLE_ERRORS = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
]);
const THROTTLE_REASONS = new Set([
  "ThrottlingError",
  "ProvisionedThroughputExceeded",
]);

/**
 * True for DynamoDB refusing for capacity, not for anything about the request: a throttled call
 * (the SDK has already retried it `maxAttempts` times), or a transaction cancelled because one of
 * its items was throttled — nothing of it was applied either way. The API answers 503 + Retry-After.
 */
export function isThrottled(err: unknown): boolean {
  const name = (err as Error)?.name;
  if (THROTTLE_ERRORS.has(name)) return true;
  if (name !== "TransactionCanceledException") return false;
  const codes = (
    (err as TransactionCanceledException).CancellationReasons ?? []
  ).map((r) => r.Code ?? "None");
  return (
    codes.some((c) => THROTTLE_REASONS.has(c)) &&
    codes.every(
      (c) =>
        c === "None" || c === "TransactionConflict" || THROTTLE_REASONS.has(c),
    )
  );
}

/**
 * Commits items atomically; `onConflict` maps the index of a failed condition to the error to
 * throw. A transaction cancelled only by a concurrent one on the same items (TransactionConflict:
 * nothing was applied) is tried again with backoff — hot items such as a month's totals see this.
 */
export async function transact(
  items: TransactWriteItem[],
  onConflict?: (index: number) => Error | undefined,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await dynamo().send(
        new TransactWriteItemsCommand({ TransactItems: items }),
      );
      return;
    } catch (err) {
      // The SDK retries a throttled call, but not a transaction cancelled because one of its
      // items was throttled: that is retried here, a few times, then answered 503.
      if (
        (conflictOnly(err) && attempt < 10) ||
        (isThrottled(err) && attempt < 4)
      ) {
        await new Promise((r) =>
          setTimeout(r, Math.random() * 20 * 2 ** Math.min(attempt, 5)),
        );
        continue;
      }
      const failed = failedConditions(err);
      for (const i of failed) {
        const mapped = onConflict?.(i);
        if (mapped) throw mapped;
      }
      throw err;
    }
  }
}

/** Items of a partition whose sort key lies between `from` and `to` (inclusive). */
export async function queryBetween<T>(
  pk: string,
  from: string,
  to: string,
): Promise<T[]> {
  const res = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND sk BETWEEN :a AND :b",
      ExpressionAttributeValues: toItem({ ":pk": pk, ":a": from, ":b": to }),
    }),
  );
  return (res.Items ?? []).map((i) => fromItem<T>(i)!);
}

/**
 * Items by key, strongly consistent, 100 keys a call; keys DynamoDB leaves unprocessed (capacity)
 * are asked again. Missing items are simply absent from the answer.
 */
export async function batchGet<T>(
  keys: { pk: string; sk: string }[],
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    let pending: Item[] | undefined = keys
      .slice(i, i + 100)
      .map((k) => toItem(k));
    for (let attempt = 0; pending?.length; attempt++) {
      if (attempt > 0)
        await new Promise((r) =>
          setTimeout(r, Math.random() * 20 * 2 ** Math.min(attempt, 5)),
        );
      const res: {
        Responses?: Record<string, Item[]>;
        UnprocessedKeys?: Record<string, { Keys?: Item[] }>;
      } = await dynamo().send(
        new BatchGetItemCommand({
          RequestItems: {
            [tableName()]: { Keys: pending, ConsistentRead: true },
          },
        }),
      );
      for (const it of res.Responses?.[tableName()] ?? [])
        out.push(fromItem<T>(it)!);
      pending = res.UnprocessedKeys?.[tableName()]?.Keys;
    }
  }
  return out;
}

/**
 * Every item of an index partition whose sort key lies between `from` and `to` (inclusive),
 * following pagination. Index reads are eventually consistent.
 */
export async function queryIndex<T>(
  index: IndexName,
  pk: string,
  range?: { from: string; to: string },
): Promise<T[]> {
  return queryAll<T>({
    IndexName: index,
    KeyConditionExpression: range
      ? `${index}pk = :pk AND ${index}sk BETWEEN :a AND :b`
      : `${index}pk = :pk`,
    ExpressionAttributeValues: toItem({
      ":pk": pk,
      ...(range ? { ":a": range.from, ":b": range.to } : {}),
    }),
  });
}

/** Every item a query matches, page after page. */
export async function queryAll<T>(
  input: Omit<QueryCommandInput, "TableName" | "ExclusiveStartKey">,
): Promise<T[]> {
  const out: T[] = [];
  let start: Item | undefined;
  do {
    const res = await dynamo().send(
      new QueryCommand({
        ...input,
        TableName: tableName(),
        ExclusiveStartKey: start,
      }),
    );
    for (const i of res.Items ?? []) out.push(fromItem<T>(i)!);
    start = res.LastEvaluatedKey;
  } while (start);
  return out;
}

/** The last `limit` items (by sort key, descending) of a partition whose sort key starts with the prefix. */
export async function queryLatest<T>(
  key: { pk: string; skPrefix: string },
  limit: number,
): Promise<T[]> {
  const res = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
      ExpressionAttributeValues: toItem({
        ":pk": key.pk,
        ":p": key.skPrefix,
      }),
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (res.Items ?? []).map((i) => fromItem<T>(i)!);
}

/** Every item of a partition whose sort key starts with the prefix (follows pagination). */
export async function queryPrefix<T>(
  key: { pk: string; skPrefix: string },
  consistent = false,
): Promise<T[]> {
  return queryAll<T>({
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
    ExpressionAttributeValues: toItem({ ":pk": key.pk, ":p": key.skPrefix }),
    ConsistentRead: consistent,
  });
}

/**
 * Spreads a burst of writes to one partition over time: DynamoDB takes at most 1,000 write units
 * a second per partition, and a tenant's items share one. `take(units)` waits until the burst
 * stays under `unitsPerSecond`; 0 means no pacing (DynamoDB Local has no partition limits).
 */
export function writePacer(unitsPerSecond: number) {
  let next = 0;
  return async (units: number): Promise<void> => {
    if (!unitsPerSecond) return;
    const now = performance.now();
    const start = Math.max(now, next);
    next = start + (units / unitsPerSecond) * 1000;
    if (start > now) await new Promise((r) => setTimeout(r, start - now));
  };
}
