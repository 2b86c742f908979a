import { describe, expect, it } from "vitest";
import {
  call,
  cookieFrom,
  linkToken,
  login,
  mailbox,
  newTenant,
  randomIp,
  signupBody,
  uniqueEmail,
} from "../support/api";
import { getItem } from "../../core/db/client";
import { Keys } from "../../core/db/keys";
import { setAttributes } from "../support/db";

describe("sign-up → verify → login", () => {
  it("sends a Korean verification e-mail whose link verifies the account, then logs in", async () => {
    const body = signupBody();
    const ip = randomIp();
    const signup = await call("POST", "/api/auth/signup", { body, ip });
    expect(signup.status).toBe(201);
    expect(signup.json).toEqual({ ok: true, email: body.email });

    const early = await call("POST", "/api/auth/login", {
      body: { email: body.email, password: body.password },
      ip,
    });
    expect(early.status).toBe(403);
    expect(early.json.code).toBe("email_not_verified");

    const [mail] = await mailbox(body.email);
    expect(mail.subject).toContain("이메일 주소를 인증");
    const token = linkToken(mail, "/verify");
    expect(mail.body.text).toContain(`http://app.test/verify?token=${token}`);

    expect(
      (await call("POST", "/api/auth/verify", { body: { token }, ip })).status,
    ).toBe(200);
    const reuse = await call("POST", "/api/auth/verify", {
      body: { token },
      ip,
    });
    expect(reuse.status).toBe(400);
    expect(reuse.json.code).toBe("token_invalid");

    const res = await call("POST", "/api/auth/login", {
      body: { email: body.email, password: body.password },
      ip,
    });
    expect(res.status).toBe(200);
    expect(res.json.tenant.businessName).toBe("골목미용실");
    expect(res.json.user.role).toBe("owner");
    const setCookie = res.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/); // local stage only; Secure everywhere else

    const me = await call("GET", "/api/me", {
      headers: { cookie: cookieFrom(res.headers) },
    });
    expect(me.status).toBe(200);
    expect(me.json.user.email).toBe(body.email);
  });

  it("refuses a wrong password and an unknown e-mail with the same answer", async () => {
    const s = await newTenant();
    const wrong = await call("POST", "/api/auth/login", {
      body: { email: s.email, password: "not-the-password-1" },
    });
    const unknown = await call("POST", "/api/auth/login", {
      body: { email: uniqueEmail(), password: "not-the-password-1" },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json.code).toBe("invalid_credentials");
    expect(unknown.json.message).toBe(wrong.json.message);
  });

  it("logs out: the session no longer works and each login gets a new session", async () => {
    const s = await newTenant();
    const second = await login(s.email, s.password);
    expect(second.cookie).not.toBe(s.cookie);
    const out = await call("POST", "/api/auth/logout", { session: s });
    expect(out.status).toBe(200);
    expect((await call("GET", "/api/me", { session: s })).status).toBe(401);
    expect((await call("GET", "/api/me", { session: second })).status).toBe(
      200,
    );
  });
});

describe("bad sign-up input", () => {
  it("names each invalid field in Korean and stores nothing", async () => {
    const body = signupBody({
      bizNo: "120-81-47522",
      phone: "12345",
      password: "short",
      privacyConsent: false,
    });
    const res = await call("POST", "/api/auth/signup", { body });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe("invalid_input");
    const fields = res.json.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(["bizNo", "phone", "password", "privacyConsent"]),
    );
    expect(res.json.message).toMatch(/[가-힣]/);
    expect(await getItem(Keys.email(body.email as string))).toBeUndefined();
  });

  it("checks the 사업자등록번호 checksum", async () => {
    const res = await call("POST", "/api/auth/signup", {
      body: signupBody({ bizNo: "120-81-47522" }),
    });
    expect(res.status).toBe(400);
    expect(res.json.fields).toContainEqual({
      field: "bizNo",
      message: expect.stringContaining("사업자등록번호"),
    });
    const ok = await call("POST", "/api/auth/signup", {
      body: signupBody({ bizNo: "", noBizNo: true }),
    });
    expect(ok.status).toBe(201);
  });

  it("refuses a duplicate e-mail with 409 and leaves the first account intact", async () => {
    const s = await newTenant();
    const dup = await call("POST", "/api/auth/signup", {
      body: signupBody({ email: s.email, businessName: "다른가게" }),
    });
    expect(dup.status).toBe(409);
    expect(dup.json.code).toBe("email_taken");
    const me = await call("GET", "/api/me", { session: s });
    expect(me.json.tenant.businessName).toBe("골목미용실");
  });

  it("refuses a duplicate 사업자번호 without creating the second account's e-mail", async () => {
    const first = signupBody();
    expect(
      (await call("POST", "/api/auth/signup", { body: first })).status,
    ).toBe(201);
    const second = signupBody({ bizNo: first.bizNo });
    const res = await call("POST", "/api/auth/signup", { body: second });
    expect(res.status).toBe(409);
    expect(res.json.code).toBe("bizno_taken");
    expect(await getItem(Keys.email(second.email as string))).toBeUndefined();
  });

  it("answers malformed JSON, over-long strings and oversized bodies with a stable code", async () => {
    const malformed = await call("POST", "/api/auth/signup", {
      rawBody: "{not json",
    });
    expect(malformed.status).toBe(400);
    expect(malformed.json.code).toBe("malformed_json");
    const long = await call("POST", "/api/auth/signup", {
      body: signupBody({ businessName: "가".repeat(51) }),
    });
    expect(long.status).toBe(400);
    expect(long.json.fields[0]).toEqual({
      field: "businessName",
      message: "상호은(는) 50자 이하로 입력해 주세요.",
    });
    const huge = await call("POST", "/api/auth/signup", {
      rawBody: JSON.stringify({ businessName: "x".repeat(1_100_000) }),
    });
    expect(huge.status).toBe(413);
    expect(huge.json.code).toBe("body_too_large");
  });
});

describe("e-mail tokens expire", () => {
  it("an expired verification link is refused and the account stays unverified", async () => {
    const body = signupBody();
    const ip = randomIp();
    expect((await call("POST", "/api/auth/signup", { body, ip })).status).toBe(
      201,
    );
    const token = linkToken((await mailbox(body.email))[0], "/verify");
    // Age the stored token past its expiry, as 24 hours passing would.
    await setAttributes(Keys.token(token), {
      expiresAt: Math.floor(Date.now() / 1000) - 1,
    });
    const res = await call("POST", "/api/auth/verify", { body: { token }, ip });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe("token_invalid");
    expect(res.json.message).toContain("만료");
    const login = await call("POST", "/api/auth/login", {
      body: { email: body.email, password: body.password },
      ip,
    });
    expect(login.json.code).toBe("email_not_verified");
  });
});
