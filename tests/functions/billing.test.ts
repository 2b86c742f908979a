import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { call, mailbox, newTenant, type Session } from "../support/api";
import { setAttributes } from "../support/db";
import { members } from "../support/members";
import { issueInvoice } from "../support/invoice";
import { Billing, type Statement } from "../../core/billing";
import { sendQuotaAlerts } from "../../core/billing/alerts";
import { Metering } from "../../core/metering";
import { newMeter } from "../../core/metering/meter";
import { Plan } from "../../core/plan";
import { withActor } from "../../core/actor";
import { kstMonth, nextMonthStart } from "../../core/time";
import { Mail } from "../../core/mail";

// Each test closes its own past month, so no other test's tenants are in it; months are two
// apart because a close carries its tenants into the next month.
const usageKey = (s: Session, month: string) => ({
  pk: `T#${s.tenantId}`,
  sk: `USAGE#${month}`,
});

/** A request the tenant made in `month` (through the real aggregate and flush), then the month's totals set. */
async function usageIn(
  s: Session,
  month: string,
  totals: Record<string, number>,
): Promise<void> {
  const inMonth = Date.parse(nextMonthStart(month)) - 86_400_000;
  Metering.record(
    s.tenantId,
    "tenant",
    { ...newMeter(), readUnits: 1, dbCalls: 1 },
    inMonth,
  );
  await Metering.flush();
  await setAttributes(usageKey(s, month), totals);
}

const statementOf = async (s: Session, month: string) => {
  const res = await call("GET", `/api/billing/statements/${month}`, {
    session: s,
  });
  expect(res.status).toBe(200);
  return res.json as Statement;
};

