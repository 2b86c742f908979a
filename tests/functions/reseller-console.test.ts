import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  call,
  linkToken,
  mailbox,
  newTenant,
  randomBizNo,
  uniqueEmail,
} from "../support/api";
import { newReseller, rcall, type TestReseller } from "../support/reseller";
import {
  CONSOLE,
  ccall,
  consoleAdmin,
  consoleLogin,
  type ConsoleSession,
} from "../support/console";
import { admin } from "../../scripts/admin";

async function adminOf(r: TestReseller): Promise<ConsoleSession> {
  return consoleAdmin(r.adminEmail);
}

interface Row {
  sub: string;
  name: string;
  bizNo: string;
  owner: string;
  email: string;
  plan: string;
  industry?: string;
}
const HEADER =
  "가입자번호,상호,사업자등록번호,대표자명,대표 이메일,요금제,업종";
const csvOf = (rows: Row[]) =>
  [
    HEADER,
    ...rows.map((r) =>
      [
        r.sub,
        r.name,
        r.bizNo,
        r.owner,
        r.email,
        r.plan,
        r.industry ?? "미용실",
      ].join(","),
    ),
  ].join("\r\n");

function rowsOf(n: number, tag: string): Row[] {
  return Array.from({ length: n }, (_, i) => ({
    sub: `${tag}-${String(i + 1).padStart(4, "0")}`,
    name: `골목가게 ${i + 1}호`,
    bizNo: randomBizNo(),
    owner: "김대표",
    email: uniqueEmail(`bulk${i}`),
    plan: i % 3 === 0 ? "플러스" : "기본",
  }));
}

async function preview(
  s: ConsoleSession,
  bytes: Buffer,
  filename = "가맹점.csv",
) {
  return ccall("POST", `${CONSOLE}/bulk/preview`, s, {
    body: {
      filename,
      base64: gzipSync(bytes).toString("base64"),
      gzip: true,
    },
  });
}

/** What the browser does: the valid rows of the preview, in chunks, collecting every row's result. */
async function provisionAll(
  s: ConsoleSession,
  rows: { line: number; values: Record<string, string> }[],
  chunk: number,
) {
  const results: {
    line: number;
    status: string;
    code?: string;
    message?: string;
    tenantId?: string;
  }[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    const res = await ccall("POST", `${CONSOLE}/bulk/provision`, s, {
      body: { rows: rows.slice(i, i + chunk) },
    });
    expect(res.status, res.text).toBe(200);
    results.push(...res.json.results);
  }
  return results;
}

