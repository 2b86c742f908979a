// Invoices written before the 작성일자 index and the open-items index existed carry neither index
// attribute: the list, the totals and the alerts would not find them. This puts each into both,
// once. Idempotent (an indexed item is skipped, every write is conditional) and safe while the
// API serves: `npm run migrate` (locally `npm start` runs it too).
import { ScanCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import {
  dynamo,
  fromItem,
  getItem,
  isConditionFailure,
  putItem,
  toItem,
  type Item,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { withActor } from "../actor";
import { invoiceIndexes, transmissionIndexes, TX_SUFFIX } from "./indexes";
import type { InvoiceStatus, TransmissionStatus } from "./schema";

interface Stored {
  pk: string;
  sk: string;
  id?: string;
  /** The invoice's status, or the transmission item's. */
  status?: InvoiceStatus | TransmissionStatus;
  writeDate?: string;
  approvalNo?: string;
  transmission?: { status: TransmissionStatus; at: string; detail: string };
}

function ignoreConditionFailure(err: unknown): void {
  if (!isConditionFailure(err)) throw err;
}

/** SET the index attributes on an item that has none yet. */
function setIndexes(key: Item, attrs: Record<string, string>) {
  return dynamo()
    .send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression: `SET ${Object.keys(attrs)
          .map((k) => `${k} = :${k}`)
          .join(", ")}`,
        ConditionExpression:
          "attribute_exists(pk) AND attribute_not_exists(gsi2pk)",
        ExpressionAttributeValues: toItem(
          Object.fromEntries(
            Object.entries(attrs).map(([k, v]) => [`:${k}`, v]),
          ),
        ),
      }),
    )
    .catch(ignoreConditionFailure);
}

async function backfillOne(item: Stored): Promise<boolean> {
  const tenantId = item.pk.slice("T#".length);
  return withActor({ type: "system", tenantId }, async () => {
    if (item.sk.endsWith(TX_SUFFIX)) {
      const id = item.sk.slice("INV#".length, -TX_SUFFIX.length);
      const inv = await getItem<Stored>(Keys.invoice(id), true);
      if (!inv?.writeDate) return false;
      await setIndexes(
        toItem({ pk: item.pk, sk: item.sk }),
        transmissionIndexes(
          inv.writeDate,
          id,
          item.status as TransmissionStatus,
        ),
      );
      return true;
    }
    if (!item.id || !item.writeDate) return false;
    await setIndexes(
      toItem({ pk: item.pk, sk: item.sk }),
      invoiceIndexes(item.writeDate, item.id, item.status as InvoiceStatus),
    );
    // An issued invoice whose transmission never wrote its own item (the process stopped between
    // the two) keeps its 전송대기 in the invoice: given its item now, so the alert finds it.
    const t = item.transmission;
    if (item.status === "issued" && t && t.status !== "sent")
      await putItem(
        {
          ...Keys.transmission(item.id),
          ...t,
          adapter: "",
          approvalNo: item.approvalNo ?? "",
          ...transmissionIndexes(item.writeDate, item.id, t.status),
        },
        "attribute_not_exists(pk)",
      ).catch(ignoreConditionFailure);
    return true;
  });
}

/** Every invoice and transmission item without index attributes, indexed; how many were. */
export async function backfillInvoiceIndexes(): Promise<{
  scanned: number;
  indexed: number;
}> {
  let scanned = 0;
  let indexed = 0;
  let start: Item | undefined;
  do {
    const res = await dynamo().send(
      new ScanCommand({
        TableName: tableName(),
        FilterExpression:
          "begins_with(pk, :t) AND begins_with(sk, :inv) AND attribute_not_exists(gsi2pk)",
        ExpressionAttributeValues: toItem({ ":t": "T#", ":inv": "INV#" }),
        ExclusiveStartKey: start,
      }),
    );
    scanned += res.ScannedCount ?? 0;
    for (const raw of res.Items ?? [])
      if (await backfillOne(fromItem<Stored>(raw)!)) indexed++;
    start = res.LastEvaluatedKey;
  } while (start);
  return { scanned, indexed };
}
