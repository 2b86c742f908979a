import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import JSZip from "jszip";
import { Account } from "../../core/account";
import ExcelJS from "exceljs";
import { QueryCommand, ScanCommand } from "@aws-sdk/client-dynamodb";
import {
  call,
  login,
  mailbox,
  newTenant,
  uniqueEmail,
  type Session,
} from "../support/api";
import { members } from "../support/members";
import { addEmployee } from "../support/payroll";
import { buyer, issueInvoice } from "../support/invoice";
import { dynamo, fromItem, type Item } from "../../core/db/client";
import { tableName } from "../../core/db/table";
import { kstDate } from "../../core/time";
import { purgeDue, purgeTenant } from "../../core/account/purge";
import { localStorage as siteFiles } from "../../core/site/storage";
import { Audit } from "../../core/audit";
import { Metering } from "../../core/metering";
import { newMeter } from "../../core/metering/meter";

process.env.GOLMOK_SITES_DIR ??= mkdtempSync(
  resolve(tmpdir(), "golmok-acct-sites-"),
);

/** Test only: every item of the table (the product never scans). */
async function scanAll(): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let start: Item | undefined;
  do {
    const res = await dynamo().send(
      new ScanCommand({ TableName: tableName(), ExclusiveStartKey: start }),
    );
    for (const i of res.Items ?? []) out.push(fromItem(i)!);
    start = res.LastEvaluatedKey;
  } while (start);
  return out;
}
const mentioning = (items: Record<string, unknown>[], needle: string) =>
  items.filter((i) => JSON.stringify(i).includes(needle));

async function publishSite(s: Session) {
  const draft = (await call("GET", "/api/site", { session: s })).json;
  const site = {
    slug: `p-${s.tenantId.slice(-10)}`,
    theme: draft.theme,
    title: draft.title,
    description: draft.description,
    blocks: draft.blocks,
  };
  expect(
    (await call("PUT", "/api/site", { session: s, body: site })).status,
  ).toBe(200);
  expect((await call("POST", "/api/site/publish", { session: s })).status).toBe(
    200,
  );
  let day = kstDate(Date.now() + 2 * 86_400_000);
  while ([0, 1].includes(new Date(`${day}T00:00:00Z`).getUTCDay()))
    day = kstDate(Date.parse(`${day}T12:00:00Z`) + 86_400_000);
  const booking = await call(
    "POST",
    `/api/public/sites/${site.slug}/bookings`,
    {
      body: {
        name: "퍼지손님",
        phone: "010-2323-4545",
        email: uniqueEmail("visitor"),
        consent: true,
        service: "커트",
        date: day,
        time: "10:00",
      },
    },
  );
  expect(booking.status, booking.text).toBe(201);
  return site.slug;
}

/** Asks for the export (202, building), follows it until it is ready (built in this process). */
async function makeExport(s: Session, personalNumbers = false) {
  const asked = await call("POST", "/api/account/exports", {
    session: s,
    body: { personalNumbers },
  });
  expect(asked.status, asked.text).toBe(202);
  expect(asked.json.status).toBe("building");
  let made = asked;
  await expect
    .poll(
      async () => {
        made = await call("GET", `/api/account/exports/${asked.json.id}`, {
          session: s,
        });
        return made.json.status;
      },
      { timeout: 20_000, interval: 100 },
    )
    .toBe("ready");
  return made.json as {
    id: string;
    status: string;
    url: string;
    bytes: number;
    files: number;
  };
}

async function download(s: Session, personalNumbers = false) {
  const made = await makeExport(s, personalNumbers);
  const { api } = await import("../../functions/app");
  const res = await api.request(made.url, {
    headers: { cookie: s.cookie, "x-forwarded-for": s.ip },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/zip");
  return {
    made,
    zip: await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer())),
  };
}

