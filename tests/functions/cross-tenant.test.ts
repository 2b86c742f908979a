import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  call,
  login,
  newTenant,
  randomBizNo,
  uniqueEmail,
  type Session,
} from "../support/api";
import { documentedOperations } from "../support/routes";
import { addEmployee, employeeBody } from "../support/payroll";
import { buyer, invoiceBody, issueInvoice } from "../support/invoice";
import { kstDate, kstMonth } from "../../core/time";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { Billing } from "../../core/billing";
import { Metering } from "../../core/metering";
import { Account } from "../../core/account";
import { newMeter } from "../../core/metering/meter";

// The isolation harness every module joins: tenant B, with its own valid session, tries every
// documented operation aimed at tenant A (A's IDs in the path, query and body). B must never read
// A's data and A's data must be unchanged afterwards. An operation without a case fails the test.
interface Ctx {
  a: Session;
  b: Session;
  aIds: Record<string, string>;
  aSite?: Record<string, unknown>;
}
type Case = (ctx: Ctx) => { path: string; body?: unknown } | "public";

const hostile = (ctx: Ctx) => ({
  tenantId: ctx.a.tenantId,
  userId: ctx.a.userId,
});

const ledgerEntry = (c: Ctx) => ({
  ...hostile(c),
  date: c.aIds.entryDate,
  account: "rent",
  kind: "expense",
  description: "B가 쓴 항목",
  amount: 1_000,
});

