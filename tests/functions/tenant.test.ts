import { describe, expect, it } from "vitest";
import {
  call,
  linkToken,
  login,
  mailbox,
  newTenant,
  randomBizNo,
  uniqueEmail,
} from "../support/api";
import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { withActor } from "../../core/actor";
import { dynamo, getItem, toItem } from "../../core/db/client";
import { Keys } from "../../core/db/keys";
import { tableName } from "../../core/db/table";
import { Metering } from "../../core/metering";
import { kstMonth } from "../../core/time";
import { setAttributes } from "../support/db";

const profile = (overrides: Record<string, unknown> = {}) => ({
  businessName: "골목헤어 본점",
  ownerName: "김골목",
  bizNo: "",
  branchNo: "0001",
  address: "서울특별시 마포구 골목로 1",
  businessType: "서비스",
  businessItem: "미용업",
  taxType: "general",
  contactEmail: "tax@example.com",
  contactPhone: "02-123-4567",
  industry: "salon",
  ...overrides,
});

describe("business profile", () => {
  it("the owner edits the profile invoices will use; it is read back as saved", async () => {
    const s = await newTenant();
    const bizNo = randomBizNo();
    const put = await call("PUT", "/api/tenant/profile", {
      session: s,
      body: profile({
        bizNo: `${bizNo.slice(0, 3)}-${bizNo.slice(3, 5)}-${bizNo.slice(5)}`,
      }),
    });
    expect(put.status).toBe(200);
    const got = await call("GET", "/api/tenant/profile", { session: s });
    expect(got.json).toMatchObject(
      profile({ bizNo, contactPhone: "021234567" }),
    );
    const me = await call("GET", "/api/me", { session: s });
    expect(me.json.tenant.businessName).toBe("골목헤어 본점");
  });

  it("refuses bad fields with Korean messages and keeps the old profile", async () => {
    const s = await newTenant();
    const before = await call("GET", "/api/tenant/profile", { session: s });
    const res = await call("PUT", "/api/tenant/profile", {
      session: s,
      body: profile({
        branchNo: "12",
        taxType: "none",
        bizNo: "1234567890",
        contactEmail: "not-mail",
      }),
    });
    expect(res.status).toBe(400);
    const fields = res.json.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(["branchNo", "taxType", "bizNo", "contactEmail"]),
    );
    expect(
      (await call("GET", "/api/tenant/profile", { session: s })).json,
    ).toEqual(before.json);
  });

  it("a 사업자번호 already used by another tenant is refused and nothing changes", async () => {
    const a = await newTenant();
    const b = await newTenant();
    const aBiz = (await call("GET", "/api/tenant/profile", { session: a })).json
      .bizNo;
    const res = await call("PUT", "/api/tenant/profile", {
      session: b,
      body: profile({ bizNo: aBiz }),
    });
    expect(res.status).toBe(409);
    expect(res.json.code).toBe("bizno_taken");
    expect(
      (await call("GET", "/api/tenant/profile", { session: b })).json
        .businessName,
    ).toBe("골목미용실");
  });

  it("changing the 사업자번호 frees the old one for others", async () => {
    const a = await newTenant();
    const old = (await call("GET", "/api/tenant/profile", { session: a })).json
      .bizNo;
    expect(
      (
        await call("PUT", "/api/tenant/profile", {
          session: a,
          body: profile({ bizNo: randomBizNo() }),
        })
      ).status,
    ).toBe(200);
    const b = await newTenant();
    expect(
      (
        await call("PUT", "/api/tenant/profile", {
          session: b,
          body: profile({ bizNo: old }),
        })
      ).status,
    ).toBe(200);
  });
});