describe("your data is yours", () => {
  let a: Session;
  let b: Session;
  let staff: Session;
  let accountant: Session;
  let slug: string;
  let invoice: { id: string; approvalNo: string };
  let employeeId: string;
  let bBizNo: string;

  beforeAll(async () => {
    [a, b] = await Promise.all([
      newTenant({ businessName: "퍼지미용실" }),
      newTenant({ businessName: "남는안경점", industry: "optician" }),
    ]);
    bBizNo = (await call("GET", "/api/tenant/profile", { session: b })).json
      .bizNo;
    staff = await members.invite(a, "staff");
    accountant = await members.invite(a, "accountant");
    // A pending invitation: its e-mail token lives outside A's partition.
    await call("POST", "/api/tenant/invites", {
      session: a,
      body: { email: uniqueEmail("pending"), role: "staff" },
    });
    // A's invoice to B (B's inbox gets a copy), e-mailed (a recipient link).
    invoice = await issueInvoice(a, {
      buyer: buyer({ bizNo: bBizNo, name: "남는안경점" }),
    });
    const sent = await call("POST", `/api/invoices/${invoice.id}/send`, {
      session: a,
      body: { to: [uniqueEmail("buyer")] },
    });
    expect(sent.status, sent.text).toBe(200);
    await issueInvoice(b, { buyer: buyer({ name: "B의 거래처" }) });
    const entry = await call("POST", "/api/ledger/entries", {
      session: a,
      body: {
        date: kstDate(),
        account: "rent",
        kind: "expense",
        description: "퍼지 월세",
        amount: 550_000,
        evidence: "taxInvoice",
      },
    });
    expect(entry.status, entry.text).toBe(201);
    const employee = await addEmployee(a, { name: "퍼지직원" });
    employeeId = employee.id;
    const run = await call("POST", "/api/payroll/runs", {
      session: a,
      body: {
        month: "2026-04",
        payDate: "2026-04-25",
        lines: [{ employeeId }],
      },
    });
    expect(run.status, run.text).toBe(201);
    const confirmed = await call(
      "POST",
      `/api/payroll/runs/${run.json.id}/confirm`,
      { session: a },
    );
    expect(confirmed.status, confirmed.text).toBe(200);
    slug = await publishSite(a);
  });

  it("the owner downloads everything of the shop as one zip, and nothing of another shop", async () => {
    const { zip, made } = await download(a);
    expect(made.bytes).toBeGreaterThan(1000);
    const names = Object.keys(zip.files);
    const json = async (n: string) =>
      JSON.parse(await zip.file(`data/${n}`)!.async("string"));
    const profile = await json("profile.json");
    expect(profile).toMatchObject({
      id: a.tenantId,
      businessName: "퍼지미용실",
    });
    const people = await json("members.json");
    expect(people.map((m: { role: string }) => m.role).sort()).toEqual([
      "accountant",
      "owner",
      "staff",
      "staff",
    ]);
    expect(JSON.stringify(people)).not.toContain("passwordHash");
    expect(JSON.stringify(people)).not.toContain("scrypt");
    const invoices = await json("invoices.json");
    expect(invoices.map((i: { id: string }) => i.id)).toContain(invoice.id);
    expect(await json("ledger-entries.json")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ description: "퍼지 월세" }),
      ]),
    );
    const employees = await json("payroll-employees.json");
    expect(employees[0]).toMatchObject({
      name: "퍼지직원",
      rrnMasked: "900101-1******",
    });
    expect(JSON.stringify(employees)).not.toContain("900101-1234567");
    expect(JSON.stringify(employees)).not.toContain("rrnSealed");
    expect(await json("payroll-runs.json")).toHaveLength(1);
    expect(await json("bookings.json")).toHaveLength(1);
    expect((await json("customers.json"))[0]).toMatchObject({
      name: "퍼지손님",
    });
    expect((await json("site.json")).slug).toBe(slug);
    expect((await json("usage.json")).length).toBeGreaterThan(0);
    const audit = await json("audit-log.json");
    expect(audit.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        "invoice.issue",
        "payroll.confirm",
        "auth.login",
      ]),
    );
    // The invoice as the NTS XML and the PDF.
    const xmlName = names.find(
      (n) => n.startsWith("invoices/") && n.endsWith(".xml"),
    )!;
    expect(await zip.file(xmlName)!.async("string")).toContain(
      invoice.approvalNo,
    );
    const pdfName = names.find(
      (n) => n.startsWith("invoices/") && n.endsWith(".pdf"),
    )!;
    const pdf = await zip.file(pdfName)!.async("uint8array");
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
    // The books as the NTS-layout workbook, readable by exceljs.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await zip
        .file(`ledger/간편장부_${kstDate().slice(0, 4)}.xlsx`)!
        .async("nodebuffer")) as never,
    );
    const cells: string[] = [];
    book.eachSheet((s) =>
      s.eachRow((r) => r.eachCell((c) => void cells.push(String(c.value)))),
    );
    expect(cells).toContain("퍼지 월세");
    // The homepage as visitors get it.
    const html = await zip.file("homepage/index.html")!.async("string");
    expect(html).toContain("<!doctype html");
    expect(names).toContain("homepage/site.css");
    // Nothing of B anywhere, no secrets anywhere.
    for (const n of names) {
      if (zip.files[n].dir) continue;
      const text = await zip.file(n)!.async("string");
      expect(text, n).not.toContain(b.tenantId);
      expect(text, n).not.toContain("B의 거래처");
      expect(text, n).not.toContain(a.password);
    }
    const manifest = JSON.parse(
      await zip.file("manifest.json")!.async("string"),
    );
    expect(manifest).toMatchObject({
      tenantId: a.tenantId,
      personalNumbers: false,
    });
  });

  it("full resident and account numbers only when the owner asks for them", async () => {
    const { zip } = await download(a, true);
    const employees = JSON.parse(
      await zip.file("data/payroll-employees.json")!.async("string"),
    );
    expect(employees[0]).toMatchObject({
      rrn: "900101-1234567",
      bankAccount: "국민 123456-01-987654",
    });
    const audit = await call("GET", "/api/audit", { session: a });
    const exports = audit.json.items.filter(
      (e: { action: string }) => e.action === "data.export",
    );
    expect(exports[0].detail).toMatchObject({ personalNumbers: true });
    expect(JSON.stringify(audit.json)).not.toContain("900101-1234567");
  });

  it("asking several times at once builds one zip per choice; once it is ready, asking again builds anew", async () => {
    // Every audit entry of A's exports, read from the table (the audit page shows 50 at a time).
    const auditExports = async () =>
      (
        await dynamo().send(
          new QueryCommand({
            TableName: tableName(),
            KeyConditionExpression: "pk = :pk AND begins_with(sk, :audit)",
            FilterExpression: "#action = :export",
            ExpressionAttributeNames: { "#action": "action" },
            ExpressionAttributeValues: {
              ":pk": { S: `T#${a.tenantId}` },
              ":audit": { S: "AUDIT#" },
              ":export": { S: "data.export" },
            },
            ConsistentRead: true,
          }),
        )
      ).Count ?? 0;
    const before = await auditExports();
    const ask = (personalNumbers: boolean) =>
      call("POST", "/api/account/exports", {
        session: a,
        body: { personalNumbers },
      });
    const asked = await Promise.all([
      ask(false),
      ask(false),
      ask(true),
      ask(false),
      ask(true),
    ]);
    for (const r of asked) expect(r.status, r.text).toBe(202);
    const masked = new Set([0, 1, 3].map((i) => asked[i].json.id));
    const full = new Set([2, 4].map((i) => asked[i].json.id));
    expect(masked.size).toBe(1);
    expect(full.size).toBe(1);
    expect([...masked][0]).not.toBe([...full][0]);
    expect(await auditExports()).toBe(before + 2);
    await Account.exportsSettled();
    const list = await call("GET", "/api/account/exports", { session: a });
    const built = list.json.items.filter((e: { id: string }) =>
      [...masked, ...full].includes(e.id),
    );
    expect(built.map((e: { status: string }) => e.status)).toEqual([
      "ready",
      "ready",
    ]);
    // The lock still names the finished build: a new ask takes it over with a new build.
    const again = await makeExport(a);
    expect(masked.has(again.id)).toBe(false);
    expect(await auditExports()).toBe(before + 3);
  });

  it("staff and accountant cannot export, delete or read the audit log; B cannot fetch A's export", async () => {
    const made = await makeExport(a);
    for (const s of [staff, accountant]) {
      for (const [method, path, body] of [
        ["POST", "/api/account/exports", {}],
        ["GET", "/api/account/exports", undefined],
        ["GET", `/api/account/exports/${made.id}`, undefined],
        ["GET", made.url, undefined],
        ["GET", "/api/account/deletion", undefined],
        [
          "POST",
          "/api/account/deletion",
          { password: s.password, businessName: "퍼지미용실" },
        ],
        ["POST", "/api/account/deletion/cancel", undefined],
        ["GET", "/api/audit", undefined],
      ] as const) {
        const res = await call(method, path, { session: s, body });
        expect(res.status, `${s.email} ${method} ${path}`).toBe(403);
      }
    }
    for (const path of [made.url, `/api/account/exports/${made.id}`]) {
      const stolen = await call("GET", path, { session: b });
      expect(stolen.status).toBe(404);
      expect(stolen.json.code).toBe("export_not_found");
    }
    const mine = await call("GET", "/api/account/exports", { session: b });
    expect(mine.json.items.map((e: { id: string }) => e.id)).not.toContain(
      made.id,
    );
  });

  it("the audit log records sign-ins, members, exports, invoices and payroll, newest first, in pages", async () => {
    await call("POST", "/api/auth/login", {
      body: { email: a.email, password: "wrong-password-1" },
    });
    const first = await call("GET", "/api/audit", { session: a });
    expect(first.status).toBe(200);
    const actions = first.json.items.map((e: { action: string }) => e.action);
    for (const action of [
      "auth.login",
      "auth.login_failed",
      "member.invite",
      "member.join",
      "invoice.issue",
      "payroll.confirm",
      "data.export",
    ])
      expect(actions, action).toContain(action);
    const ats = first.json.items.map((e: { at: string }) => e.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    const issue = first.json.items.find(
      (e: { action: string }) => e.action === "invoice.issue",
    );
    expect(issue).toMatchObject({
      label: "세금계산서 발급",
      userEmail: a.email,
      detail: { invoiceId: invoice.id, approvalNo: invoice.approvalNo },
    });
    expect(first.text).not.toContain(a.password);
    expect(first.text).not.toContain("wrong-password-1");
    // Pages of 50: enough entries (sign-ins are rate-limited per account, so written directly)
    // make a second page that continues where the first stopped.
    for (let i = 0; i < 50; i++)
      await Audit.record(
        a.tenantId,
        "auth.login",
        {},
        { userId: staff.userId },
      );
    const page1 = await call("GET", "/api/audit", { session: a });
    expect(page1.json.items).toHaveLength(50);
    expect(page1.json.cursor).toBeTruthy();
    const page2 = await call("GET", `/api/audit?cursor=${page1.json.cursor}`, {
      session: a,
    });
    expect(page2.json.items.length).toBeGreaterThan(0);
    expect(page2.json.items[0].at <= page1.json.items[49].at).toBe(true);
    const ids1 = new Set(page1.json.items.map((e: { id: string }) => e.id));
    expect(page2.json.items.some((e: { id: string }) => ids1.has(e.id))).toBe(
      false,
    );
    // A cursor of another shape is refused by field; B's log never shows A's entries.
    const bad = await call(
      "GET",
      `/api/audit?cursor=${Buffer.from("T#x").toString("base64url")}`,
      { session: a },
    );
    expect(bad.status).toBe(400);
    expect(bad.json.fields[0].field).toBe("cursor");
    const bLog = await call("GET", `/api/audit?cursor=${page1.json.cursor}`, {
      session: b,
    });
    expect(bLog.text).not.toContain(a.tenantId);
    expect(bLog.text).not.toContain(invoice.id);
  });

  // Scans the shared table several times (it holds every test file's items): slow on a busy machine.
  it(
    "deletion: password and business name again, 30 days read-only, cancellable, then every item goes",
    { timeout: 120_000 },
    async () => {
      const wrong = await call("POST", "/api/account/deletion", {
        session: a,
        body: { password: "not-my-password", businessName: "퍼지미용실" },
      });
      expect(wrong.status).toBe(400);
      expect(wrong.json).toMatchObject({
        code: "password_incorrect",
        fields: [{ field: "password" }],
      });
      const mistyped = await call("POST", "/api/account/deletion", {
        session: a,
        body: { password: a.password, businessName: "퍼지 미용실" },
      });
      expect(mistyped.status).toBe(400);
      expect(mistyped.json).toMatchObject({
        code: "confirmation_mismatch",
        fields: [{ field: "businessName" }],
      });
      const empty = await call("POST", "/api/account/deletion", {
        session: a,
        body: {},
      });
      expect(empty.status).toBe(400);

      const asked = await call("POST", "/api/account/deletion", {
        session: a,
        body: { password: a.password, businessName: "퍼지미용실" },
      });
      expect(asked.status, asked.text).toBe(200);
      const days =
        (Date.parse(asked.json.purgeAfter) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(29.9);
      expect(days).toBeLessThanOrEqual(30);
      // The owner is told by e-mail; every member sees the date on sign-in.
      const [notice] = await mailbox(a.email, { wait: 1 }).then((m) =>
        m.filter((x) => x.subject.includes("계정 삭제")),
      );
      expect(notice.body.text).toContain("삭제");
      const me = await call("GET", "/api/me", { session: staff });
      expect(me.json.tenant.deletion.purgeAfter).toBe(asked.json.purgeAfter);
      // Read-only: writes refused, reads and the export still work.
      const write = await call("POST", "/api/ledger/entries", {
        session: a,
        body: {
          date: kstDate(),
          account: "rent",
          kind: "expense",
          description: "x",
          amount: 1,
        },
      });
      expect(write.status).toBe(403);
      expect(write.json.code).toBe("tenant_deletion_pending");
      expect((await call("GET", "/api/invoices", { session: a })).status).toBe(
        200,
      );
      expect((await makeExport(a)).status).toBe("ready");
      const again = await call("POST", "/api/account/deletion", {
        session: a,
        body: { password: a.password, businessName: "퍼지미용실" },
      });
      expect(again.status).toBe(409);
      // Not due yet: the purge leaves it alone.
      expect(await purgeTenant(a.tenantId)).toMatchObject({
        status: "not_due",
      });

      // Cancel: writable again.
      const cancelled = await call("POST", "/api/account/deletion/cancel", {
        session: a,
      });
      expect(cancelled.json).toMatchObject({ pending: false });
      expect(
        (
          await call("POST", "/api/ledger/entries", {
            session: a,
            body: {
              date: kstDate(),
              account: "rent",
              kind: "expense",
              description: "취소 뒤",
              amount: 1_000,
            },
          })
        ).status,
      ).toBe(201);
      expect(
        (await call("POST", "/api/account/deletion/cancel", { session: a }))
          .status,
      ).toBe(409);
      const log = (
        await call("GET", "/api/audit", { session: a })
      ).json.items.map((e: { action: string }) => e.action);
      expect(log.slice(0, 4)).toEqual(
        expect.arrayContaining([
          "account.deletion_cancelled",
          "account.deletion_requested",
        ]),
      );

      // Asked again, and 31 days later the daily purge runs.
      expect(
        (
          await call("POST", "/api/account/deletion", {
            session: a,
            body: { password: a.password, businessName: "퍼지미용실" },
          })
        ).status,
      ).toBe(200);
      // Usage counted in this process lands now, not in the middle of the comparison below.
      await Metering.flush();
      const before = await scanAll();
      expect(mentioning(before, a.tenantId).length).toBeGreaterThan(30);
      // B's own items, less sessions, rate-limit windows and usage counters, which move on their own.
      const bOwn = (i: Record<string, unknown>) =>
        !String(i.pk).startsWith("SESSION#") &&
        !String(i.pk).startsWith("RL#") &&
        !/^(USAGE|BILLMONTH)#/.test(String(i.sk));
      const bBefore = mentioning(before, b.tenantId).filter(bOwn);
      expect(
        existsSync(resolve(process.env.GOLMOK_SITES_DIR!, slug, "index.html")),
      ).toBe(true);

      // A run cut short (the homepage files could not be removed) is finished by the next one.
      const later = Date.now() + 31 * 86_400_000;
      const spy = vi
        .spyOn(siteFiles, "remove")
        .mockRejectedValueOnce(new Error("disk"));
      await expect(purgeDue(later)).rejects.toThrow("disk");
      spy.mockRestore();
      const results = await purgeDue(later);
      expect(results.find((r) => r.tenantId === a.tenantId)).toMatchObject({
        status: "purged",
      });

      const after = await scanAll();
      expect(mentioning(after, a.tenantId)).toEqual([]);
      // B's copy of A's invoice names A as its supplier (B's tax record): the only mention left.
      const notBsInvoice = (i: Record<string, unknown>) =>
        !(i.pk === `T#${b.tenantId}` && String(i.sk).startsWith("RCV#"));
      for (const needle of [
        a.email,
        staff.email,
        accountant.email,
        `SLUG#${slug}`,
        "퍼지미용실",
        "퍼지손님",
      ])
        expect(mentioning(after, needle).filter(notBsInvoice), needle).toEqual(
          [],
        );
      expect(existsSync(resolve(process.env.GOLMOK_SITES_DIR!, slug))).toBe(
        false,
      );
      expect(
        existsSync(resolve(process.env.GOLMOK_EXPORTS_DIR!, a.tenantId)),
      ).toBe(false);
      // B is untouched — its copy of A's invoice stays B's, without A's id.
      const bAfter = mentioning(after, b.tenantId).filter(bOwn);
      const strip = (i: Record<string, unknown>) => {
        const { supplierTenantId: _s, gsi1pk: _g, gsi1sk: _h, ...rest } = i;
        return rest;
      };
      expect(bAfter.map(strip)).toEqual(bBefore.map(strip));
      const received = await call("GET", "/api/invoices/received", {
        session: b,
      });
      expect(received.json.received.map((i: { id: string }) => i.id)).toContain(
        invoice.id,
      );
      const accepted = await call(
        "POST",
        `/api/invoices/received/${invoice.id}/accept`,
        { session: b },
      );
      expect(accepted.status, accepted.text).toBe(200);
      // Usage a container counted for A before the purge and flushes after it is dropped: no usage
      // item or billing marker comes back for the monthly close to find.
      Metering.record(a.tenantId, "tenant", {
        ...newMeter(),
        readUnits: 1,
        dbCalls: 1,
      });
      await Metering.flush();
      expect(mentioning(await scanAll(), a.tenantId)).toEqual([]);
      // A's members cannot sign in, A's old session is nobody; purging again changes nothing.
      await expect(login(a.email, a.password)).rejects.toThrow("401");
      expect((await call("GET", "/api/me", { session: a })).status).toBe(401);
      expect(await purgeTenant(a.tenantId, later)).toMatchObject({
        status: "gone",
      });
      expect(mentioning(await scanAll(), a.tenantId)).toEqual([]);
    },
  );
});
