export * as Mail from "./index";
import { EventEmitter } from "node:events";
import {
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type TransactWriteItem,
} from "@aws-sdk/client-dynamodb";
import type { SESv2Client } from "@aws-sdk/client-sesv2";
import type { SQSClient } from "@aws-sdk/client-sqs";
import {
  dynamo,
  failedConditions,
  fromItem,
  getItem,
  isConditionFailure,
  toItem,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { useTenant, withActor } from "../actor";
import { createId } from "../id";
import { Metering } from "../metering";
import { nowMs } from "../time";
import { brandMessage, fromAddress } from "./brand";
import type { MailBrand } from "../reseller/brand";

// The outbox: a message is stored durably (in the same transaction as whatever caused it)
// before any attempt to send; a worker claims it with a lease, sends through SES v2 and marks
// it sent together with the usage count. A failed SES call leaves it pending with backoff.
// Delivery is at-least-once; the SES call carries the outbox id as a header so duplicates
// can be recognised downstream.

export interface Message {
  to: string[];
  subject: string;
  html: string;
  text: string;
  /** What caused it: "verify", "reset", "invite", … */
  kind: string;
  replyTo?: string;
  /** Small files only: stored in the outbox item, base64. */
  attachments?: Attachment[];
  /**
   * Files rendered when the message is sent, not stored: an invoice's PDF and XML (or a payslip's
   * PDF) would make the outbox item ~25–40 KB, and every lease and status update would pay for
   * that size.
   */
  attachmentsFrom?:
    | { kind: "invoice"; id: string }
    | { kind: "payslip"; runId: string; employeeId: string };
  /** Sort key of the item (same tenant) this message is about: it gets mailStatus/sentAt/bouncedAt. */
  about?: string;
}

export interface Attachment {
  filename: string;
  contentType: string;
  base64: string;
}

async function renderAttachments(
  from: NonNullable<Message["attachmentsFrom"]>,
): Promise<Attachment[]> {
  if (from.kind === "payslip") {
    const { payslipAttachment } = await import("../payroll/index");
    return [await payslipAttachment(from.runId, from.employeeId)];
  }
  const { attachmentsOf } = await import("../invoice/index");
  return attachmentsOf(from.id);
}

/** Notes a delivery outcome on the item the message is about (an invoice's 메일 발송 / 반송 status). */
function aboutUpdate(
  about: string,
  status: "sent" | "failed" | "bounced" | "complained" | "delivered",
  at: string,
): TransactWriteItem {
  const stamp = {
    sent: "sentAt",
    failed: "failedAt",
    bounced: "bouncedAt",
    complained: "bouncedAt",
    delivered: "deliveredAt",
  }[status];
  return {
    Update: {
      TableName: tableName(),
      Key: toItem({ pk: Keys.tenant().pk, sk: about }),
      UpdateExpression: `SET mailStatus = :s, ${stamp} = :at`,
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: toItem({ ":s": status, ":at": at }),
    },
  };
}

export interface Stored extends Message {
  id: string;
  tenantId: string;
  status: "pending" | "sent" | "failed";
  attempts: number;
  createdAt: string;
  nextAttemptAt: number;
  sentAt?: string;
  sesMessageId?: string;
  lastError?: string;
}

const SHARDS = 4;
const LEASE_MS = 60_000;
const MAX_ATTEMPTS = 10;
const retryBaseMs = () => Number(process.env.MAIL_RETRY_BASE_MS ?? 30_000);

export const events = new EventEmitter();

/** The transaction item that stores a message; commit it with the change that caused it, then call notify. */
export function enqueue(message: Message): {
  id: string;
  put: TransactWriteItem;
} {
  const id = createId("mail");
  const tenantId = useTenant();
  const at = nowMs();
  const shard = id.charCodeAt(id.length - 1) % SHARDS; // ULID tail is random: spreads writes over the shards
  const item: Stored & Record<string, unknown> = {
    ...Keys.mail(id),
    ...message,
    id,
    tenantId,
    status: "pending",
    attempts: 0,
    createdAt: new Date(at).toISOString(),
    nextAttemptAt: at,
    gsi1pk: Keys.outboxShard(shard),
    gsi1sk: `${String(at).padStart(15, "0")}#${id}`,
  };
  return {
    id,
    put: {
      Put: {
        TableName: tableName(),
        Item: toItem(item),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  };
}

/** Stores and announces a message on its own (when nothing else is written with it). */
export async function send(message: Message): Promise<string> {
  const { id, put } = enqueue(message);
  await dynamo().send(
    new PutItemCommand(
      put.Put as ConstructorParameters<typeof PutItemCommand>[0],
    ),
  );
  await notify(id);
  return id;
}

// The SES and SQS clients are loaded on first use: most requests never send mail, and each SDK
// client adds ~100 ms to a cold start.
let sqs: SQSClient | undefined;
/** Wakes the sender: SQS on AWS, an in-process event locally. A lost wake-up is caught by the sweeper. */
export async function notify(id: string): Promise<void> {
  const tenantId = useTenant();
  const queueUrl = process.env.OUTBOX_QUEUE_URL;
  if (queueUrl) {
    const { SQSClient, SendMessageCommand } =
      await import("@aws-sdk/client-sqs");
    sqs ??= new SQSClient({});
    await sqs
      .send(
        new SendMessageCommand({
          QueueUrl: queueUrl,
          MessageBody: JSON.stringify({ tenantId, id }),
        }),
      )
      .catch((err) =>
        console.error(
          JSON.stringify({
            level: "warn",
            msg: "outbox notify failed",
            id,
            error: String(err),
          }),
        ),
      );
  } else events.emit("queued", { tenantId, id });
}

let ses: SESv2Client | undefined;
async function sesClient(): Promise<SESv2Client> {
  const { SESv2Client } = await import("@aws-sdk/client-sesv2");
  const endpoint = process.env.SES_ENDPOINT;
  ses ??= new SESv2Client({
    region: process.env.AWS_REGION ?? "ap-northeast-2",
    ...(endpoint
      ? {
          endpoint,
          credentials: { accessKeyId: "local", secretAccessKey: "local" },
        }
      : {}),
    maxAttempts: 2,
  });
  return ses;
}
export function resetSesClient(): void {
  ses?.destroy();
  ses = undefined;
}

// Which reseller (if any) provisioned a tenant never changes: a container remembers it, so a
// shop's e-mail costs one tenant read per container, not one per message.
const resellerOfTenant = new Map<string, string | null>();

/** The brand a tenant's e-mail goes out under: its reseller's, or null (Golmok's own). */
async function brandOf(tenantId: string): Promise<MailBrand | null> {
  let rid = resellerOfTenant.get(tenantId);
  if (rid === undefined) {
    const t = await getItem<{ resellerId?: string }>(Keys.tenant());
    rid = t?.resellerId ?? null;
    if (resellerOfTenant.size > 10_000) resellerOfTenant.clear();
    resellerOfTenant.set(tenantId, rid);
  }
  if (!rid) return null;
  const { Brand } = await import("../reseller/brand");
  return Brand.ofReseller(rid);
}

/** Tries to send one message now. Returns what happened; never throws for SES faults. */
export async function deliver(
  tenantId: string,
  id: string,
): Promise<"sent" | "retry" | "failed" | "skipped"> {
  return withActor({ type: "system", tenantId }, async () => {
    const now = nowMs();
    let msg: Stored | undefined;
    try {
      const claimed = await dynamo().send(
        new UpdateItemCommand({
          TableName: tableName(),
          Key: toItem(Keys.mail(id)),
          UpdateExpression:
            "SET nextAttemptAt = :lease, gsi1sk = :gsk ADD attempts :one",
          ConditionExpression: "#s = :pending AND nextAttemptAt <= :now",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: toItem({
            ":lease": now + LEASE_MS,
            ":gsk": `${String(now + LEASE_MS).padStart(15, "0")}#${id}`,
            ":one": 1,
            ":pending": "pending",
            ":now": now,
          }),
          ReturnValues: "ALL_NEW",
        }),
      );
      msg = fromItem<Stored>(claimed.Attributes);
    } catch (err) {
      if (isConditionFailure(err)) return "skipped"; // sent, failed, or leased by another worker
      throw err;
    }
    if (!msg) return "skipped";
    try {
      const brand = await brandOf(tenantId);
      msg = { ...msg, ...brandMessage(msg, brand) };
      const { SendEmailCommand } = await import("@aws-sdk/client-sesv2");
      const res = await (
        await sesClient()
      ).send(
        new SendEmailCommand({
          FromEmailAddress: fromAddress(brand),
          Destination: { ToAddresses: msg.to },
          ReplyToAddresses: msg.replyTo ? [msg.replyTo] : undefined,
          ConfigurationSetName: process.env.SES_CONFIGURATION_SET || undefined,
          EmailTags: [
            { Name: "outboxId", Value: id },
            { Name: "tenantId", Value: tenantId },
            { Name: "kind", Value: msg.kind },
          ],
          Content: {
            Simple: {
              Subject: { Data: msg.subject, Charset: "UTF-8" },
              Body: {
                Html: { Data: msg.html, Charset: "UTF-8" },
                Text: { Data: msg.text, Charset: "UTF-8" },
              },
              Headers: [{ Name: "X-Golmok-Outbox-Id", Value: id }],
              Attachments: [
                ...(msg.attachments ?? []),
                ...(msg.attachmentsFrom
                  ? await renderAttachments(msg.attachmentsFrom)
                  : []),
              ].map((a) => ({
                FileName: a.filename,
                ContentType: a.contentType,
                RawContent: Buffer.from(a.base64, "base64"),
              })),
            },
          },
        }),
      );
      await dynamo().send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName(),
                Key: toItem(Keys.mail(id)),
                UpdateExpression:
                  "SET #s = :sent, sentAt = :at, sesMessageId = :mid REMOVE gsi1pk, gsi1sk",
                ExpressionAttributeNames: { "#s": "status" },
                ExpressionAttributeValues: toItem({
                  ":sent": "sent",
                  ":at": new Date(nowMs()).toISOString(),
                  ":mid": res.MessageId ?? "",
                }),
              },
            },
            Metering.billableUpdate("emails", 1),
            ...(msg.about
              ? [
                  aboutUpdate(
                    msg.about,
                    "sent",
                    new Date(nowMs()).toISOString(),
                  ),
                ]
              : []),
          ],
        }),
      );
      return "sent";
    } catch (err) {
      const name = (err as Error).name;
      const permanent = [
        "MessageRejected",
        "BadRequestException",
        "AccountSuspendedException",
      ].includes(name);
      const giveUp = permanent || msg.attempts >= MAX_ATTEMPTS;
      const next =
        nowMs() + Math.min(retryBaseMs() * 2 ** (msg.attempts - 1), 3600_000);
      console.error(
        JSON.stringify({
          level: "warn",
          msg: "mail send failed",
          id,
          attempts: msg.attempts,
          error: name,
        }),
      );
      await dynamo().send(
        new UpdateItemCommand({
          TableName: tableName(),
          Key: toItem(Keys.mail(id)),
          UpdateExpression: giveUp
            ? "SET #s = :failed, lastError = :e REMOVE gsi1pk, gsi1sk"
            : "SET nextAttemptAt = :next, gsi1sk = :gsk, lastError = :e",
          ExpressionAttributeNames: giveUp ? { "#s": "status" } : undefined,
          ExpressionAttributeValues: toItem(
            giveUp
              ? { ":failed": "failed", ":e": name }
              : {
                  ":next": next,
                  ":gsk": `${String(next).padStart(15, "0")}#${id}`,
                  ":e": name,
                },
          ),
        }),
      );
      if (giveUp && msg.about) await transactAbout(msg.about, "failed");
      return giveUp ? "failed" : "retry";
    }
  });
}