describe("reseller admin sign-in", () => {
  it("e-mails the new admin a link, sets the password once and logs in with a console cookie", async () => {
    const r = await newReseller();
    const [mail] = await mailbox(r.adminEmail);
    expect(mail.subject).toContain("판매사 콘솔");
    const token = linkToken(mail, "/console/password");
    // The shop's reset page does not take a console link.
    const shopReset = await call("POST", "/api/auth/password-reset/confirm", {
      body: { token, password: "shop-reset-2026!" },
    });
    expect([shopReset.status, shopReset.json.code]).toEqual([
      400,
      "token_invalid",
    ]);
    const info = await call("GET", `${CONSOLE}/password?token=${token}`);
    expect(info.json).toEqual({ email: r.adminEmail, resellerName: r.name });
    const weak = await call("POST", `${CONSOLE}/password`, {
      body: { token, password: "short" },
    });
    expect([weak.status, weak.json.fields[0].field]).toEqual([400, "password"]);
    const set = await call("POST", `${CONSOLE}/password`, {
      body: { token, password: "console-admin-2026!" },
    });
    expect(set.status, set.text).toBe(200);
    const again = await call("POST", `${CONSOLE}/password`, {
      body: { token, password: "console-admin-2027!" },
    });
    expect([again.status, again.json.code]).toEqual([400, "token_invalid"]);

    const bad = await call("POST", `${CONSOLE}/login`, {
      body: { email: r.adminEmail, password: "console-admin-2027!" },
    });
    expect([bad.status, bad.json.code]).toEqual([401, "invalid_credentials"]);
    const res = await call("POST", `${CONSOLE}/login`, {
      body: { email: r.adminEmail, password: "console-admin-2026!" },
    });
    expect(res.status, res.text).toBe(200);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^golmok_console=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Path=\/api\/reseller-console/);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(res.json.reseller).toMatchObject({
      id: r.id,
      name: r.name,
      kindLabel: "통신사(ISP)",
    });
    const s = await consoleLogin(r.adminEmail, "console-admin-2026!");
    const me = await ccall("GET", `${CONSOLE}/me`, s);
    expect(me.json.admin.email).toBe(r.adminEmail);
    // Logging out ends that session.
    expect((await ccall("POST", `${CONSOLE}/logout`, s)).status).toBe(200);
    expect((await ccall("GET", `${CONSOLE}/me`, s)).status).toBe(401);
  });

  it("adds a second admin to a reseller; an address can be one admin only", async () => {
    const r = await newReseller();
    const email = uniqueEmail("second-admin");
    const out = await admin([
      "reseller",
      "admin",
      "add",
      "--reseller",
      r.id,
      "--email",
      email,
      "--name",
      "박관리",
    ]);
    expect(out).toContain(email);
    const s = await consoleAdmin(email);
    const me = await ccall("GET", `${CONSOLE}/me`, s);
    expect(me.json).toMatchObject({
      admin: { email, name: "박관리" },
      reseller: { id: r.id },
    });
    await expect(
      admin([
        "reseller",
        "admin",
        "add",
        "--reseller",
        r.id,
        "--email",
        r.adminEmail,
      ]),
    ).rejects.toThrow(/이미 판매사 관리자로 등록된 이메일/);
    await expect(
      admin([
        "reseller",
        "admin",
        "add",
        "--reseller",
        "no-such-slug",
        "--email",
        uniqueEmail(),
      ]),
    ).rejects.toThrow(/그런 판매사/);
  });

  it("re-sends an invited admin's set-password link; either link works once, then neither", async () => {
    const r = await newReseller();
    const email = uniqueEmail("late-admin");
    await admin([
      "reseller",
      "admin",
      "add",
      "--reseller",
      r.slug,
      "--email",
      email,
    ]);
    const out = await admin([
      "reseller",
      "admin",
      "reinvite",
      "--reseller",
      r.slug,
      "--email",
      email,
    ]);
    expect(out).toContain("다시 보냈습니다");
    const mails = await mailbox(email, { wait: 2 });
    expect(mails).toHaveLength(2);
    const [first, second] = mails.map((m) => linkToken(m, "/console/password"));
    expect(first).not.toBe(second);
    const set = await call("POST", `${CONSOLE}/password`, {
      body: { token: second, password: "console-admin-2026!" },
    });
    expect(set.status, set.text).toBe(200);
    expect(
      (await consoleLogin(email, "console-admin-2026!")).csrf,
    ).toBeTruthy();
    // The other link cannot reset the password of an admin who has one.
    const stale = await call("POST", `${CONSOLE}/password`, {
      body: { token: first, password: "someone-else-2026!" },
    });
    expect(stale.status).toBe(400);
    await expect(consoleLogin(email, "someone-else-2026!")).rejects.toThrow();
    // An active admin, another reseller's admin and an unknown address get no new link.
    await expect(
      admin([
        "reseller",
        "admin",
        "reinvite",
        "--reseller",
        r.slug,
        "--email",
        email,
      ]),
    ).rejects.toThrow(/이미 비밀번호를 정한 관리자/);
    const other = await newReseller();
    await expect(
      admin([
        "reseller",
        "admin",
        "reinvite",
        "--reseller",
        r.slug,
        "--email",
        other.adminEmail,
      ]),
    ).rejects.toThrow(/그 이메일의 관리자가 없습니다/);
    expect(await mailbox(other.adminEmail)).toHaveLength(1);
    expect(await mailbox(email)).toHaveLength(2);
  });
});