describe("members and roles", () => {
  async function invited(role: "staff" | "accountant") {
    const owner = await newTenant();
    const email = uniqueEmail(role);
    const inv = await call("POST", "/api/tenant/invites", {
      session: owner,
      body: { email, role },
    });
    expect(inv.status).toBe(201);
    const [mail] = await mailbox(email);
    expect(mail.subject).toContain("골목미용실");
    const token = linkToken(mail, "/invite");
    const info = await call("GET", `/api/auth/invite?token=${token}`);
    expect(info.json).toEqual({ email, businessName: "골목미용실", role });
    const accept = await call("POST", "/api/auth/invite/accept", {
      body: { token, name: "이직원", password: "scissors-42!" },
    });
    expect(accept.status).toBe(200);
    expect(accept.json.user.role).toBe(role);
    const member = await login(email, "scissors-42!");
    return { owner, member, email, token };
  }

  it("an invited staff member joins, sees the profile and the member list, but cannot edit or invite", async () => {
    const { owner, member, email, token } = await invited("staff");
    expect(member.tenantId).toBe(owner.tenantId);
    expect(
      (await call("GET", "/api/tenant/profile", { session: member })).status,
    ).toBe(200);
    const members = await call("GET", "/api/tenant/members", {
      session: member,
    });
    expect(members.json.members).toContainEqual(
      expect.objectContaining({
        email,
        role: "staff",
        status: "active",
        name: "이직원",
      }),
    );
    const edit = await call("PUT", "/api/tenant/profile", {
      session: member,
      body: profile(),
    });
    expect(edit.status).toBe(403);
    expect(edit.json.code).toBe("forbidden");
    expect(
      (
        await call("POST", "/api/tenant/invites", {
          session: member,
          body: { email: uniqueEmail(), role: "staff" },
        })
      ).status,
    ).toBe(403);
    // The invitation link works once.
    const again = await call("POST", "/api/auth/invite/accept", {
      body: { token, name: "누군가", password: "another-pass-1" },
    });
    expect(again.status).toBe(400);
  });

  it("an accountant (세무사) is read-only: profile and usage yes, edits no", async () => {
    const { member } = await invited("accountant");
    expect(
      (await call("GET", "/api/tenant/profile", { session: member })).status,
    ).toBe(200);
    expect((await call("GET", "/api/usage", { session: member })).status).toBe(
      200,
    );
    expect(
      (
        await call("PUT", "/api/tenant/profile", {
          session: member,
          body: profile(),
        })
      ).status,
    ).toBe(403);
  });

  it("an invitation to an e-mail that already has an account is refused", async () => {
    const a = await newTenant();
    const b = await newTenant();
    const res = await call("POST", "/api/tenant/invites", {
      session: a,
      body: { email: b.email, role: "staff" },
    });
    expect(res.status).toBe(409);
    expect(res.json.code).toBe("email_taken");
  });
});

describe("usage and plan", () => {
  it("counts requests, consumed capacity and e-mails per tenant-month", async () => {
    const s = await newTenant();
    for (let i = 0; i < 5; i++)
      await call("GET", "/api/tenant/profile", { session: s });
    await Metering.flush();
    const res = await call("GET", "/api/usage", { session: s });
    expect(res.status).toBe(200);
    expect(res.json.plan).toEqual({
      id: "basic",
      name: "기본",
      priceKrw: 3300,
    });
    const used = Object.fromEntries(
      res.json.metrics.map((m: { id: string; used: number }) => [m.id, m.used]),
    );
    // Exactly the 5 profile reads: the login ran before there was a session (not attributed),
    // and the usage read itself is recorded only after it answers. Each request counts once.
    expect(used.requests).toBe(5);
    expect(used.dbReadUnits).toBeGreaterThan(0);
    expect(used.emails).toBe(1); // the verification e-mail, counted when SES accepted it
    expect(res.json.resetsAt).toMatch(/T15:00:00.000Z$/); // 00:00 KST on the 1st
  });

  it("keeps counting when the month's usage item is replaced after this process first wrote it", async () => {
    const s = await newTenant();
    await call("GET", "/api/tenant/profile", { session: s });
    await Metering.flush();
    // Another writer replaces the item without the per-module map (a restore, an old format).
    await withActor({ type: "system", tenantId: s.tenantId }, () =>
      dynamo().send(
        new PutItemCommand({
          TableName: tableName(),
          Item: toItem({ ...Keys.usage(kstMonth()), requests: 1, emails: 1 }),
        }),
      ),
    );
    for (let i = 0; i < 3; i++)
      await call("GET", "/api/tenant/profile", { session: s });
    await Metering.flush();
    // Stored, not only held in this process for a later flush (a Lambda would lose it).
    const stored = await withActor(
      { type: "system", tenantId: s.tenantId },
      () =>
        getItem<{ requests: number; byModule: Record<string, number> }>(
          Keys.usage(kstMonth()),
          true,
        ),
    );
    expect(stored?.requests).toBe(4);
    expect(stored?.byModule.tenant).toBe(3);
  });

  it("bills requests past the included quota and answers 429 naming the limit and its reset only at the 5× ceiling", async () => {
    const s = await newTenant();
    const usage = { pk: `T#${s.tenantId}`, sk: `USAGE#${kstMonth()}` };
    await setAttributes(usage, { requests: 50_000 });
    Metering.clearCache();
    const past = await call("GET", "/api/tenant/profile", { session: s });
    expect(past.status).toBe(200);
    await setAttributes(usage, { requests: 250_000 });
    Metering.clearCache();
    const res = await call("GET", "/api/tenant/profile", { session: s });
    expect(res.status).toBe(429);
    expect(res.json.code).toBe("quota_exceeded");
    expect(res.json.message).toContain("API 요청 한도(250,000)");
    expect(res.json.message).toMatch(/\d+월 1일 0시에 초기화/);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("validates the month query", async () => {
    const s = await newTenant();
    const res = await call("GET", "/api/usage?month=2026-13", { session: s });
    expect(res.status).toBe(400);
    expect(res.json.fields[0].field).toBe("month");
  });
});