/** Messages whose next attempt is due (pending, lease expired): for the local loop and the AWS sweeper. */
export async function due(
  limit = 50,
  at = nowMs(),
): Promise<{ tenantId: string; id: string }[]> {
  const found: { tenantId: string; id: string }[] = [];
  for (let shard = 0; shard < SHARDS; shard++) {
    const res = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk <= :now",
        ExpressionAttributeValues: toItem({
          ":pk": Keys.outboxShard(shard),
          ":now": `${String(at).padStart(15, "0")}~`,
        }),
        Limit: limit,
      }),
    );
    for (const item of res.Items ?? []) {
      const m = fromItem<Stored>(item)!;
      found.push({ tenantId: m.tenantId, id: m.id });
    }
  }
  return found;
}

/** Delivers everything due; returns counts. The local loop calls this; so does the AWS sweeper's fallback. */
export async function drain(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {
    sent: 0,
    retry: 0,
    failed: 0,
    skipped: 0,
  };
  for (const { tenantId, id } of await due())
    counts[await deliver(tenantId, id)]++;
  return counts;
}

export type DeliveryEvent = "delivery" | "bounce" | "complaint" | "reject";

/** Records what SES later reported about a sent message (bounce, complaint, delivery). */
export async function recordEvent(
  tenantId: string,
  id: string,
  event: DeliveryEvent,
  at: string,
  detail = "",
): Promise<void> {
  await withActor({ type: "system", tenantId }, async () => {
    const res = await dynamo()
      .send(
        new UpdateItemCommand({
          TableName: tableName(),
          Key: toItem(Keys.mail(id)),
          UpdateExpression: "SET #e = :at, lastEvent = :ev, eventDetail = :d",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeNames: { "#e": `${event}At` },
          ExpressionAttributeValues: toItem({
            ":at": at,
            ":ev": event,
            ":d": detail.slice(0, 500),
          }),
          ReturnValues: "ALL_NEW",
        }),
      )
      .catch((err) => {
        if (!isConditionFailure(err)) throw err;
        return undefined;
      });
    const about = fromItem<Stored>(res?.Attributes)?.about;
    const status = (
      {
        bounce: "bounced",
        complaint: "complained",
        reject: "failed",
        delivery: "delivered",
      } as const
    )[event];
    if (about) await transactAbout(about, status, at);
  });
}

async function transactAbout(
  about: string,
  status: Parameters<typeof aboutUpdate>[1],
  at = new Date(nowMs()).toISOString(),
): Promise<void> {
  await dynamo()
    .send(
      new TransactWriteItemsCommand({
        TransactItems: [aboutUpdate(about, status, at)],
      }),
    )
    .catch((err) => {
      // The item may be gone (a deleted draft); the outbox record keeps the outcome anyway.
      if (!failedConditions(err).length) throw err;
    });
}