describe("session separation", () => {
  it("never takes a shop session in the console, nor a console session in the shop or the reseller API", async () => {
    const r = await newReseller();
    const s = await adminOf(r);
    const shop = await newTenant();
    // The console token as the shop's cookie: not a shop session.
    const asShop = await call("GET", "/api/me", {
      headers: { cookie: `golmok_session=${s.token}` },
    });
    expect([asShop.status, asShop.json.code]).toEqual([401, "unauthenticated"]);
    // Both cookies at once: the shop sees only its own.
    const both = await call("GET", "/api/me", {
      headers: { cookie: `${s.cookie}; ${shop.cookie}` },
    });
    expect(both.json.tenant.id).toBe(shop.tenantId);
    // The shop's token as the console cookie: not a console session.
    const shopToken = shop.cookie.split("=")[1];
    const asConsole = await call("GET", `${CONSOLE}/tenants`, {
      headers: { cookie: `golmok_console=${shopToken}` },
    });
    expect([asConsole.status, asConsole.json.code]).toEqual([
      401,
      "unauthenticated",
    ]);
    const shopCookie = await call("GET", `${CONSOLE}/me`, {
      headers: { cookie: shop.cookie },
    });
    expect(shopCookie.status).toBe(401);
    // The console cookie on the reseller API (API keys only), and a key on the console.
    const onApi = await call("GET", "/reseller/v1/tenants", {
      headers: { cookie: s.cookie },
    });
    expect([onApi.status, onApi.json.code]).toEqual([401, "api_key_missing"]);
    const keyOnConsole = await call("GET", `${CONSOLE}/tenants`, {
      headers: { authorization: `Bearer ${r.key}` },
    });
    expect(keyOnConsole.status).toBe(401);
    // Writes need the console session's CSRF token and our own origin.
    const noCsrf = await ccall("POST", `${CONSOLE}/keys`, s, {
      csrf: null,
      body: { name: "x", scopes: ["tenants:read"] },
    });
    expect([noCsrf.status, noCsrf.json.code]).toEqual([403, "csrf"]);
    const shopCsrf = await ccall("POST", `${CONSOLE}/keys`, s, {
      csrf: shop.csrf,
      body: { name: "x", scopes: ["tenants:read"] },
    });
    expect([shopCsrf.status, shopCsrf.json.code]).toEqual([403, "csrf"]);
    const crossSite = await ccall("POST", `${CONSOLE}/keys`, s, {
      headers: { origin: "https://evil.example" },
      body: { name: "x", scopes: ["tenants:read"] },
    });
    expect([crossSite.status, crossSite.json.code]).toEqual([403, "csrf"]);
    const keys = await ccall("GET", `${CONSOLE}/keys`, s);
    expect(keys.json.keys.map((k: { name: string }) => k.name)).not.toContain(
      "x",
    );
  });
});

describe("API keys through the console", () => {
  it("creates a key shown once, lists it with its last use, revokes it at once", async () => {
    const r = await newReseller();
    const s = await adminOf(r);
    const bad = await ccall("POST", `${CONSOLE}/keys`, s, {
      body: { name: "", scopes: ["tenants:everything"] },
    });
    expect(bad.status).toBe(400);
    expect(
      bad.json.fields.map((f: { field: string }) => f.field).sort(),
    ).toEqual(["name", "scopes.0"]);
    const created = await ccall("POST", `${CONSOLE}/keys`, s, {
      body: { name: "청구 시스템", scopes: ["tenants:read"] },
    });
    expect(created.status, created.text).toBe(201);
    const { key, id } = created.json;
    expect(key).toMatch(/^gk_[A-Za-z0-9_-]{43}$/);
    let list = await ccall("GET", `${CONSOLE}/keys`, s);
    expect(list.text).not.toContain(key);
    const mine = () => list.json.keys.find((k: { id: string }) => k.id === id);
    expect(mine()).toMatchObject({
      name: "청구 시스템",
      scopes: ["tenants:read"],
      lastUsedAt: null,
      revokedAt: null,
    });
    expect((await rcall("GET", "/reseller/v1/tenants", key)).status).toBe(200);
    // Only its scopes.
    const write = await rcall("POST", "/reseller/v1/tenants", key, {
      body: {},
    });
    expect(write.status).toBe(400);
    list = await ccall("GET", `${CONSOLE}/keys`, s);
    expect(mine().lastUsedAt).not.toBeNull();
    const revoked = await ccall("POST", `${CONSOLE}/keys/${id}/revoke`, s);
    expect(revoked.json.revokedAt).not.toBeNull();
    const after = await rcall("GET", "/reseller/v1/tenants", key);
    expect([after.status, after.json.code]).toEqual([401, "api_key_revoked"]);
    const unknown = await ccall(
      "POST",
      `${CONSOLE}/keys/key_${"0".repeat(26)}/revoke`,
      s,
    );
    expect([unknown.status, unknown.json.code]).toEqual([404, "key_not_found"]);
  });
});

