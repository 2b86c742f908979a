import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { call, linkToken, login, mailbox, type Session } from "../support/api";
import {
  newReseller,
  provisionBody,
  rcall,
  type TestReseller,
} from "../support/reseller";
import { setAttributes } from "../support/db";
import { CONSOLE, consoleAdmin } from "../support/console";
import { api } from "../../functions/app";
import { Billing } from "../../core/billing";
import { Metering } from "../../core/metering";
import { newMeter } from "../../core/metering/meter";
import { SESSION_DAYS } from "../../core/auth";
import { EXPORT_DAYS } from "../../core/reseller";
import { header } from "../../core/reseller/statement";
import { addDays, weekday } from "../../core/site/slots";
import { kstDate, nextMonthStart } from "../../core/time";

// A reseller's shop over its life: the month's statement as xlsx, what a suspended shop's
// homepage does with a booking, and what a cancelled shop can do during and after its 30 days.

process.env.GOLMOK_SITES_DIR = mkdtempSync(
  resolve(tmpdir(), "golmok-lifecycle-test-"),
);

const T = "/reseller/v1/tenants";

async function provision(r: TestReseller, over: Record<string, unknown> = {}) {
  const body = provisionBody(over);
  const res = await rcall("POST", T, r.key, { body });
  expect(res.status, res.text).toBe(201);
  return { body, tenant: res.json as { id: string } };
}

async function ownerSession(email: string): Promise<Session> {
  const [mail] = await mailbox(email);
  const password = "welcome-shop-2026!";
  const set = await call("POST", "/api/auth/password-reset/confirm", {
    body: { token: linkToken(mail, "/reset"), password },
  });
  expect(set.status, set.text).toBe(200);
  return login(email, password);
}