describe("the monthly close", () => {
  it("freezes each tenant's month into a statement with the right sums; a re-run changes nothing", async () => {
    const month = "2024-03";
    const a = await newTenant();
    const b = await newTenant();
    await usageIn(a, month, {
      requests: 61_234,
      invoices: 103,
      emails: 120,
      payslips: 3,
      dbReadUnits: 1_500.5,
      dbWriteUnits: 900,
    });
    await usageIn(b, month, { requests: 700, invoices: 12, emails: 15 });

    const first = await Billing.closeMonth(month);
    expect(first).toEqual({
      month,
      tenants: 2,
      closed: 2,
      already: 0,
      skipped: 0,
    });

    const sa = await statementOf(a, month);
    expect(sa).toMatchObject({
      tenantId: a.tenantId,
      resellerId: null,
      month,
      status: "closed",
      plan: { id: "basic", name: "기본", priceKrw: 3300 },
      planFeeKrw: 3300,
      // 11,234 requests past 50,000 → 12 started thousands × ₩110; 3 invoices × ₩110.
      overageKrw: 12 * 110 + 3 * 110,
      totalKrw: 3300 + 1650,
      supplyKrw: 4500,
      vatKrw: 450,
    });
    expect(sa.lines.find((l) => l.metric === "requests")).toMatchObject({
      used: 61_234,
      included: 50_000,
      overageUnits: 11_234,
      amountKrw: 1320,
    });
    expect(sa.closedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const sb = await statementOf(b, month);
    expect(sb).toMatchObject({
      tenantId: b.tenantId,
      overageKrw: 0,
      totalKrw: 3300,
      supplyKrw: 3000,
      vatKrw: 300,
    });

    // Usage that lands after the close does not move a closed statement.
    await setAttributes(usageKey(a, month), { invoices: 500 });
    const again = await Billing.closeMonth(month);
    expect(again).toEqual({
      month,
      tenants: 2,
      closed: 0,
      already: 2,
      skipped: 0,
    });
    expect(await statementOf(a, month)).toEqual(sa);
    expect(await statementOf(b, month)).toEqual(sb);
    const list = await call("GET", "/api/billing/statements", { session: a });
    expect(
      list.json.statements.filter((s: Statement) => s.month === month),
    ).toHaveLength(1);
  });

  it("finishes the rest after a run cut short, each tenant exactly once, even with two runs at once", async () => {
    const month = "2024-06";
    const tenants = await Promise.all([newTenant(), newTenant(), newTenant()]);
    for (const [i, s] of tenants.entries())
      await usageIn(s, month, { requests: 100 * (i + 1), invoices: 101 + i });

    const cut = await Billing.closeMonth(month, { limit: 1 });
    expect(cut).toMatchObject({ tenants: 3, closed: 1, already: 0 });
    const [r1, r2] = await Promise.all([
      Billing.closeMonth(month),
      Billing.closeMonth(month),
    ]);
    expect(r1.closed + r2.closed).toBe(2);
    expect(r1.closed + r1.already).toBe(3);
    for (const [i, s] of tenants.entries()) {
      const list = await call("GET", "/api/billing/statements", { session: s });
      const mine = list.json.statements.filter(
        (x: Statement) => x.month === month,
      );
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        tenantId: s.tenantId,
        overageKrw: (1 + i) * 110,
        totalKrw: 3300 + (1 + i) * 110,
      });
    }
  });

  it("carries every closed tenant into the next month: a shop that did nothing still gets its plan fee", async () => {
    const month = "2024-09";
    const s = await newTenant();
    await usageIn(s, month, { requests: 10 });
    await Billing.closeMonth(month);
    expect(await Billing.tenantsOf("2024-10")).toContain(s.tenantId);
    const idle = await Billing.closeMonth("2024-10");
    expect(idle.closed).toBeGreaterThanOrEqual(1);
    expect(await statementOf(s, "2024-10")).toMatchObject({
      month: "2024-10",
      planFeeKrw: 3300,
      overageKrw: 0,
      totalKrw: 3300,
    });
  });

  it("indexes a reseller's shops so its statement sums theirs (the shape issue 7 rolls up)", async () => {
    const month = "2024-12";
    const reseller = `res_${Date.now().toString(36)}`;
    const [a, b, own] = await Promise.all([
      newTenant(),
      newTenant(),
      newTenant(),
    ]);
    for (const s of [a, b])
      await setAttributes(
        { pk: `T#${s.tenantId}`, sk: "TENANT" },
        { resellerId: reseller },
      );
    await setAttributes(
      { pk: `T#${b.tenantId}`, sk: "TENANT" },
      { planId: "plus" },
    );
    await usageIn(a, month, { invoices: 110 });
    await usageIn(b, month, { invoices: 1_010, emails: 3_100 });
    await usageIn(own, month, { invoices: 5 });
    await Billing.closeMonth(month);
    const roll = await Billing.resellerRollUp(reseller, month);
    expect(roll.statements.map((s) => s.tenantId).sort()).toEqual(
      [a.tenantId, b.tenantId].sort(),
    );
    expect((await statementOf(a, month)).resellerId).toBe(reseller);
    expect((await statementOf(own, month)).resellerId).toBeNull();
    // a: 3,300 + 10 × 110; b (플러스): 5,500 + 10 × 55 + 100 × 11.
    expect(roll).toMatchObject({
      resellerId: reseller,
      month,
      tenants: 2,
      planFeeKrw: 3300 + 5500,
      overageKrw: 1100 + 550 + 1100,
      totalKrw: 4400 + 7150,
      supplyKrw: 4000 + 6500,
      vatKrw: 400 + 650,
      byPlan: { basic: 1, plus: 1 },
    });
    expect((await statementOf(a, month)) as object).not.toHaveProperty(
      "gsi2pk",
    );
  });

  it("refuses a month that is not over, and a malformed one", async () => {
    await expect(Billing.closeMonth(kstMonth())).rejects.toMatchObject({
      code: "month_not_over",
    });
    await expect(Billing.closeMonth("2099-01")).rejects.toMatchObject({
      code: "month_not_over",
    });
    await expect(Billing.closeMonth("2025-13")).rejects.toMatchObject({
      code: "invalid_month",
    });
  });

  it("runs from the command line (npm run close -- --month) against the running DynamoDB", async () => {
    const month = "2023-05";
    const s = await newTenant();
    await usageIn(s, month, { requests: 5, invoices: 1 });
    const env = {
      ...process.env,
      DYNAMO_PORT: new URL(inject("dynamoEndpoint")).port,
      TABLE_NAME: "golmok-test",
    };
    const run = (m: string) =>
      promisify(execFile)("npx", ["tsx", "scripts/close.ts", "--month", m], {
        env,
      });
    const out = await run(month);
    expect(out.stdout).toContain(`${month} 마감: 사업장 1곳 — 새 명세 1건`);
    expect((await run(month)).stdout).toContain("새 명세 0건, 이미 마감 1건");
    expect((await statementOf(s, month)).totalKrw).toBe(3300);
    await expect(run(kstMonth())).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("아직 끝나지 않은 달입니다"),
    });
  }, 60_000);
});

