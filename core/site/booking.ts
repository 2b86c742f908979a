export * as Booking from "./booking";
import { createHash } from "node:crypto";
import * as v from "valibot";
import { monotonicFactory } from "ulid";
import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { getItem, putTx, queryPrefix, toItem, transact } from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { assertCan, withActor } from "../actor";
import { VisibleError } from "../error";
import { createSecret } from "../id";
import { Mail } from "../mail";
import { hit, type Limit } from "../ratelimit";
import { epochSeconds, kstDate, nowMs } from "../time";
import { tenantRecord } from "../tenant/record";
import type { UserRecord } from "../auth";
import {
  BookingInput,
  BookingPatch,
  InquiryInput,
  type SiteInput,
} from "./schema";
import {
  addDays,
  bookingBlock,
  cellKey,
  cellsOf,
  serviceKey,
  dayProblem,
  freeSlots,
  services,
  type DayProblem,
} from "./slots";
import { publishedBySlug, publicUrl } from "./index";
import { toShop, toVisitor, type BookingFacts } from "./mail";

// Public forms: per visitor address and per shop, fixed windows (core/ratelimit.ts).
export const LIMITS = {
  perIp: { bucket: "site-ip", limit: 10, windowSeconds: 3600 },
  perSite: { bucket: "site-slug", limit: 200, windowSeconds: 86_400 },
} satisfies Record<string, Limit>;

const nextUlid = monotonicFactory();
const newBookingId = () => `bk_${nextUlid().toLowerCase()}`;
/** One card per phone number within a shop. */
export const customerIdOf = (phone: string) =>
  `cus_${createHash("sha256").update(phone).digest("hex").slice(0, 20)}`;

export type Status = "pending" | "confirmed" | "cancelled";

export interface BookingRecord {
  pk: string;
  sk: string;
  id: string;
  kind: "booking" | "inquiry";
  status: Status;
  service?: string;
  /** The stylist whose column of cells the booking holds. */
  staff?: string;
  minutes?: number;
  date?: string;
  time?: string;
  cells: string[];
  name: string;
  phone: string;
  email: string;
  message: string;
  car?: string;
  party?: number;
  takeout?: boolean;
  customerId: string;
  createdAt: string;
  updatedAt: string;
}

export type BookingView = Omit<BookingRecord, "pk" | "sk" | "cells">;
const toView = ({
  pk: _pk,
  sk: _sk,
  cells: _c,
  ...rest
}: BookingRecord): BookingView => rest;

