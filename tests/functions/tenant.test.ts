import { describe, expect, it } from "vitest";
import {
  call,
  linkToken,
  login,
  mailbox,
  newTenant,
  randomBizNo,
  uniqueEmail,
  type Session,
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

  const memberId = async (owner: Session, email: string) =>
    (
      await call("GET", "/api/tenant/members", { session: owner })
    ).json.members.find((m: { email: string }) => m.email === email)
      .id as string;
  const auditActions = async (owner: Session) =>
    (await call("GET", "/api/audit", { session: owner })).json.items as {
      action: string;
      detail: Record<string, unknown>;
    }[];

  it("the owner changes a member's role: the member signs in again and holds the new role; the audit log records it", async () => {
    const { owner, member, email } = await invited("staff");
    const id = await memberId(owner, email);
    // Staff do not see usage; an accountant does.
    expect((await call("GET", "/api/usage", { session: member })).status).toBe(
      403,
    );
    // Only the owner changes roles, never the owner's own, and only to a role that exists.
    const bySelf = await call("PATCH", `/api/tenant/members/${id}`, {
      session: member,
      body: { role: "accountant" },
    });
    expect(bySelf.status).toBe(403);
    const ownerRole = await call(
      "PATCH",
      `/api/tenant/members/${owner.userId}`,
      { session: owner, body: { role: "staff" } },
    );
    expect(ownerRole.status).toBe(403);
    expect(ownerRole.json.code).toBe("owner_fixed");
    const bad = await call("PATCH", `/api/tenant/members/${id}`, {
      session: owner,
      body: { role: "owner" },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.fields.map((f: { field: string }) => f.field)).toEqual([
      "role",
    ]);
    const unknown = await call(
      "PATCH",
      `/api/tenant/members/usr_${"0".repeat(26)}`,
      { session: owner, body: { role: "accountant" } },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe("member_not_found");

    const changed = await call("PATCH", `/api/tenant/members/${id}`, {
      session: owner,
      body: { role: "accountant" },
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ id, email, role: "accountant" });
    // The old session (which carried "staff") is over; the next sign-in is an accountant's.
    expect((await call("GET", "/api/me", { session: member })).status).toBe(
      401,
    );
    const again = await login(email, "scissors-42!");
    const me = await call("GET", "/api/me", { session: again });
    expect(me.json.user.role).toBe("accountant");
    expect((await call("GET", "/api/usage", { session: again })).status).toBe(
      200,
    );
    const [entry] = (await auditActions(owner)).filter(
      (e) => e.action === "member.role",
    );
    expect(entry.detail).toMatchObject({
      memberUserId: id,
      email,
      from: "staff",
      to: "accountant",
    });
  });

  it("the owner removes a member: their sessions end, they cannot sign in, the e-mail can be invited again", async () => {
    const { owner, member, email } = await invited("staff");
    const id = await memberId(owner, email);
    const byMember = await call("DELETE", `/api/tenant/members/${id}`, {
      session: member,
    });
    expect(byMember.status).toBe(403);
    const owners = await call("DELETE", `/api/tenant/members/${owner.userId}`, {
      session: owner,
    });
    expect(owners.status).toBe(403);
    expect(owners.json.code).toBe("owner_fixed");

    const removed = await call("DELETE", `/api/tenant/members/${id}`, {
      session: owner,
    });
    expect(removed.status).toBe(200);
    expect((await call("GET", "/api/me", { session: member })).status).toBe(
      401,
    );
    const signIn = await call("POST", "/api/auth/login", {
      body: { email, password: "scissors-42!" },
    });
    expect(signIn.status).toBe(401);
    const members = (
      await call("GET", "/api/tenant/members", { session: owner })
    ).json.members.map((m: { email: string }) => m.email);
    expect(members).not.toContain(email);
    expect(
      (await call("DELETE", `/api/tenant/members/${id}`, { session: owner }))
        .status,
    ).toBe(404);
    const [entry] = (await auditActions(owner)).filter(
      (e) => e.action === "member.remove",
    );
    expect(entry.detail).toMatchObject({ memberUserId: id, role: "staff" });
    // The address is free again: the owner can invite it anew.
    const reinvite = await call("POST", "/api/tenant/invites", {
      session: owner,
      body: { email, role: "accountant" },
    });
    expect(reinvite.status).toBe(201);
  });

  it("an invitation not yet accepted can be withdrawn: its link stops working", async () => {
    const owner = await newTenant();
    const email = uniqueEmail("withdrawn");
    await call("POST", "/api/tenant/invites", {
      session: owner,
      body: { email, role: "staff" },
    });
    const token = linkToken((await mailbox(email))[0], "/invite");
    const id = await memberId(owner, email);
    expect(
      (await call("DELETE", `/api/tenant/members/${id}`, { session: owner }))
        .status,
    ).toBe(200);
    expect((await call("GET", `/api/auth/invite?token=${token}`)).status).toBe(
      400,
    );
    const accept = await call("POST", "/api/auth/invite/accept", {
      body: { token, name: "늦은직원", password: "scissors-42!" },
    });
    expect(accept.status).toBe(400);
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