export const CASES: Record<string, Case> = {
  "GET /api/ledger/entries": (c) => ({
    path: `/api/ledger/entries?month=${c.aIds.entryDate.slice(0, 7)}&tenantId=${c.a.tenantId}`,
  }),
  "POST /api/ledger/entries": (c) => ({
    path: `/api/ledger/entries?tenantId=${c.a.tenantId}`,
    body: ledgerEntry(c),
  }),
  "PATCH /api/ledger/entries/{id}": (c) => ({
    path: `/api/ledger/entries/${c.aIds.entryId}`,
    body: ledgerEntry(c),
  }),
  "DELETE /api/ledger/entries/{id}": (c) => ({
    path: `/api/ledger/entries/${c.aIds.entryId}`,
  }),
  "POST /api/ledger/entries/{id}/reverse": (c) => ({
    path: `/api/ledger/entries/${c.aIds.entryId}/reverse`,
    body: { date: c.aIds.entryDate },
  }),
  "GET /api/ledger/months": (c) => ({
    path: `/api/ledger/months?from=2026-01&to=2026-12&tenantId=${c.a.tenantId}`,
  }),
  "GET /api/ledger/reports/summary": (c) => ({
    path: `/api/ledger/reports/summary?from=2026-01&to=2026-12&tenantId=${c.a.tenantId}`,
  }),
  "GET /api/ledger/reports/vat": (c) => ({
    path: `/api/ledger/reports/vat?period=2026-2&tenantId=${c.a.tenantId}`,
  }),
  "GET /api/ledger/reports/income": (c) => ({
    path: `/api/ledger/reports/income?year=2026&tenantId=${c.a.tenantId}`,
  }),
  "GET /api/ledger/stock/{year}": (c) => ({
    path: `/api/ledger/stock/2026?tenantId=${c.a.tenantId}`,
  }),
  "PUT /api/ledger/stock/{year}": (c) => ({
    path: `/api/ledger/stock/2026?tenantId=${c.a.tenantId}`,
    body: { ...hostile(c), openingStock: 1, closingStock: 2 },
  }),
  "GET /api/ledger/audit": (c) => ({
    path: `/api/ledger/audit?tenantId=${c.a.tenantId}&userId=${c.a.userId}`,
  }),
  "GET /api/ledger/export.xlsx": (c) => ({
    path: `/api/ledger/export.xlsx?year=2026&tenantId=${c.a.tenantId}`,
  }),
  // CSV, not compressed: A's entry text would show in the body if it leaked.
  "GET /api/ledger/export.csv": (c) => ({
    path: `/api/ledger/export.csv?year=${c.aIds.entryDate.slice(0, 4)}&tenantId=${c.a.tenantId}`,
  }),
  "POST /api/ledger/months/{month}/close": (c) => ({
    path: `/api/ledger/months/${c.aIds.entryDate.slice(0, 7)}/close?tenantId=${c.a.tenantId}`,
    body: hostile(c),
  }),
  "POST /api/ledger/imports/preview": (c) => ({
    path: `/api/ledger/imports/preview?tenantId=${c.a.tenantId}`,
    body: {
      ...hostile(c),
      filename: "a.csv",
      base64: Buffer.from(
        `이용일자,가맹점명,이용금액\n${c.aIds.entryDate},B의 가게,"9,900"\n`,
      ).toString("base64"),
    },
  }),
  "POST /api/ledger/imports": (c) => ({
    path: `/api/ledger/imports?tenantId=${c.a.tenantId}`,
    body: {
      ...hostile(c),
      id: c.aIds.importId,
      filename: "a.csv",
      total: 1,
      start: 0,
      rows: [{ index: 0, include: false, reason: "excluded" }],
    },
  }),
  "GET /api/ledger/imports/{id}": (c) => ({
    path: `/api/ledger/imports/${c.aIds.importId}?tenantId=${c.a.tenantId}`,
  }),
  "GET /api/site": (c) => ({
    path: `/api/site?tenantId=${c.a.tenantId}`,
  }),
  "PUT /api/site": (c) => ({
    path: `/api/site?tenantId=${c.a.tenantId}`,
    body: { ...hostile(c), ...c.aSite, title: "B가 바꿈" },
  }),
  "POST /api/site/publish": (c) => ({
    path: `/api/site/publish?tenantId=${c.a.tenantId}`,
    body: hostile(c),
  }),
  "POST /api/site/unpublish": (c) => ({
    path: `/api/site/unpublish?tenantId=${c.a.tenantId}`,
    body: hostile(c),
  }),
  "GET /api/site/export": (c) => ({
    path: `/api/site/export?tenantId=${c.a.tenantId}`,
  }),
  "POST /api/site/images": (c) => ({
    path: `/api/site/images?tenantId=${c.a.tenantId}`,
    body: { ...hostile(c), base64: "iVBORw0KGgo=" },
  }),
  "GET /api/bookings": (c) => ({
    path: `/api/bookings?tenantId=${c.a.tenantId}`,
  }),
  "PATCH /api/bookings/{id}": (c) => ({
    path: `/api/bookings/${c.aIds.bookingId}`,
    body: { action: "cancel" },
  }),
  "GET /api/customers": (c) => ({
    path: `/api/customers?q=A%EC%86%90%EB%8B%98&tenantId=${c.a.tenantId}`,
  }),
  "POST /api/customers": (c) => ({
    path: `/api/customers?tenantId=${c.a.tenantId}`,
    body: {
      ...hostile(c),
      name: "B가 덮어씀",
      phone: "010-6060-7070",
      notes: "B",
    },
  }),
  "DELETE /api/customers/{id}": (c) => ({
    path: `/api/customers/${c.aIds.customerId}`,
  }),
  // A published page's forms and the visitor's cancel link: public by design, and what they
  // reach is resolved from the slug's (or the link's) stored lookup, never from the request.
  "GET /api/public/sites/{slug}/slots": () => "public",
  "POST /api/public/sites/{slug}/bookings": () => "public",
  "POST /api/public/sites/{slug}/inquiries": () => "public",
  "GET /api/public/bookings/cancel": () => "public",
  "POST /api/public/bookings/cancel": () => "public",
  "GET /api/health": () => "public",
  "POST /api/auth/signup": () => "public",
  "POST /api/auth/verify": () => "public",
  "POST /api/auth/login": () => "public",
  "POST /api/auth/password-reset": () => "public",
  "POST /api/auth/password-reset/confirm": () => "public",
  "GET /api/auth/invite": () => "public",
  "POST /api/auth/invite/accept": () => "public",
  // SSO redemption (a signed, single-use token is the credential: tests/functions/reseller-sso)
  // and a reseller's public brand for its login page.
  "POST /api/auth/sso": () => "public",
  "GET /api/auth/brand/{slug}": () => "public",
  "POST /api/auth/logout": (c) => ({
    path: `/api/auth/logout?tenantId=${c.a.tenantId}`,
    body: hostile(c),
  }),
  "GET /api/me": (c) => ({
    path: `/api/me?tenantId=${c.a.tenantId}&userId=${c.a.userId}`,
  }),
  "GET /api/tenant/profile": (c) => ({
    path: `/api/tenant/profile?tenantId=${c.a.tenantId}`,
  }),
  "PUT /api/tenant/profile": (c) => ({
    path: `/api/tenant/profile?tenantId=${c.a.tenantId}`,
    body: {
      ...hostile(c),
      businessName: "B가 바꾼 이름",
      ownerName: "B",
      bizNo: randomBizNo(),
      branchNo: "",
      address: "",
      businessType: "",
      businessItem: "",
      taxType: "general",
      contactEmail: "",
      contactPhone: "",
      industry: "retail",
    },
  }),
  "GET /api/tenant/members": (c) => ({
    path: `/api/tenant/members?tenantId=${c.a.tenantId}`,
  }),
  "POST /api/tenant/invites": (c) => ({
    path: `/api/tenant/invites?tenantId=${c.a.tenantId}`,
    body: { ...hostile(c), email: uniqueEmail("b-invite"), role: "staff" },
  }),
  // A's staff member: B can neither change its role nor remove it (nor A's owner, by A's user id).
  "PATCH /api/tenant/members/{id}": (c) => ({
    path: `/api/tenant/members/${c.aIds.memberId}?tenantId=${c.a.tenantId}`,
    body: { ...hostile(c), role: "accountant" },
  }),
  "DELETE /api/tenant/members/{id}": (c) => ({
    path: `/api/tenant/members/${c.aIds.memberId}?tenantId=${c.a.tenantId}`,
  }),
  "GET /api/usage": (c) => ({ path: `/api/usage?tenantId=${c.a.tenantId}` }),
  "GET /api/billing/statements": (c) => ({
    path: `/api/billing/statements?tenantId=${c.a.tenantId}`,
  }),
  // A has a closed statement for this month; B asking for it must get B's (none), never A's.
  "GET /api/billing/statements/{month}": (c) => ({
    path: `/api/billing/statements/${c.aIds.statementMonth}?tenantId=${c.a.tenantId}`,
  }),
  "GET /api/payroll/employees": (c) => ({
    path: `/api/payroll/employees?tenantId=${c.a.tenantId}`,
  }),
  "POST /api/payroll/employees": (c) => ({
    path: `/api/payroll/employees?tenantId=${c.a.tenantId}`,
    body: { ...hostile(c), ...employeeBody() },
  }),
  "PATCH /api/payroll/employees/{id}": (c) => ({
    path: `/api/payroll/employees/${c.aIds.employeeId}`,
    body: employeeBody({ name: "B가 바꿈" }),
  }),
  "POST /api/payroll/preview": (c) => ({
    path: "/api/payroll/preview",
    body: { ...hostile(c), ...runBody(c) },
  }),
  "GET /api/payroll/runs": (c) => ({
    path: `/api/payroll/runs?tenantId=${c.a.tenantId}`,
  }),
  "POST /api/payroll/runs": (c) => ({
    path: "/api/payroll/runs",
    body: { ...hostile(c), ...runBody(c) },
  }),
  "GET /api/payroll/runs/{id}": (c) => ({
    path: `/api/payroll/runs/${c.aIds.runId}`,
  }),
  "POST /api/payroll/runs/{id}/confirm": (c) => ({
    path: `/api/payroll/runs/${c.aIds.runId}/confirm`,
  }),
  "GET /api/payroll/runs/{id}/payslips/{file}": (c) => ({
    path: `/api/payroll/runs/${c.aIds.runId}/payslips/${c.aIds.employeeId}.pdf`,
  }),
  // A confirmed May; B asking for May's register must get B's (none), never A's.
  "GET /api/payroll/registers/{file}": (c) => ({
    path: `/api/payroll/registers/2026-05.xlsx?tenantId=${c.a.tenantId}`,
  }),
  "GET /api/clients": (c) => ({
    path: `/api/clients?tenantId=${c.a.tenantId}`,
  }),
  "POST /api/clients": (c) => ({
    path: `/api/clients?tenantId=${c.a.tenantId}`,
    body: {
      ...hostile(c),
      ...buyer({ bizNo: c.aIds.clientBizNo, name: "B가 덮어씀" }),
    },
  }),
  "POST /api/clients/import": (c) => ({
    path: "/api/clients/import",
    body: {
      ...hostile(c),
      filename: "c.csv",
      base64: Buffer.from(
        `상호,사업자번호\nB가 덮어씀,${c.aIds.clientBizNo}\n`,
      ).toString("base64"),
    },
  }),
  "GET /api/invoices": (c) => ({
    path: `/api/invoices?tenantId=${c.a.tenantId}&clientBizNo=${c.aIds.clientBizNo}`,
  }),
  "POST /api/invoices": (c) => ({
    path: `/api/invoices?tenantId=${c.a.tenantId}`,
    body: { ...hostile(c), ...invoiceBody(), id: c.aIds.invoiceId },
  }),
  "GET /api/invoices/alerts": (c) => ({
    path: `/api/invoices/alerts?tenantId=${c.a.tenantId}`,
  }),
  "GET /api/invoices/totals": (c) => ({
    path: `/api/invoices/totals?from=2000-01-01&to=2099-12-31&tenantId=${c.a.tenantId}`,
  }),
  "GET /api/invoices/received": (c) => ({
    path: `/api/invoices/received?tenantId=${c.a.tenantId}`,
  }),
  "POST /api/invoices/received/{id}/accept": (c) => ({
    path: `/api/invoices/received/${c.aIds.invoiceId}/accept`,
  }),
  "GET /api/invoices/certificate": (c) => ({
    path: `/api/invoices/certificate?tenantId=${c.a.tenantId}`,
  }),
  "POST /api/invoices/certificate": (c) => ({
    path: `/api/invoices/certificate?tenantId=${c.a.tenantId}`,
    body: { ...hostile(c), p12Base64: "AAAA", password: "x" },
  }),
  // The recipient link is a capability handed to the invoice's recipient: whoever holds it sees
  // that one invoice (and nothing else of the issuer), with or without a session.
  "GET /api/invoices/link/{token}": () => "public",
  "POST /api/invoices/link/{token}/confirm": () => "public",
  "GET /api/invoices/link/{token}/{file}": () => "public",
  "GET /api/invoices/{id}": (c) => ({
    path: `/api/invoices/${c.aIds.invoiceId}`,
  }),
  "PUT /api/invoices/{id}": (c) => ({
    path: `/api/invoices/${c.aIds.draftId}`,
    body: invoiceBody({ note: "B가 고침" }),
  }),
  "DELETE /api/invoices/{id}": (c) => ({
    path: `/api/invoices/${c.aIds.draftId}`,
  }),
  "POST /api/invoices/{id}/issue": (c) => ({
    path: `/api/invoices/${c.aIds.draftId}/issue`,
  }),
  "POST /api/invoices/{id}/send": (c) => ({
    path: `/api/invoices/${c.aIds.invoiceId}/send`,
    body: { to: [uniqueEmail("b-steal")] },
  }),
  "POST /api/invoices/{id}/amend": (c) => ({
    path: `/api/invoices/${c.aIds.invoiceId}/amend`,
    body: { reason: "06" },
  }),
  "POST /api/invoices/{id}/transmit": (c) => ({
    path: `/api/invoices/${c.aIds.invoiceId}/transmit`,
  }),
  "GET /api/invoices/{id}/xml": (c) => ({
    path: `/api/invoices/${c.aIds.invoiceId}/xml`,
  }),
  "GET /api/invoices/{id}/pdf": (c) => ({
    path: `/api/invoices/${c.aIds.invoiceId}/pdf`,
  }),
  // B's own export holds only B's data; A's export (its id in the path) is not B's to fetch.
  "POST /api/account/exports": (c) => ({
    path: `/api/account/exports?tenantId=${c.a.tenantId}`,
    body: { ...hostile(c), personalNumbers: true },
  }),
  "GET /api/account/exports": (c) => ({
    path: `/api/account/exports?tenantId=${c.a.tenantId}`,
  }),
  "GET /api/account/exports/{id}": (c) => ({
    path: `/api/account/exports/${c.aIds.exportId}?tenantId=${c.a.tenantId}`,
  }),
  "GET /api/account/exports/{id}/download": (c) => ({
    path: `/api/account/exports/${c.aIds.exportId}/download?tenantId=${c.a.tenantId}`,
  }),
  "GET /api/account/deletion": (c) => ({
    path: `/api/account/deletion?tenantId=${c.a.tenantId}`,
  }),
  // B's own password with A's name: refused (and never deletes A).
  "POST /api/account/deletion": (c) => ({
    path: `/api/account/deletion?tenantId=${c.a.tenantId}`,
    body: { ...hostile(c), password: c.b.password, businessName: "A미용실" },
  }),
  "POST /api/account/deletion/cancel": (c) => ({
    path: `/api/account/deletion/cancel?tenantId=${c.a.tenantId}`,
    body: hostile(c),
  }),
  "GET /api/audit": (c) => ({
    path: `/api/audit?tenantId=${c.a.tenantId}&cursor=${c.aIds.auditCursor}`,
  }),
};