describe("요금 명세 routes", () => {
  it("shows the owner the current month's projected charge, and no statement before a close", async () => {
    const s = await newTenant();
    const res = await call("GET", "/api/billing/statements", { session: s });
    expect(res.status).toBe(200);
    expect(res.json.statements).toEqual([]);
    expect(res.json.current).toMatchObject({
      tenantId: s.tenantId,
      month: kstMonth(),
      status: "projected",
      planFeeKrw: 3300,
      totalKrw: 3300,
    });
    const open = await call("GET", `/api/billing/statements/${kstMonth()}`, {
      session: s,
    });
    expect(open.status).toBe(404);
    expect(open.json.code).toBe("statement_not_found");
    expect(open.json.message).toContain("아직 마감되지 않았습니다");
    const bad = await call("GET", "/api/billing/statements/2025-13", {
      session: s,
    });
    expect(bad.status).toBe(400);
    expect(bad.json.fields[0].field).toBe("month");
  });

  it("lets the accountant read statements and refuses staff", async () => {
    const owner = await newTenant();
    const accountant = await members.invite(owner, "accountant");
    const staff = await members.invite(owner, "staff");
    expect(
      (await call("GET", "/api/billing/statements", { session: accountant }))
        .status,
    ).toBe(200);
    const refused = await call("GET", "/api/billing/statements", {
      session: staff,
    });
    expect(refused.status).toBe(403);
    expect(refused.json.code).toBe("forbidden");
    expect(
      (await call("GET", "/api/billing/statements/2024-03", { session: staff }))
        .status,
    ).toBe(403);
  });

  it("issues and e-mails invoices past the included quotas (never cut off) and prices them in the projected charge", async () => {
    const s = await newTenant();
    await Metering.flush();
    await setAttributes(usageKey(s, kstMonth()), {
      invoices: 100,
      emails: 600,
    });
    Metering.clearCache();
    const inv = await issueInvoice(s);
    expect(inv.status).toBe("issued");
    // The 601st e-mail of the month goes out too: the buyer gets the invoice.
    const buyerEmail = `buyer-${inv.id}@example.com`;
    const sent = await call("POST", `/api/invoices/${inv.id}/send`, {
      session: s,
      body: { to: [buyerEmail] },
    });
    expect(sent.status).toBeLessThan(300);
    expect((await mailbox(buyerEmail))[0].subject).toContain("세금계산서");
    const res = await call("GET", "/api/billing/statements", { session: s });
    expect(
      res.json.current.lines.find(
        (l: { metric: string }) => l.metric === "invoices",
      ),
    ).toMatchObject({ used: 101, overageUnits: 1, amountKrw: 110 });
    expect(
      res.json.current.lines.find(
        (l: { metric: string }) => l.metric === "emails",
      ),
    ).toMatchObject({ used: 601, overageUnits: 101, amountKrw: 101 * 11 });
    expect(res.json.current.totalKrw).toBe(3300 + 110 + 1111);
  });
});

describe("quota alerts", () => {
  /** The quota alerts the address got, once `expected` have arrived and nothing more is due. */
  const alertsTo = async (email: string, expected: number) => {
    await mailbox(email, { wait: expected + 1 }); // + the verification e-mail
    await Mail.drain();
    await new Promise((r) => setTimeout(r, 300));
    return (await mailbox(email)).filter((m) => m.subject.includes("포함량"));
  };

  it("e-mails the owner at 80% and at 100% of an included quota, each exactly once", async () => {
    const s = await newTenant();
    const month = kstMonth();
    await Metering.flush();
    // Requests cross 80% in a flush.
    await setAttributes(usageKey(s, month), { requests: 39_999 });
    await call("GET", "/api/tenant/profile", { session: s });
    await Metering.flush();
    for (let i = 0; i < 3; i++) {
      await call("GET", "/api/tenant/profile", { session: s });
      await Metering.flush();
    }
    // Invoices cross 80% and then 100% in the issuing transaction; the next flush sees it.
    await setAttributes(usageKey(s, month), { invoices: 79 });
    await issueInvoice(s);
    await Metering.flush();
    await setAttributes(usageKey(s, month), { invoices: 99 });
    await issueInvoice(s);
    await Metering.flush();
    await issueInvoice(s);
    await Metering.flush();

    const mails = await alertsTo(s.email, 3);
    const subjects = mails.map((m) => m.subject).sort();
    expect(subjects).toEqual(
      [
        "[골목] 이번 달 API 요청 포함량의 80%를 사용했습니다",
        "[골목] 이번 달 세금계산서 발급 포함량을 모두 사용했습니다",
        "[골목] 이번 달 세금계산서 발급 포함량의 80%를 사용했습니다",
      ].sort(),
    );
    const full = mails.find((m) => m.subject.includes("모두 사용"))!;
    expect(full.body.text).toContain("포함량 100건의 100%");
    expect(full.body.text).toContain("건당 ₩110(부가세 포함)");
    expect(full.body.text).toContain("서비스는 끊기지 않습니다");
    const req = mails.find((m) => m.subject.includes("API 요청"))!;
    expect(req.body.text).toContain("월 250,000건 초과 시에는");
    expect(req.body.text).toContain("/usage");
  });

  it("sends one alert when two flushes race on the same crossing", async () => {
    const s = await newTenant();
    const month = kstMonth();
    const plan = Plan.get("basic", month);
    const due = [
      {
        metric: "payslips" as const,
        threshold: 80 as const,
        used: 40,
        quota: 50,
      },
    ];
    const sent = await withActor({ type: "system", tenantId: s.tenantId }, () =>
      Promise.all([
        sendQuotaAlerts(plan, month, due),
        sendQuotaAlerts(plan, month, due),
        sendQuotaAlerts(plan, month, due),
      ]),
    );
    expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
    const mails = await alertsTo(s.email, 1);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(
      "[골목] 이번 달 임금명세서 포함량의 80%를 사용했습니다",
    );
  });
});