describe("bulk provisioning from a CSV", () => {
  it("previews a CP949 file row by row, creates the good rows in chunks, reports the malformed ones and is idempotent on re-upload", async () => {
    const r = await newReseller();
    const s = await adminOf(r);
    const rows = rowsOf(30, `BULK${Date.now()}`);
    rows[4] = { ...rows[4], email: "not-an-email" };
    rows[11] = { ...rows[11], bizNo: "123-45-67890" }; // wrong checksum
    rows[20] = { ...rows[20], sub: rows[19].sub }; // the same subscriber twice in the file
    // An address already using Golmok: valid in the file, refused when provisioned.
    const taken = await newTenant();
    rows[25] = { ...rows[25], email: taken.email };
    const bytes = iconv.encode(csvOf(rows), "cp949");
    const p = await preview(s, bytes);
    expect(p.status, p.text).toBe(200);
    expect(p.json).toMatchObject({
      format: "csv",
      encoding: "euc-kr",
      valid: 27,
      invalid: 3,
    });
    expect(p.json.columns).toMatchObject({
      subscriberId: "가입자번호",
      ownerEmail: "대표 이메일",
    });
    const bad = p.json.rows.filter(
      (x: { errors: unknown[] }) => x.errors.length,
    );
    expect(
      bad.map(
        (x: { line: number; errors: { field: string; message: string }[] }) => [
          x.line,
          x.errors[0].field,
        ],
      ),
    ).toEqual([
      [6, "ownerEmail"],
      [13, "bizNo"],
      [22, "subscriberId"],
    ]);
    expect(bad[1].errors[0].message).toContain("사업자등록번호");
    expect(bad[2].errors[0].message).toContain("21번째 줄과 같습니다");
    expect(p.json.rows[0].values).toMatchObject({
      businessName: "골목가게 1호",
      plan: "플러스",
      industry: "미용실",
    });

    const good = p.json.rows.filter(
      (x: { errors: unknown[] }) => !x.errors.length,
    );
    const chunk = p.json.chunk;
    expect(chunk).toBeGreaterThanOrEqual(10);
    const started = Date.now();
    const results = await provisionAll(s, good, 10);
    const ms = Date.now() - started;
    expect(ms / 3).toBeLessThan(10_000);
    const created = results.filter((x) => x.status === "created");
    expect(created).toHaveLength(26);
    const refused = results.filter((x) => x.status === "error");
    expect(refused.map((x) => [x.line, x.code])).toEqual([[27, "email_taken"]]);
    expect(refused[0].message).toBe("이미 골목을 쓰고 있는 이메일입니다.");
    // Rows sent malformed anyway are refused one by one, the rest of the chunk still runs.
    const direct = await ccall("POST", `${CONSOLE}/bulk/provision`, s, {
      body: { rows: [bad[0], good[0]] },
    });
    expect(
      direct.json.results.map((x: { status: string }) => x.status),
    ).toEqual(["error", "existed"]);
    expect(direct.json.results[0]).toMatchObject({
      code: "invalid_input",
      fields: [{ field: "ownerEmail" }],
    });

    // The shops are the reseller's, with the plan and industry the labels named.
    const list = await ccall("GET", `${CONSOLE}/tenants?limit=100`, s);
    expect(list.json.tenants).toHaveLength(26);
    const first = list.json.tenants.find(
      (t: { subscriberId: string }) => t.subscriberId === rows[0].sub,
    );
    expect(first).toMatchObject({
      businessName: "골목가게 1호",
      plan: { id: "plus" },
      status: "active",
    });
    expect(first.usage.month).toMatch(/^\d{4}-\d{2}$/);

    // The same file again: nothing new, every good row "existed".
    const again = await provisionAll(s, good, chunk);
    expect(again.filter((x) => x.status === "existed")).toHaveLength(26);
    expect(again.filter((x) => x.status === "created")).toHaveLength(0);
    expect(
      (await ccall("GET", `${CONSOLE}/tenants?limit=100`, s)).json.tenants,
    ).toHaveLength(26);
    // Each new owner got the welcome e-mail with a set-password link.
    const [welcome] = await mailbox(rows[0].email);
    expect(welcome.subject).toContain(r.name);
  });

  it("reads a UTF-8 file with BOM and English headers; refuses a file without the required columns or a picture", async () => {
    const r = await newReseller();
    const s = await adminOf(r);
    const utf8 = Buffer.from(
      `\uFEFFsubscriberId,businessName,ownerName,ownerEmail,plan\nU-${Date.now()},Alley Cafe,Kim,${uniqueEmail()},plus\n`,
    );
    const ok = await preview(s, utf8, "shops.csv");
    expect(ok.json).toMatchObject({ encoding: "utf-8", valid: 1, invalid: 0 });
    const missing = await preview(s, Buffer.from("상호,대표자명\n가게,김\n"));
    expect([missing.status, missing.json.code]).toEqual([
      400,
      "bulk_columns_missing",
    ]);
    expect(missing.json.message).toContain("가입자번호");
    const png = await preview(
      s,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
      "a.png",
    );
    expect([png.status, png.json.code]).toEqual([400, "file_binary"]);
    const tooMany = await ccall("POST", `${CONSOLE}/bulk/provision`, s, {
      body: {
        rows: Array.from({ length: 101 }, (_, i) => ({
          line: i + 2,
          values: {},
        })),
      },
    });
    expect([tooMany.status, tooMany.json.fields[0].field]).toEqual([
      400,
      "rows",
    ]);
  });
});