const runBody = (c: Ctx) => ({
  month: "2026-05",
  payDate: "2026-05-25",
  lines: [{ employeeId: c.aIds.employeeId }],
});

// A's imported card statement (the import id is the file's SHA-256).
const importFile = Buffer.from(
  `이용일자,가맹점명,이용금액\n${kstDate()},A의 단골가게,"9,900"\n`,
);
const importId = createHash("sha256").update(importFile).digest("hex");

/** What A can see of itself: compared before and after B's attempts. */
async function snapshot(a: Session) {
  const [profile, members, me, invoices, clients] = await Promise.all([
    call("GET", "/api/tenant/profile", { session: a }),
    call("GET", "/api/tenant/members", { session: a }),
    call("GET", "/api/me", { session: a }),
    call("GET", "/api/invoices", { session: a }),
    call("GET", "/api/clients", { session: a }),
  ]);
  const [ledger, stock, audit, imported] = await Promise.all([
    call("GET", `/api/ledger/entries?month=${kstMonth()}`, { session: a }),
    call("GET", "/api/ledger/stock/2026", { session: a }),
    call("GET", "/api/ledger/audit", { session: a }),
    call("GET", `/api/ledger/imports/${importId}`, { session: a }),
  ]);
  const [site, bookings, customers, auditLog, deletion] = await Promise.all([
    call("GET", "/api/site", { session: a }),
    call("GET", "/api/bookings", { session: a }),
    call("GET", "/api/customers", { session: a }),
    call("GET", "/api/audit", { session: a }),
    call("GET", "/api/account/deletion", { session: a }),
  ]);
  return {
    auditLog: auditLog.json,
    deletion: deletion.json,
    site: site.json,
    bookings: bookings.json,
    customers: customers.json,
    profile: profile.json,
    members: members.json,
    me: { ...me.json, csrfToken: undefined },
    invoices: invoices.json,
    clients: clients.json,
    ledger: ledger.json,
    stock: stock.json,
    audit: audit.json,
    imported: imported.json,
  };
}