describe("statement as xlsx", () => {
  // A past month no other test closes.
  const month = "2021-07";

  async function usageIn(tenantId: string, totals: Record<string, number>) {
    Metering.record(
      tenantId,
      "tenant",
      { ...newMeter(), readUnits: 1, dbCalls: 1 },
      Date.parse(nextMonthStart(month)) - 86_400_000,
    );
    await Metering.flush();
    await setAttributes({ pk: `T#${tenantId}`, sk: `USAGE#${month}` }, totals);
  }

  it("has per shop usage by metric, plan fee, overage, total, share and a 합계 row equal to the JSON statement", async () => {
    const r = await newReseller();
    const shops = [
      await provision(r, { subscriberId: "X-01", businessName: "골목헤어" }),
      await provision(r, { subscriberId: "X-02", plan: "plus" }),
      await provision(r, { subscriberId: "X-03" }),
    ];
    await usageIn(shops[0].tenant.id, {
      requests: 61_234,
      emails: 700,
      invoices: 130,
      dbReadUnits: 1234.5,
    });
    await usageIn(shops[1].tenant.id, { requests: 900, payslips: 12 });
    await usageIn(shops[2].tenant.id, { requests: 3 });
    await Billing.closeMonth(month);

    const json = (await rcall("GET", `/reseller/v1/statements/${month}`, r.key))
      .json;
    expect(json.tenants).toHaveLength(3);
    const res = await api.request(
      `/reseller/v1/statements/${month}?format=xlsx`,
      { headers: { authorization: `Bearer ${r.key}` } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(res.headers.get("content-disposition")).toContain(
      encodeURIComponent(`골목-명세-${month}.xlsx`),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet("명세")!;
    const rows = ws
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    const head = rows[0] as string[];
    expect(head).toEqual(header());
    const col = (name: string) => head.indexOf(name);
    expect(head.slice(0, 4)).toEqual([
      "가입자번호",
      "사업장ID",
      "상호",
      "요금제",
    ]);
    expect(rows).toHaveLength(1 + 3 + 1);

    const won = [
      ["기본료", "planFeeKrw"],
      ["초과요금", "overageKrw"],
      ["합계(부가세포함)", "totalKrw"],
      ["공급가액", "supplyKrw"],
      ["부가세", "vatKrw"],
      ["판매사몫", "shareKrw"],
    ] as const;
    const metrics = [
      ["API 요청(건)", "requests"],
      ["이메일 발송(통)", "emails"],
      ["세금계산서 발급(건)", "invoices"],
      ["임금명세서(건)", "payslips"],
      ["DB 읽기 용량(RCU)", "dbReadUnits"],
    ] as const;
    for (const [i, t] of json.tenants.entries()) {
      const row = rows[1 + i];
      expect(row[col("가입자번호")]).toBe(t.subscriberId);
      expect(row[col("사업장ID")]).toBe(t.tenantId);
      expect(row[col("상호")]).toBe(t.businessName);
      expect(row[col("요금제")]).toBe(t.plan.name);
      for (const [name, key] of won) expect(row[col(name)], name).toBe(t[key]);
      for (const [name, key] of metrics)
        expect(row[col(name)], name).toBeCloseTo(t.usage[key] ?? 0);
    }
    // The 합계 row: the JSON totals, and the sum of the shop rows above it.
    const total = rows[4];
    expect(total[0]).toBe("합계");
    for (const [name, key] of won) {
      expect(total[col(name)], name).toBe(json.totals[key]);
      expect(
        rows.slice(1, 4).reduce((n, r) => n + (r[col(name)] as number), 0),
        name,
      ).toBe(json.totals[key]);
    }
    for (const [name, key] of metrics)
      expect(total[col(name)], name).toBeCloseTo(json.totals.usage[key] ?? 0);
    expect(json.totals.overageKrw).toBeGreaterThan(0);
    expect(json.totals.shareKrw).toBe(
      json.tenants.reduce(
        (n: number, t: { supplyKrw: number }) =>
          n + Math.floor(t.supplyKrw * 0.2),
        0,
      ),
    );
    // Won cells are numbers with a thousands format, for the bill.
    expect(ws.getColumn(col("합계(부가세포함)") + 1).numFmt).toBe("#,##0");
    const info = wb.getWorksheet("정보")!;
    expect(info.getCell("B2").value).toBe(month);
    expect(info.getCell("B8").value).toBe(json.totals.shareKrw);

    // The console's 엑셀 내려받기 gives the admin the same workbook.
    const admin = await consoleAdmin(r.adminEmail);
    const fromConsole = await api.request(
      `${CONSOLE}/statements/${month}?format=xlsx`,
      { headers: { cookie: admin.cookie } },
    );
    expect(fromConsole.status).toBe(200);
    expect(fromConsole.headers.get("content-type")).toBe(
      res.headers.get("content-type"),
    );
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(await fromConsole.arrayBuffer());
    expect(
      wb2
        .getWorksheet("명세")!
        .getSheetValues()
        .filter(Boolean)
        .map((r) => (r as unknown[]).slice(1)),
    ).toEqual(rows);
  });
});

/** The next Tuesday–Saturday at least two days ahead: the salon template is open 10–20 then. */
function openDay(after = 2): string {
  let d = addDays(kstDate(), after);
  while ([0, 1].includes(weekday(d))) d = addDays(d, 1);
  return d;
}

describe("a suspended shop's homepage", () => {
  it("takes no new bookings or inquiries (409 shop_unavailable, no slots) until it is resumed", async () => {
    const r = await newReseller();
    const { body, tenant } = await provision(r, { industry: "salon" });
    const owner = await ownerSession(body.ownerEmail);
    const draft = (await call("GET", "/api/site", { session: owner })).json;
    const slug = `정지미용실-${Math.random().toString(36).slice(2, 8)}`;
    const {
      industry: _i,
      updatedAt: _u,
      publishedAt: _p,
      url: _url,
      unpublishedChanges: _c,
      saved: _s,
      bytes: _b,
      ...site
    } = draft;
    const saved = await call("PUT", "/api/site", {
      session: owner,
      body: { ...site, slug },
    });
    expect(saved.status, saved.text).toBe(200);
    expect(
      (await call("POST", "/api/site/publish", { session: owner })).status,
    ).toBeLessThan(300);
    const base = `/api/public/sites/${encodeURIComponent(slug)}`;
    const date = openDay();
    const booking = (time: string) => ({
      name: "이손님",
      phone: "010-2222-3333",
      email: "visitor@example.com",
      consent: true,
      website: "",
      service: "커트",
      date,
      time,
      message: "",
    });
    const slots = () =>
      call(
        "GET",
        `${base}/slots?date=${date}&service=${encodeURIComponent("커트")}`,
      );
    expect((await slots()).json.slots).toContain("10:00");

    expect(
      (await rcall("POST", `${T}/${tenant.id}/suspend`, r.key)).status,
    ).toBe(200);
    const refused = await call("POST", `${base}/bookings`, {
      body: booking("10:00"),
    });
    expect([refused.status, refused.json.code]).toEqual([
      409,
      "shop_unavailable",
    ]);
    expect(refused.json.message).toContain("예약");
    const inquiry = await call("POST", `${base}/inquiries`, {
      body: { ...booking("10:00"), message: "문의합니다" },
    });
    expect([inquiry.status, inquiry.json.code]).toEqual([
      409,
      "shop_unavailable",
    ]);
    const none = await slots();
    expect(none.status).toBe(200);
    expect(none.json.slots).toEqual([]);
    expect(none.json.reason).toContain("받지 않습니다");
    // Nothing was stored: the shop's inbox is empty.
    expect(
      (await call("GET", "/api/bookings", { session: owner })).json.items,
    ).toEqual([]);

    await rcall("POST", `${T}/${tenant.id}/resume`, r.key);
    const taken = await call("POST", `${base}/bookings`, {
      body: booking("10:00"),
    });
    expect(taken.status, taken.text).toBe(201);

    // A cancelled shop takes none either.
    await rcall("POST", `${T}/${tenant.id}/cancel`, r.key);
    const after = await call("POST", `${base}/bookings`, {
      body: booking("11:00"),
    });
    expect([after.status, after.json.code]).toEqual([409, "shop_unavailable"]);
  });
});

describe("a cancelled shop", () => {
  it("keeps read-only access for 30 days; then login and API answer 403 tenant_closed; resuming reopens it", async () => {
    // A session opened before the cancel always ends before the export period does.
    expect(SESSION_DAYS).toBeLessThan(EXPORT_DAYS);
    const r = await newReseller();
    const { body, tenant } = await provision(r);
    await ownerSession(body.ownerEmail);
    const c = await rcall("POST", `${T}/${tenant.id}/cancel`, r.key);
    expect(c.json.status).toBe("cancelled");

    // Day 29 and some: the export period ends in 3 seconds (as if cancelled 30 days ago).
    const ends = Date.now() + 3000;
    await setAttributes(
      { pk: `T#${tenant.id}`, sk: "TENANT" },
      {
        cancelAt: new Date(ends - 30 * 86_400_000).toISOString(),
        exportUntil: new Date(ends).toISOString(),
      },
    );
    const s = await login(body.ownerEmail, "welcome-shop-2026!");
    const profile = await call("GET", "/api/tenant/profile", { session: s });
    expect(profile.status).toBe(200);
    const exported = await call("GET", "/api/site/export", { session: s });
    expect(exported.status).toBe(200);
    const write = await call("PUT", "/api/tenant/profile", {
      session: s,
      body: profile.json,
    });
    expect([write.status, write.json.code]).toEqual([403, "tenant_cancelled"]);

    await new Promise((res) =>
      setTimeout(res, Math.max(0, ends - Date.now()) + 100),
    );
    // The open session is refused, with the code and a Korean message…
    for (const [method, path] of [
      ["GET", "/api/tenant/profile"],
      ["GET", "/api/me"],
      ["GET", "/api/site/export"],
      ["PUT", "/api/tenant/profile"],
    ]) {
      const res = await call(method, path, {
        session: s,
        body: method === "PUT" ? profile.json : undefined,
      });
      expect([path, res.status, res.json.code]).toEqual([
        path,
        403,
        "tenant_closed",
      ]);
      expect(res.json.message).toContain("해지된 사업장");
    }
    // …logging out still works, and a new login is refused after the password check.
    expect(
      (await call("POST", "/api/auth/logout", { session: s })).status,
    ).toBe(200);
    const again = await call("POST", "/api/auth/login", {
      body: { email: body.ownerEmail, password: "welcome-shop-2026!" },
    });
    expect([again.status, again.json.code]).toEqual([403, "tenant_closed"]);
    const wrong = await call("POST", "/api/auth/login", {
      body: { email: body.ownerEmail, password: "not-the-password-1!" },
    });
    expect([wrong.status, wrong.json.code]).toEqual([
      401,
      "invalid_credentials",
    ]);
    // The reseller still sees its cancelled shop.
    const seen = await rcall("GET", `${T}/${tenant.id}`, r.key);
    expect(seen.json.status).toBe("cancelled");

    // Resumed, the shop is open again.
    expect(
      (await rcall("POST", `${T}/${tenant.id}/resume`, r.key)).status,
    ).toBe(200);
    const back = await login(body.ownerEmail, "welcome-shop-2026!");
    expect(
      (await call("GET", "/api/tenant/profile", { session: back })).status,
    ).toBe(200);
  });
});