describe("tenants through the console", () => {
  it("suspends, resumes, cancels and changes the plan of its shop", async () => {
    const r = await newReseller();
    const s = await adminOf(r);
    const p = await preview(
      s,
      Buffer.from(
        `${HEADER}\nT-${Date.now()},골목세탁,,최대표,${uniqueEmail()},기본,기타\n`,
      ),
    );
    const [res] = await provisionAll(s, p.json.rows, 50);
    const id = res.tenantId!;
    const suspend = await ccall("POST", `${CONSOLE}/tenants/${id}/suspend`, s);
    expect(suspend.json.status).toBe("suspended");
    expect(
      (await ccall("POST", `${CONSOLE}/tenants/${id}/resume`, s)).json.status,
    ).toBe("active");
    const plan = await ccall("PATCH", `${CONSOLE}/tenants/${id}`, s, {
      body: { plan: "plus" },
    });
    expect(plan.json.plan.id).toBe("plus");
    const badPlan = await ccall("PATCH", `${CONSOLE}/tenants/${id}`, s, {
      body: { plan: "gold" },
    });
    expect([badPlan.status, badPlan.json.fields[0].field]).toEqual([
      400,
      "plan",
    ]);
    const cancel = await ccall("POST", `${CONSOLE}/tenants/${id}/cancel`, s);
    expect(cancel.json).toMatchObject({ status: "cancelled" });
    expect(cancel.json.exportUntil).not.toBeNull();
    const month = await ccall("GET", `${CONSOLE}/statements/2999-01`, s);
    expect([month.status, month.json.code]).toEqual([409, "month_not_closed"]);
  });
});