const appUrl = () =>
  (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
const cancelUrl = (token: string) =>
  `${appUrl()}/api/public/bookings/cancel?token=${token}`;
const KST = 9 * 3600_000;
const nowMinutesKst = () => {
  const d = new Date(nowMs() + KST);
  return d.getUTCHours() * 60 + d.getUTCMinutes();
};

const PROBLEM: Record<DayProblem, string> = {
  closed: "휴무일입니다. 다른 날짜를 골라 주세요.",
  past: "지난 날짜는 예약할 수 없습니다.",
  too_far: "아직 예약을 받지 않는 날짜입니다.",
  no_booking:
    "이 가게는 온라인 예약을 받지 않습니다. 문의 양식을 이용해 주세요.",
};

function serviceOf(site: SiteInput, name: string | undefined) {
  const all = services(site);
  const s = name ? all.find((x) => serviceKey(x) === name) : all[0];
  if (!s)
    throw new VisibleError(
      "validation",
      "unknown_service",
      "선택한 서비스를 찾을 수 없습니다.",
      {
        fields: [
          { field: "service", message: "선택한 서비스를 찾을 수 없습니다." },
        ],
      },
    );
  return s;
}

/** The times taken in one stylist's column (or the shop's, without a stylist) on a day. */
async function takenCells(date: string, staff = ""): Promise<Set<string>> {
  const prefix = Keys.slotCellsOfDay(date);
  const cells = await queryPrefix<{ sk: string }>(prefix, true);
  return new Set(
    cells
      .map((c) => c.sk.slice(prefix.skPrefix.length))
      .filter((k) => (k.length > 5 ? k.slice(0, -6) : "") === staff)
      .map((k) => k.slice(-5)),
  );
}

export interface SlotsView {
  date: string;
  service: string;
  minutes: number;
  slots: string[];
  /** Why the day has none (Korean), when it has none for a reason other than being full. */
  reason?: string;
}

const NOT_TAKING =
  "지금은 이 가게가 온라인 예약·문의를 받지 않습니다. 가게에 직접 연락해 주세요.";

/** Whether the shop takes bookings: a suspended or cancelled shop's page stays up, its forms do not. */
async function takingBookings(tenantId: string): Promise<boolean> {
  const t = await withActor({ type: "system", tenantId }, () =>
    getItem<{ status?: string }>(Keys.tenant()),
  );
  return t?.status !== "suspended" && t?.status !== "cancelled";
}

async function assertTakingBookings(tenantId: string): Promise<void> {
  if (!(await takingBookings(tenantId)))
    throw new VisibleError("conflict", "shop_unavailable", NOT_TAKING);
}

/** Free start times of a day for a service (public; the page's booking form asks for these). */
export async function slots(
  slug: string,
  date: string,
  service?: string,
): Promise<SlotsView & { site: SiteInput }> {
  const { tenantId, site } = await publishedBySlug(slug);
  const s = serviceOf(site, service);
  if (!(await takingBookings(tenantId)))
    return {
      site,
      date,
      service: serviceKey(s),
      minutes: s.minutes,
      slots: [],
      reason: NOT_TAKING,
    };
  const today = kstDate();
  const problem = dayProblem(site, date, today);
  if (problem)
    return {
      site,
      date,
      service: serviceKey(s),
      minutes: s.minutes,
      slots: [],
      reason: PROBLEM[problem],
    };
  const taken = await withActor({ type: "system", tenantId }, () =>
    takenCells(date, s.staff),
  );
  return {
    site,
    date,
    service: serviceKey(s),
    minutes: s.minutes,
    slots: freeSlots(site, date, s.minutes, taken, today, nowMinutesKst()),
  };
}

async function shopAddress(): Promise<{ shop: string; email: string }> {
  const t = await tenantRecord();
  if (t.contactEmail) return { shop: t.businessName, email: t.contactEmail };
  const users = await queryPrefix<UserRecord>(Keys.usersPrefix());
  const owner = users.find((u) => u.role === "owner") ?? users[0];
  return { shop: t.businessName, email: owner?.email ?? "" };
}

function customerUpdate(b: BookingRecord, at: string): TransactWriteItem {
  const visit = {
    bookingId: b.id,
    kind: b.kind,
    date: b.date ?? at.slice(0, 10),
    service: b.service ?? "문의",
  };
  return {
    Update: {
      TableName: tableName(),
      Key: toItem(Keys.customer(b.customerId)),
      UpdateExpression:
        "SET #n = :n, phone = :p, email = :e, id = :id, updatedAt = :at, consentAt = :at, createdAt = if_not_exists(createdAt, :at), notes = if_not_exists(notes, :empty), visits = list_append(if_not_exists(visits, :none), :v)",
      ExpressionAttributeNames: { "#n": "name" },
      ExpressionAttributeValues: toItem({
        ":n": b.name,
        ":p": b.phone,
        ":e": b.email,
        ":id": b.customerId,
        ":at": at,
        ":empty": "",
        ":none": [],
        ":v": [visit],
      }),
    },
  };
}

function facts(b: BookingRecord, shop: string): BookingFacts {
  return {
    kind: b.kind,
    shop,
    name: b.name,
    phone: b.phone,
    email: b.email,
    service: b.service,
    date: b.date,
    time: b.time,
    message: b.message,
    car: b.car,
    party: b.party,
    takeout: b.takeout,
  };
}

/** Honeypot filled: answer as if accepted, store and send nothing. */
const decoy = (kind: "booking" | "inquiry") => ({
  id: newBookingId(),
  kind,
  status: "pending" as Status,
});

async function limited(slug: string, ip: string) {
  await hit(LIMITS.perIp, ip);
  await hit(LIMITS.perSite, slug);
}

const slotTaken = () =>
  new VisibleError(
    "conflict",
    "slot_taken",
    "방금 다른 분이 예약한 시간입니다. 다른 시간을 골라 주세요.",
    {
      fields: [{ field: "time", message: "이미 예약된 시간입니다." }],
    },
  );

async function commit(
  b: BookingRecord,
  tenantId: string,
  slug: string,
): Promise<void> {
  await withActor({ type: "system", tenantId }, async () => {
    const { shop, email } = await shopAddress();
    const token = createSecret();
    const expires = epochSeconds(
      Date.parse(`${addDays(b.date ?? kstDate(), 2)}T00:00:00+09:00`),
    );
    const f = facts(b, shop);
    const visitorMail = Mail.enqueue(
      toVisitor(
        f,
        b.kind === "booking"
          ? { label: "예약 취소하기", url: cancelUrl(token) }
          : { label: "홈페이지 보기", url: publicUrl(slug) },
        "received",
      ),
    );
    const shopMail = email
      ? Mail.enqueue(toShop(email, f, `${appUrl()}/bookings`))
      : undefined;
    const items: TransactWriteItem[] = [
      putTx(b as never, "attribute_not_exists(pk)"),
      ...b.cells.map((c) =>
        putTx(
          { ...Keys.slotCell(b.date!, c), bookingId: b.id },
          "attribute_not_exists(pk)",
        ),
      ),
      customerUpdate(b, b.createdAt),
      putTx({
        ...Keys.bookingLink(token),
        tenantId,
        bookingId: b.id,
        expiresAt: expires,
        ...Keys.tenantRef(tenantId, Keys.bookingLink(token).pk),
      }),
      visitorMail.put,
      ...(shopMail ? [shopMail.put] : []),
    ];
    await transact(items, (i) =>
      i >= 1 && i <= b.cells.length ? slotTaken() : undefined,
    );
    await Mail.notify(visitorMail.id);
    if (shopMail) await Mail.notify(shopMail.id);
  });
}

/** A visitor books a slot. Each 30-minute cell is a conditional put: two visitors never share one. */
export async function book(slug: string, raw: unknown, ip: string) {
  const input = v.parse(BookingInput, raw);
  await limited(slug, ip);
  const { tenantId, site } = await publishedBySlug(slug);
  await assertTakingBookings(tenantId);
  if (input.website) return decoy("booking");
  const s = serviceOf(site, input.service);
  const today = kstDate();
  const problem = dayProblem(site, input.date, today);
  if (problem)
    throw new VisibleError("validation", `day_${problem}`, PROBLEM[problem], {
      fields: [{ field: "date", message: PROBLEM[problem] }],
    });
  if (
    !freeSlots(
      site,
      input.date,
      s.minutes,
      new Set(),
      today,
      nowMinutesKst(),
    ).includes(input.time)
  )
    throw new VisibleError(
      "validation",
      "not_a_slot",
      "영업시간 안의 예약 가능한 시간을 골라 주세요.",
      {
        fields: [{ field: "time", message: "예약할 수 없는 시간입니다." }],
      },
    );
  const at = new Date(nowMs()).toISOString();
  const id = newBookingId();
  const b: BookingRecord = await withActor(
    { type: "system", tenantId },
    async () => ({
      ...Keys.booking(id),
      id,
      kind: "booking",
      status: "pending",
      service: serviceKey(s),
      ...(s.staff ? { staff: s.staff } : {}),
      minutes: s.minutes,
      date: input.date,
      time: input.time,
      cells: cellsOf(input.time, s.minutes).map((t) => cellKey(s.staff, t)),
      ...visitorFields(input, at),
    }),
  );
  await commit(b, tenantId, slug);
  return {
    id,
    kind: b.kind,
    status: b.status,
    date: b.date,
    time: b.time,
    service: b.service,
  };
}

/** What a visitor told the shop, on a booking or an inquiry, and the customer card it belongs to. */
function visitorFields(
  input: {
    name: string;
    phone: string;
    email: string;
    message: string;
    car?: string;
    party?: number;
    takeout?: boolean;
  },
  at: string,
) {
  return {
    name: input.name,
    phone: input.phone,
    email: input.email,
    message: input.message,
    ...(input.car ? { car: input.car } : {}),
    ...(input.party ? { party: input.party } : {}),
    ...(input.takeout ? { takeout: true } : {}),
    customerId: customerIdOf(input.phone),
    createdAt: at,
    updatedAt: at,
  };
}

export async function inquire(slug: string, raw: unknown, ip: string) {
  const input = v.parse(InquiryInput, raw);
  await limited(slug, ip);
  const { tenantId, site } = await publishedBySlug(slug);
  if (!bookingBlock(site))
    throw new VisibleError(
      "not_found",
      "no_form",
      "이 홈페이지는 문의를 받지 않습니다.",
    );
  await assertTakingBookings(tenantId);
  if (input.website) return decoy("inquiry");
  const at = new Date(nowMs()).toISOString();
  const id = newBookingId();
  const b: BookingRecord = await withActor(
    { type: "system", tenantId },
    async () => ({
      ...Keys.booking(id),
      id,
      kind: "inquiry",
      status: "pending",
      cells: [],
      ...visitorFields(input, at),
    }),
  );
  await commit(b, tenantId, slug);
  return { id, kind: b.kind, status: b.status };
}

interface LinkRecord {
  tenantId: string;
  bookingId: string;
  expiresAt: number;
}

async function byToken(token: string) {
  const gone = new VisibleError(
    "not_found",
    "link_invalid",
    "링크가 만료되었거나 올바르지 않습니다. 가게에 직접 연락해 주세요.",
  );
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw gone;
  const link = await getItem<LinkRecord>(Keys.bookingLink(token), true);
  if (!link || link.expiresAt < epochSeconds()) throw gone;
  const b = await withActor({ type: "system", tenantId: link.tenantId }, () =>
    getItem<BookingRecord>(Keys.booking(link.bookingId), true),
  );
  if (!b) throw gone;
  return { link, b };
}

/** What the cancel link shows before the visitor presses the button. */
export async function peekByToken(token: string): Promise<BookingView> {
  return toView((await byToken(token)).b);
}

/** The visitor cancels with the link from the e-mail; the shop is told. */
export async function cancelByToken(token: string): Promise<BookingView> {
  const { link, b } = await byToken(token);
  if (b.status === "cancelled") return toView(b);
  return withActor({ type: "system", tenantId: link.tenantId }, async () => {
    const { shop, email } = await shopAddress();
    const at = new Date(nowMs()).toISOString();
    const next: BookingRecord = { ...b, status: "cancelled", updatedAt: at };
    const mail = email
      ? Mail.enqueue({
          ...toShop(email, facts(b, shop), `${appUrl()}/bookings`),
          kind: "site-booking-cancelled-shop",
          subject: `[골목] 예약 취소: ${b.name}님 · ${b.date} ${b.time}`,
        })
      : undefined;
    await transact([
      putTx(
        next as never,
        "#s <> :c",
        { ":c": "cancelled" },
        { "#s": "status" },
      ),
      ...releaseCells(b, b.cells),
      ...(mail ? [mail.put] : []),
    ]).catch((err) => {
      if (err?.name === "TransactionCanceledException") throw alreadyChanged();
      throw err;
    });
    if (mail) await Mail.notify(mail.id);
    return toView(next);
  });
}

const alreadyChanged = () =>
  new VisibleError(
    "conflict",
    "booking_changed",
    "예약이 이미 바뀌었습니다. 새로고침해 주세요.",
  );

function releaseCells(b: BookingRecord, cells: string[]): TransactWriteItem[] {
  return cells.map((c) => ({
    Delete: {
      TableName: tableName(),
      Key: toItem(Keys.slotCell(b.date!, c)),
      ConditionExpression: "bookingId = :id",
      ExpressionAttributeValues: toItem({ ":id": b.id }),
    },
  }));
}

/** The owner's 예약/문의함: upcoming bookings first, then inquiries, newest first. */
export async function list(
  opts: { status?: Status } = {},
): Promise<{ items: BookingView[] }> {
  assertCan("data.read");
  const all = await queryPrefix<BookingRecord>(Keys.bookingsPrefix());
  const items = all
    .filter((b) => !opts.status || b.status === opts.status)
    .sort((a, b) => {
      const ka = a.date ? `${a.date}T${a.time}` : a.createdAt;
      const kb = b.date ? `${b.date}T${b.time}` : b.createdAt;
      return kb.localeCompare(ka);
    })
    .map(toView);
  return { items };
}

/** Confirm, reschedule or cancel; the visitor is e-mailed each time. */
export async function update(id: string, raw: unknown): Promise<BookingView> {
  assertCan("data.write");
  const patch = v.parse(BookingPatch, raw);
  const b = await getItem<BookingRecord>(Keys.booking(id), true);
  if (!b)
    throw new VisibleError(
      "not_found",
      "not_found",
      "예약을 찾을 수 없습니다.",
    );
  if (b.status === "cancelled")
    throw new VisibleError(
      "conflict",
      "booking_cancelled",
      "이미 취소된 예약입니다.",
    );
  const { shop } = await shopAddress();
  const at = new Date(nowMs()).toISOString();
  const guard = (next: BookingRecord) =>
    putTx(next as never, "updatedAt = :u", { ":u": b.updatedAt });
  const homepage = { label: "홈페이지 보기", url: appUrl() };
  if (patch.action === "confirm") {
    if (b.kind !== "booking" || b.status === "confirmed") {
      const next = { ...b, status: "confirmed" as Status, updatedAt: at };
      await transact([guard(next)], () => alreadyChanged());
      return toView(next);
    }
    const next: BookingRecord = { ...b, status: "confirmed", updatedAt: at };
    const mail = Mail.enqueue(
      toVisitor(facts(next, shop), homepage, "confirmed"),
    );
    await transact([guard(next), mail.put], (i) =>
      i === 0 ? alreadyChanged() : undefined,
    );
    await Mail.notify(mail.id);
    return toView(next);
  }
  if (patch.action === "cancel") {
    const next: BookingRecord = { ...b, status: "cancelled", updatedAt: at };
    const mail = Mail.enqueue(
      toVisitor(
        { ...facts(next, shop), message: patch.reason || b.message },
        homepage,
        "cancelled",
      ),
    );
    await transact([guard(next), ...releaseCells(b, b.cells), mail.put], (i) =>
      i === 0 ? alreadyChanged() : undefined,
    );
    await Mail.notify(mail.id);
    return toView(next);
  }
  // reschedule: the new cells are claimed and the old ones released in one transaction.
  if (b.kind !== "booking" || !b.minutes)
    throw new VisibleError(
      "validation",
      "not_a_booking",
      "문의는 시간을 바꿀 수 없습니다.",
    );
  const site = (await getItem<{ published?: SiteInput }>(Keys.site(), true))
    ?.published;
  if (!site)
    throw new VisibleError(
      "conflict",
      "site_unpublished",
      "홈페이지가 게시되어 있지 않습니다.",
    );
  const problem = dayProblem(site, patch.date, kstDate());
  if (problem && problem !== "too_far")
    throw new VisibleError("validation", `day_${problem}`, PROBLEM[problem], {
      fields: [{ field: "date", message: PROBLEM[problem] }],
    });
  const sameDay = patch.date === b.date;
  const offered = freeSlots(
    site,
    patch.date,
    b.minutes,
    new Set(),
    kstDate(),
    nowMinutesKst(),
  );
  if (!problem && !offered.includes(patch.time))
    throw new VisibleError(
      "validation",
      "not_a_slot",
      "영업시간 안의 예약 가능한 시간을 골라 주세요.",
      {
        fields: [{ field: "time", message: "예약할 수 없는 시간입니다." }],
      },
    );
  const cells = cellsOf(patch.time, b.minutes).map((t) => cellKey(b.staff, t));
  const fresh = sameDay ? cells.filter((c) => !b.cells.includes(c)) : cells;
  const released = sameDay
    ? b.cells.filter((c) => !cells.includes(c))
    : b.cells;
  const next: BookingRecord = {
    ...b,
    date: patch.date,
    time: patch.time,
    cells,
    status: "confirmed",
    updatedAt: at,
  };
  const mail = Mail.enqueue(
    toVisitor(facts(next, shop), homepage, "rescheduled"),
  );
  await transact(
    [
      guard(next),
      ...fresh.map((c) =>
        putTx(
          { ...Keys.slotCell(patch.date, c), bookingId: b.id },
          "attribute_not_exists(pk)",
        ),
      ),
      ...releaseCells(b, released),
      mail.put,
    ],
    (i) =>
      i === 0 ? alreadyChanged() : i <= fresh.length ? slotTaken() : undefined,
  );
  await Mail.notify(mail.id);
  return toView(next);
}
