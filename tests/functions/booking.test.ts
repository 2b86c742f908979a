import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  call,
  mailbox,
  newTenant,
  randomIp,
  uniqueEmail,
  type Session,
} from "../support/api";
import { kstDate } from "../../core/time";
import { api } from "../../functions/app";
import { addDays, weekday } from "../../core/site/slots";

process.env.GOLMOK_SITES_DIR = mkdtempSync(
  resolve(tmpdir(), "golmok-booking-test-"),
);

/** The next Tuesday–Saturday at least two days ahead: the salon template is open 10–20 then. */
function openDay(after = 2): string {
  let d = addDays(kstDate(), after);
  while ([0, 1].includes(weekday(d))) d = addDays(d, 1);
  return d;
}

const strip = (d: any) => {
  const {
    industry: _i,
    updatedAt: _u,
    publishedAt: _p,
    url: _url,
    unpublishedChanges: _c,
    saved: _s,
    bytes: _b,
    ...rest
  } = d;
  return rest;
};

async function publishedSalon(s: Session, tag: string) {
  const d = (await call("GET", "/api/site", { session: s })).json;
  d.slug = `${tag}-${Math.random().toString(36).slice(2, 8)}`;
  const saved = await call("PUT", "/api/site", { session: s, body: strip(d) });
  if (saved.status !== 200) throw new Error(saved.text);
  await call("POST", "/api/site/publish", { session: s });
  return d.slug as string;
}

const visitor = (over: Record<string, unknown> = {}) => ({
  name: "이손님",
  phone: "010-2222-3333",
  email: uniqueEmail("visitor"),
  consent: true,
  website: "",
  service: "커트",
  date: openDay(),
  time: "10:00",
  message: "",
  ...over,
});

const path = (slug: string, rest: string) =>
  `/api/public/sites/${encodeURIComponent(slug)}/${rest}`;