describe("tenant isolation", () => {
  let ctx: Ctx;
  beforeAll(async () => {
    const [a, b] = await Promise.all([
      newTenant({ businessName: "A미용실" }),
      newTenant({ businessName: "B안경점", industry: "optician" }),
    ]);
    const employee = await addEmployee(a, { name: "A직원" });
    const run = await call("POST", "/api/payroll/runs", {
      session: a,
      body: {
        month: "2026-05",
        payDate: "2026-05-25",
        lines: [{ employeeId: employee.id }],
      },
    });
    await call("POST", `/api/payroll/runs/${run.json.id}/confirm`, {
      session: a,
    });
    const client = buyer({ name: "A거래처" });
    await call("POST", "/api/clients", { session: a, body: client });
    const invoice = await issueInvoice(a, { buyer: client });
    const draft = await call("POST", "/api/invoices", {
      session: a,
      body: invoiceBody({ buyer: client }),
    });
    const entry = await call("POST", "/api/ledger/entries", {
      session: a,
      body: {
        date: kstDate(),
        account: "rent",
        kind: "expense",
        description: "A의 월세",
        amount: 1_100_000,
        evidence: "taxInvoice",
      },
    });
    const imp = await call("POST", "/api/ledger/imports/preview", {
      session: a,
      body: { filename: "a.csv", base64: importFile.toString("base64") },
    });
    const imported = await call("POST", "/api/ledger/imports", {
      session: a,
      body: {
        id: imp.json.id,
        filename: "a.csv",
        total: 1,
        start: 0,
        rows: [{ ...imp.json.rows[0], include: true }],
      },
    });
    expect(imported.json).toMatchObject({ id: importId, imported: 1 });
    // A closed 요금 명세 for 2023-01 (no other test closes that month).
    Metering.record(
      a.tenantId,
      "tenant",
      newMeter(),
      Date.parse("2023-01-15T00:00:00Z"),
    );
    await Metering.flush();
    await Billing.closeMonth("2023-01");
    // A's homepage, published, with one booking (and so one customer card).
    process.env.GOLMOK_SITES_DIR ??= mkdtempSync(
      resolve(tmpdir(), "golmok-xt-sites-"),
    );
    const aDraft = (await call("GET", "/api/site", { session: a })).json;
    const aSite = {
      slug: `a-${a.tenantId.slice(-8)}`,
      theme: aDraft.theme,
      title: aDraft.title,
      description: aDraft.description,
      blocks: aDraft.blocks,
    };
    await call("PUT", "/api/site", { session: a, body: aSite });
    await call("POST", "/api/site/publish", { session: a });
    let day = kstDate(Date.now() + 2 * 86_400_000);
    while ([0, 1].includes(new Date(`${day}T00:00:00Z`).getUTCDay()))
      day = kstDate(Date.parse(`${day}T12:00:00Z`) + 86_400_000);
    const booking = await call(
      "POST",
      `/api/public/sites/${aSite.slug}/bookings`,
      {
        body: {
          name: "A손님",
          phone: "010-1212-3434",
          email: uniqueEmail("a-visitor"),
          consent: true,
          service: "커트",
          date: day,
          time: "10:00",
        },
      },
    );
    if (booking.status !== 201) throw new Error(`A's booking: ${booking.text}`);
    const customers = await call("GET", "/api/customers", { session: a });
    const exported = await call("POST", "/api/account/exports", {
      session: a,
      body: {},
    });
    if (exported.status !== 202)
      throw new Error(`A's export: ${exported.text}`);
    // Built in this process: A's export is ready (and downloadable) before B tries to fetch it.
    await Account.exportsSettled();
    await call("POST", "/api/tenant/invites", {
      session: a,
      body: { email: uniqueEmail("a-staff"), role: "staff" },
    });
    const member = (
      await call("GET", "/api/tenant/members", { session: a })
    ).json.members.find((m: { role: string }) => m.role === "staff");
    const audit = (await call("GET", "/api/audit", { session: a })).json;
    ctx = {
      a,
      b,
      aSite,
      aIds: {
        bookingId: booking.json.id,
        exportId: exported.json.id,
        auditCursor: Buffer.from(`AUDIT#${audit.items[0].at}#x`).toString(
          "base64url",
        ),
        customerId: customers.json.items[0].id,
        statementMonth: "2023-01",
        importId,
        entryId: entry.json.id,
        entryDate: kstDate(),
        clientBizNo: client.bizNo,
        invoiceId: invoice.id,
        draftId: draft.json.id,
        tenantId: a.tenantId,
        userId: a.userId,
        employeeId: employee.id,
        runId: run.json.id,
        memberId: member.id,
      },
    };
  });

  it("every documented operation has an isolation case", async () => {
    const missing = (await documentedOperations())
      .map((o) => `${o.method} ${o.path}`)
      .filter((k) => !(k in CASES));
    expect(missing).toEqual([]);
  });

  it("tenant B never reads or changes tenant A's data through any route", async () => {
    const before = await snapshot(ctx.a);
    const aSecrets = [
      ctx.a.tenantId,
      ctx.a.userId,
      ctx.a.email,
      "A미용실",
      before.profile.bizNo,
      "A의 월세",
      "A손님",
      "A의 단골가게",
      "A거래처", // A's client; its 사업자번호 is no secret (B sends it in its own requests)
      before.invoices.items[0].approvalNo,
      ctx.aIds.exportId,
    ];
    for (const op of await documentedOperations()) {
      const spec = CASES[`${op.method} ${op.path}`](ctx);
      if (spec === "public") continue;
      const res = await call(op.method, spec.path, {
        session: ctx.b,
        body: spec.body,
      });
      expect(res.status, `${op.method} ${op.path}`).toBeLessThan(500);
      for (const secret of aSecrets)
        expect(
          res.text,
          `${op.method} ${op.path} leaked ${secret}`,
        ).not.toContain(secret);
      if (op.path === "/api/auth/logout")
        ctx.b = await login(ctx.b.email, ctx.b.password, ctx.b.ip);
    }
    expect(await snapshot(ctx.a)).toEqual(before);
  });
});
