import {
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
} from "@aws-sdk/client-dynamodb";
import { dynamo, fromItem, toItem } from "../../core/db/client";
import { tableName } from "../../core/db/table";

/** Sets attributes of a stored item directly — for simulating time passing or a used-up quota. */
export async function setAttributes(
  key: { pk: string; sk: string },
  attrs: Record<string, unknown>,
): Promise<void> {
  const names = Object.keys(attrs);
  await dynamo().send(
    new UpdateItemCommand({
      TableName: tableName(),
      Key: toItem(key),
      UpdateExpression: `SET ${names.map((_, i) => `#a${i} = :v${i}`).join(", ")}`,
      ExpressionAttributeNames: Object.fromEntries(
        names.map((n, i) => [`#a${i}`, n]),
      ),
      ExpressionAttributeValues: toItem(
        Object.fromEntries(names.map((n, i) => [`:v${i}`, attrs[n]])),
      ),
    }),
  );
}

/**
 * Every item of a partition, as one comparable string: what a refused request must leave as it
 * was. What the platform itself writes beside the request is left out: the month's usage
 * counters and the close's marker (a refused request is still a metered request), an API key's
 * last-used time, and the delivery state of outbox messages (the mail loop sends them meanwhile;
 * a new message still shows, by its key).
 */
export async function partitionSnapshot(pk: string): Promise<string> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const res = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: toItem({ ":pk": pk }),
        ExclusiveStartKey: start,
        ConsistentRead: true,
      }),
    );
    for (const i of res.Items ?? []) items.push(fromItem(i)!);
    start = res.LastEvaluatedKey;
  } while (start);
  // Attribute order is not kept by DynamoDB across updates: compare with sorted keys.
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(
    items
      .filter((i) => !/^USAGE#|^BILLMONTH#/.test(String(i.sk)))
      .map(({ lastUsedAt: _used, ...i }) =>
        // Outbox and webhook delivery state moves with any worker's drain (another test file's too).
        /^(MAIL|HOOKDLV)#/.test(String(i.sk)) ? { sk: i.sk } : i,
      )
      .sort((a, b) => String(a.sk).localeCompare(String(b.sk)))
      .map(sorted),
  );
}