describe("bookings from the published page", () => {
  let owner: Session;
  let slug: string;
  beforeAll(async () => {
    owner = await newTenant({ businessName: "예약미용실" });
    slug = await publishedSalon(owner, "예약미용실");
  });

  it("offers slots from the hours (not in the break) and takes one booking per slot", async () => {
    const date = openDay(3);
    const slots = await call(
      "GET",
      path(slug, `slots?date=${date}&service=${encodeURIComponent("커트")}`),
    );
    expect(slots.status, slots.text).toBe(200);
    expect(slots.json.slots[0]).toBe("10:00");
    expect(slots.json.slots).not.toContain("13:00");
    expect(slots.json.slots).toContain("14:00");

    const v = visitor({ date, time: "11:00" });
    const first = await call("POST", path(slug, "bookings"), { body: v });
    expect(first.status, first.text).toBe(201);
    expect(first.json.status).toBe("pending");
    const again = await call("POST", path(slug, "bookings"), {
      body: visitor({ date, time: "11:00" }),
    });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe("slot_taken");
    // A 펌 (120 min) from 10:00 would run over 11:00: not offered, not bookable.
    const perm = await call(
      "GET",
      path(slug, `slots?date=${date}&service=${encodeURIComponent("펌")}`),
    );
    expect(perm.json.slots).not.toContain("10:00");
    expect(perm.json.slots).not.toContain("11:00");
    const after = await call(
      "GET",
      path(slug, `slots?date=${date}&service=${encodeURIComponent("커트")}`),
    );
    expect(after.json.slots).not.toContain("11:00");
    expect(after.json.slots).toContain("11:30");

    // Both e-mails: the visitor's with a cancel link, the shop's to the owner.
    const [toVisitor] = await mailbox(v.email as string);
    expect(toVisitor.subject).toContain("예약 신청이 접수되었습니다");
    expect(toVisitor.body.text).toMatch(
      /\/api\/public\/bookings\/cancel\?token=/,
    );
    const shop = await mailbox(owner.email, { wait: 2 });
    expect(
      shop.some(
        (m) => m.subject.includes("새 예약") && m.subject.includes("이손님"),
      ),
    ).toBe(true);
  });

  it("keeps one schedule per stylist: the same time with two stylists is two bookings", async () => {
    const date = openDay(10);
    const one = await call("POST", path(slug, "bookings"), {
      body: visitor({ date, time: "14:00", service: "커트" }),
    });
    const other = await call("POST", path(slug, "bookings"), {
      body: visitor({ date, time: "14:00", service: "커트 · 디자이너" }),
    });
    expect([one.status, other.status]).toEqual([201, 201]);
    const again = await call("POST", path(slug, "bookings"), {
      body: visitor({ date, time: "14:00", service: "커트 · 디자이너" }),
    });
    expect(again.status).toBe(409);
    const stylist = await call(
      "GET",
      path(
        slug,
        `slots?date=${date}&service=${encodeURIComponent("커트 · 디자이너")}`,
      ),
    );
    expect(stylist.json.service).toBe("커트 · 디자이너");
    expect(stylist.json.slots).not.toContain("14:00");
    expect(stylist.json.slots).toContain("14:30");
    const inbox = (await call("GET", "/api/bookings", { session: owner })).json
      .items;
    expect(inbox.find((b: any) => b.id === other.json.id).staff).toBe(
      "디자이너",
    );
  });

  it("refuses missing consent, times outside the hours and days off, naming the field", async () => {
    const noConsent = await call("POST", path(slug, "bookings"), {
      body: visitor({ consent: false }),
    });
    expect(noConsent.status).toBe(400);
    expect(noConsent.json.fields[0].field).toBe("consent");
    const late = await call("POST", path(slug, "bookings"), {
      body: visitor({ time: "21:00" }),
    });
    expect(late.status).toBe(400);
    expect(late.json.fields[0].field).toBe("time");
    const inBreak = await call("POST", path(slug, "bookings"), {
      body: visitor({ time: "13:00" }),
    });
    expect(inBreak.status).toBe(400);
    let monday = addDays(kstDate(), 1);
    while (weekday(monday) !== 1) monday = addDays(monday, 1);
    const dayOff = await call("POST", path(slug, "bookings"), {
      body: visitor({ date: monday }),
    });
    expect(dayOff.status).toBe(400);
    expect(dayOff.json.fields[0].field).toBe("date");
    expect(dayOff.json.message).toContain("휴무");
    const badPhone = await call("POST", path(slug, "bookings"), {
      body: visitor({ phone: "12" }),
    });
    expect(badPhone.json.fields[0].field).toBe("phone");
  });

  it("pretends to accept a honeypot submission but stores and sends nothing", async () => {
    const date = openDay(5);
    const v = visitor({ date, time: "16:00", website: "http://spam.example" });
    const res = await call("POST", path(slug, "bookings"), { body: v });
    expect(res.status).toBe(201);
    const inbox = await call("GET", "/api/bookings", { session: owner });
    expect(
      inbox.json.items.some((b: any) => b.date === date && b.time === "16:00"),
    ).toBe(false);
    const slots = await call("GET", path(slug, `slots?date=${date}`));
    expect(slots.json.slots).toContain("16:00");
  });

  it("limits one address to 10 submissions an hour (429 in Korean with Retry-After)", async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await call("POST", path(slug, "inquiries"), {
        ip,
        body: {
          name: "스팸",
          phone: "010-9999-0000",
          email: uniqueEmail("rl"),
          consent: true,
          message: `문의 ${i}`,
        },
      });
      statuses.push(r.status);
      if (r.status === 429) {
        expect(r.json.message).toMatch(/분 후에/);
        expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
      }
    }
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("owner confirms, reschedules and cancels; the visitor is e-mailed each time and the slot frees", async () => {
    const date = openDay(6);
    const v = visitor({ date, time: "17:00", phone: "010-7777-8888" });
    const b = await call("POST", path(slug, "bookings"), { body: v });
    const id = b.json.id;
    const confirm = await call("PATCH", `/api/bookings/${id}`, {
      session: owner,
      body: { action: "confirm" },
    });
    expect(confirm.status, confirm.text).toBe(200);
    expect(confirm.json.status).toBe("confirmed");
    expect(
      (await mailbox(v.email as string, { wait: 2 })).some((m) =>
        m.subject.includes("확정"),
      ),
    ).toBe(true);

    const move = await call("PATCH", `/api/bookings/${id}`, {
      session: owner,
      body: { action: "reschedule", date, time: "18:00" },
    });
    expect(move.status, move.text).toBe(200);
    expect(move.json.time).toBe("18:00");
    const slots = (await call("GET", path(slug, `slots?date=${date}`))).json
      .slots;
    expect(slots).toContain("17:00");
    expect(slots).not.toContain("18:00");
    expect(
      (await mailbox(v.email as string, { wait: 3 })).some((m) =>
        m.subject.includes("바뀌었습니다"),
      ),
    ).toBe(true);

    const cancel = await call("PATCH", `/api/bookings/${id}`, {
      session: owner,
      body: { action: "cancel", reason: "원장님 사정" },
    });
    expect(cancel.json.status).toBe("cancelled");
    expect(
      (await call("GET", path(slug, `slots?date=${date}`))).json.slots,
    ).toContain("18:00");
    expect(
      (await mailbox(v.email as string, { wait: 4 })).some((m) =>
        m.subject.includes("취소"),
      ),
    ).toBe(true);
    const twice = await call("PATCH", `/api/bookings/${id}`, {
      session: owner,
      body: { action: "confirm" },
    });
    expect(twice.status).toBe(409);
  });

  it("the visitor cancels with the e-mailed link; the shop is told", async () => {
    const date = openDay(7);
    const v = visitor({ date, time: "10:30", phone: "010-4444-5555" });
    await call("POST", path(slug, "bookings"), { body: v });
    const [mail] = await mailbox(v.email as string);
    const token = /cancel\?token=([A-Za-z0-9_-]+)/.exec(
      mail.body.text ?? "",
    )![1];
    const page = await call(
      "GET",
      `/api/public/bookings/cancel?token=${token}`,
    );
    expect(page.status).toBe(200);
    expect(page.text).toContain("예약 취소");
    expect(page.text).toContain('method="post"');
    const res = await call("POST", "/api/public/bookings/cancel", {
      body: { token },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json.status).toBe("cancelled");
    expect(
      (await call("GET", path(slug, `slots?date=${date}`))).json.slots,
    ).toContain("10:30");
    const shop = await mailbox(owner.email, { wait: 1 });
    await expect
      .poll(
        async () =>
          (await mailbox(owner.email)).some((m) =>
            m.subject.includes("예약 취소"),
          ),
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(shop.length).toBeGreaterThan(0);
    const bad = await call(
      "GET",
      `/api/public/bookings/cancel?token=${"x".repeat(43)}`,
    );
    expect(bad.status).toBe(404);
  });

  it("answers the no-JS forms with HTML pages", async () => {
    const date = openDay(8);
    const slots = await call(
      "GET",
      path(
        slug,
        `slots?date=${date}&service=${encodeURIComponent("커트")}&format=html`,
      ),
    );
    expect(slots.headers.get("content-type")).toContain("text/html");
    expect(slots.text).toContain('type="radio" name="time" value="10:00"');
    const form = new URLSearchParams({
      service: "커트",
      date,
      time: "10:00",
      name: "양식손님",
      phone: "01033334444",
      email: uniqueEmail("form"),
      consent: "true",
      website: "",
      message: "",
    });
    const res = await call("POST", path(slug, "bookings"), {
      rawBody: form.toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.text).toContain("예약 신청이 접수되었습니다");
    form.set("consent", "");
    const refused = await call("POST", path(slug, "bookings"), {
      rawBody: form.toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("동의해 주세요");
  });

  it("exports the page, the bookings and the customers in one JSON file the shop keeps", async () => {
    const res = await call("GET", "/api/site/export", { session: owner });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("attachment");
    expect(res.json.format).toBe("golmok-site-export/1");
    expect(res.json.site.draft.slug).toBe(slug);
    expect(res.json.site.published.blocks.length).toBeGreaterThan(0);
    expect(res.json.bookings.length).toBeGreaterThan(0);
    expect(res.json.customers.some((c: any) => c.name === "이손님")).toBe(true);
    expect((await call("GET", "/api/site/export")).status).toBe(401);
  });

  it("a restaurant takes a party-size and takeout inquiry from its no-JS form", async () => {
    const shop = await newTenant({
      businessName: "골목식당",
      industry: "restaurant",
    });
    const where = await publishedSalon(shop, "골목식당");
    const page = await call("GET", "/api/site", { session: shop });
    expect(page.json.blocks.find((b: any) => b.type === "booking").mode).toBe(
      "inquiry",
    );
    const form = new URLSearchParams({
      name: "박손님",
      phone: "010-3030-4040",
      email: uniqueEmail("table"),
      party: "6",
      takeout: "true",
      consent: "true",
      website: "",
      message: "토요일 저녁 6시 가능할까요?",
    });
    const res = await call("POST", path(where, "inquiries"), {
      rawBody: form.toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.text).toContain("문의가 접수되었습니다");
    const [item] = (await call("GET", "/api/bookings", { session: shop })).json
      .items;
    expect(item).toMatchObject({
      kind: "inquiry",
      party: 6,
      takeout: true,
      name: "박손님",
    });
    const mail = await mailbox(shop.email, { wait: 2 });
    const toShop = mail.find((m) => m.subject.includes("새 문의"))!;
    expect(toShop.body.text).toContain("인원: 6명");
    expect(toShop.body.text).toContain("포장 주문");
    // A restaurant takes no time-slot bookings: its slots route says why.
    const slots = await call("GET", path(where, `slots?date=${openDay()}`));
    expect(slots.status).toBe(400);
  });

  it("turns bookings into customer cards: visits, search, notes, export, deletion", async () => {
    const phone = "010-8080-9090";
    for (const t of ["11:00", "12:00"])
      await call("POST", path(slug, "bookings"), {
        body: visitor({ date: openDay(9), time: t, phone, name: "김단골" }),
      });
    const found = await call(
      "GET",
      `/api/customers?q=${encodeURIComponent("단골")}`,
      { session: owner },
    );
    expect(found.json.items).toHaveLength(1);
    const c = found.json.items[0];
    expect(c.phone).toBe("01080809090");
    expect(c.visits).toHaveLength(2);
    expect(c.consentAt).toBeTruthy();
    const noted = await call("POST", "/api/customers", {
      session: owner,
      body: { name: "김단골", phone, notes: "염색 7N + 6% 30분" },
    });
    expect(noted.status).toBe(201);
    expect(noted.json.visits).toHaveLength(2);
    expect(
      (await call("GET", `/api/customers?q=7N`, { session: owner })).json
        .items[0].id,
    ).toBe(c.id);
    const csv = await call("GET", "/api/customers?format=csv", {
      session: owner,
    });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    // A BOM first (Excel reads the Hangul right); fetch's text() hides it, the bytes do not.
    const raw = await api.request("/api/customers?format=csv", {
      headers: { cookie: owner.cookie, "x-forwarded-for": owner.ip },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([
      0xef, 0xbb, 0xbf,
    ]);
    expect(csv.text.split("\n")[0]).toContain("이름,연락처,이메일");
    expect(csv.text).toContain("김단골");
    const before = await call("GET", "/api/bookings", { session: owner });
    expect(before.text).toContain("김단골");
    const gone = await call("DELETE", `/api/customers/${c.id}`, {
      session: owner,
    });
    expect(gone.status).toBe(200);
    expect(
      (
        await call("GET", `/api/customers?q=${encodeURIComponent("단골")}`, {
          session: owner,
        })
      ).json.items,
    ).toHaveLength(0);
    // Their bookings keep date, time and service, but no longer who or how to reach them.
    const after = await call("GET", "/api/bookings", { session: owner });
    expect(after.text).not.toContain("김단골");
    expect(after.text).not.toContain("01080809090");
    expect(
      after.json.items.filter((b: any) => b.name === "(삭제된 고객)").length,
    ).toBe(2);
    const bad = await call("POST", "/api/customers", {
      session: owner,
      body: { name: "", phone: "1" },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.fields.map((f: any) => f.field)).toEqual(
      expect.arrayContaining(["name", "phone"]),
    );
  });
});
