export * as Customer from "./customer";
import * as v from "valibot";
import Papa from "papaparse";
import {
  UpdateItemCommand,
  type TransactWriteItem,
} from "@aws-sdk/client-dynamodb";
import {
  dynamo,
  fromItem,
  getItem,
  queryPrefix,
  toItem,
  transact,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { assertCan } from "../actor";
import { VisibleError } from "../error";
import { nowMs } from "../time";
import { CustomerInput } from "./schema";
import { customerIdOf } from "./booking";

export interface Visit {
  bookingId: string;
  kind: "booking" | "inquiry";
  date: string;
  service: string;
}

export interface CustomerRecord {
  pk: string;
  sk: string;
  id: string;
  name: string;
  phone: string;
  email: string;
  /** e.g. a salon's colour formula, an optician's prescription, a car's plate and mileage */
  notes: string;
  visits: Visit[];
  createdAt: string;
  updatedAt: string;
  /** When the visitor agreed on the form (absent for cards the owner typed in). */
  consentAt?: string;
}

export type CustomerView = Omit<CustomerRecord, "pk" | "sk">;
const toView = ({ pk: _p, sk: _s, ...c }: CustomerRecord): CustomerView => ({
  ...c,
  notes: c.notes ?? "",
  email: c.email ?? "",
  visits: c.visits ?? [],
});

const norm = (s: string) =>
  s.normalize("NFC").toLowerCase().replace(/[\s-]/g, "");

/** Every card of the shop, searched by name, phone, e-mail or notes (one Query). */
export async function list(q = ""): Promise<{ items: CustomerView[] }> {
  assertCan("data.read");
  const all = (await queryPrefix<CustomerRecord>(Keys.customersPrefix())).map(
    toView,
  );
  const needle = norm(q);
  const items = all
    .filter(
      (c) =>
        !needle ||
        [c.name, c.phone, c.email, c.notes].some((f) =>
          norm(f).includes(needle),
        ),
    )
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { items };
}

/** Adds a card by hand, or updates the one with that phone number (name, e-mail, notes). */
export async function save(raw: unknown): Promise<CustomerView> {
  assertCan("data.write");
  const input = v.parse(CustomerInput, raw);
  const id = customerIdOf(input.phone);
  const at = new Date(nowMs()).toISOString();
  const res = await dynamo().send(
    new UpdateItemCommand({
      TableName: tableName(),
      Key: toItem(Keys.customer(id)),
      UpdateExpression:
        "SET #n = :n, phone = :p, email = :e, notes = :notes, id = :id, updatedAt = :at, createdAt = if_not_exists(createdAt, :at), visits = if_not_exists(visits, :none)",
      ExpressionAttributeNames: { "#n": "name" },
      ExpressionAttributeValues: toItem({
        ":n": input.name,
        ":p": input.phone,
        ":e": input.email,
        ":notes": input.notes,
        ":id": id,
        ":at": at,
        ":none": [],
      }),
      ReturnValues: "ALL_NEW",
    }),
  );
  return toView(fromItem<CustomerRecord>(res.Attributes)!);
}

/**
 * Deletion on request (개인정보 보호법 §36): the card and its notes are deleted and the visitor's
 * details are wiped from their bookings and inquiries (date, time and service stay for the
 * shop's schedule), in one transaction per 90 items.
 */
export async function remove(id: string): Promise<{ ok: true }> {
  assertCan("data.write");
  const c = await getItem<CustomerRecord>(Keys.customer(id), true);
  if (!c)
    throw new VisibleError(
      "not_found",
      "not_found",
      "고객을 찾을 수 없습니다.",
    );
  const wipes: TransactWriteItem[] = [
    ...new Set((c.visits ?? []).map((x) => x.bookingId)),
  ].map((bookingId) => ({
    Update: {
      TableName: tableName(),
      Key: toItem(Keys.booking(bookingId)),
      UpdateExpression:
        "SET #n = :gone, phone = :e, email = :e, message = :e REMOVE car, party, takeout",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeNames: { "#n": "name" },
      ExpressionAttributeValues: toItem({ ":gone": "(삭제된 고객)", ":e": "" }),
    },
  }));
  const del: TransactWriteItem = {
    Delete: { TableName: tableName(), Key: toItem(Keys.customer(id)) },
  };
  // Wipes first; the card goes with the last chunk, so a failure leaves it to delete again.
  const chunks: TransactWriteItem[][] = [];
  for (let i = 0; i < wipes.length; i += 90)
    chunks.push(wipes.slice(i, i + 90));
  if (chunks.length === 0) chunks.push([]);
  chunks[chunks.length - 1].push(del);
  for (const chunk of chunks)
    await transact(chunk).catch(async (err) => {
      // A booking item already gone (never expected): wipe the rest one by one.
      if (err?.name !== "TransactionCanceledException") throw err;
      for (const item of chunk)
        await transact([item]).catch((e) => {
          if (e?.name !== "TransactionCanceledException") throw e;
        });
    });
  return { ok: true };
}

/** CSV with a BOM so Excel opens the Hangul right. */
export async function exportCsv(q = ""): Promise<string> {
  const { items } = await list(q);
  const rows = items.map((c) => ({
    이름: c.name,
    연락처: c.phone,
    이메일: c.email,
    방문횟수: c.visits.length,
    최근방문:
      c.visits
        .map((x) => x.date)
        .sort()
        .at(-1) ?? "",
    메모: c.notes,
    동의일시: c.consentAt ?? "",
    등록일시: c.createdAt,
  }));
  // Cells that start with = + - @ would run as formulas in a spreadsheet.
  const safe = rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, val]) => [
        k,
        typeof val === "string" && /^[=+\-@]/.test(val) ? `'${val}` : val,
      ]),
    ),
  );
  return `\uFEFF${Papa.unparse(safe.length ? safe : [{ 이름: "", 연락처: "", 이메일: "", 방문횟수: "", 최근방문: "", 메모: "", 동의일시: "", 등록일시: "" }])}`;
}
