import { beforeAll, describe, expect, it } from "vitest";
import {
  call,
  cookieFrom,
  mailbox,
  newTenant,
  uniqueEmail,
  type Session,
} from "../support/api";
import { buyer, issueInvoice } from "../support/invoice";
import {
  newReseller,
  provisionBody,
  rcall,
  type TestReseller,
} from "../support/reseller";

// White-label against DynamoDB Local and SES local: a reseller sets its brand through the API and
// its shops see it in /api/me, on the /r/<slug> login page's brand and in their e-mails.

const PNG_1PX =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const BRAND = {
  displayName: "한빛통신 비즈",
  logo: `data:image/png;base64,${PNG_1PX}`,
  primaryColor: "#1D4ED8",
  accentColor: "#f59e0b",
  supportPhone: "1588-1234",
  supportEmail: "help@hanbit.example",
  senderName: "한빛통신 고객센터",
  senderAddress: "biz@hanbit.example",
};

let r: TestReseller;
beforeAll(async () => {
  r = await newReseller();
  const res = await rcall("PUT", "/reseller/v1/brand", r.key, { body: BRAND });
  expect(res.status).toBe(200);
});

const decodeFrom = (from: string) =>
  from.replace(/=\?UTF-8\?B\?([^?]+)\?=/g, (_, b64) =>
    Buffer.from(b64, "base64").toString("utf8"),
  );

describe("white-label brand", () => {
  it("stores the brand with colours normalised and reads it back", async () => {
    const res = await rcall("GET", "/reseller/v1/brand", r.key);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      ...BRAND,
      primaryColor: "#1d4ed8",
      supportPhone: "15881234",
    });
    expect(typeof res.json.updatedAt).toBe("string");
    const fresh = await newReseller();
    const none = await rcall("GET", "/reseller/v1/brand", fresh.key);
    expect([none.status, none.json]).toEqual([200, null]);
  });

  it("shows the public brand for the /r/<slug> login page, without the sender", async () => {
    const res = await call("GET", `/api/auth/brand/${r.slug}`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      slug: r.slug,
      displayName: BRAND.displayName,
      logo: BRAND.logo,
      primaryColor: "#1d4ed8",
      accentColor: "#f59e0b",
      supportPhone: "1588-1234",
      supportEmail: BRAND.supportEmail,
    });
    const missing = await call("GET", "/api/auth/brand/no-such-isp-zz");
    expect([missing.status, missing.json.code]).toEqual([
      404,
      "brand_not_found",
    ]);
    // A reseller without a brand yet: its name and Golmok's colours.
    const plain = await newReseller();
    const p = await call("GET", `/api/auth/brand/${plain.slug}`);
    expect(p.json).toMatchObject({
      displayName: plain.name,
      logo: null,
      primaryColor: "#0f766e",
    });
  });

  it("brands the shops' /api/me; a shop that signed up directly has none", async () => {
    const shop = await rcall("POST", "/reseller/v1/tenants", r.key, {
      body: provisionBody(),
    });
    const { token } = (
      await rcall("POST", "/reseller/v1/sso-tokens", r.key, {
        body: { tenantId: shop.json.id },
      })
    ).json;
    const sso = await call("POST", "/api/auth/sso", {
      body: { slug: r.slug, token },
    });
    expect(sso.json.brand).toMatchObject({
      displayName: BRAND.displayName,
      primaryColor: "#1d4ed8",
    });
    const me = await call("GET", "/api/me", {
      headers: { cookie: cookieFrom(sso.headers) },
    });
    expect(me.json.brand).toMatchObject({
      slug: r.slug,
      displayName: BRAND.displayName,
      logo: BRAND.logo,
      supportPhone: "1588-1234",
    });
    expect(me.json.brand.senderAddress).toBeUndefined();
    const direct = await newTenant();
    const dme = await call("GET", "/api/me", { session: direct });
    expect(dme.json.brand).toBeNull();
  });

  it("sends the shops' e-mail under the brand: sender, subject, colour, support footer", async () => {
    const body = provisionBody();
    const shop = await rcall("POST", "/reseller/v1/tenants", r.key, { body });
    expect(shop.status).toBe(201);
    const [mail] = (await mailbox(body.ownerEmail)) as unknown as {
      from: string;
      subject: string;
      replyTo?: string[];
      body: { html: string; text: string };
    }[];
    expect(decodeFrom(mail.from)).toBe(
      `${BRAND.senderName} <${BRAND.senderAddress}>`,
    );
    expect(mail.subject.startsWith(`[${BRAND.displayName}]`)).toBe(true);
    expect(mail.body.html).toContain("background:#1d4ed8");
    expect(mail.body.html).not.toContain("골목 Golmok</p>");
    for (const part of [mail.body.html, mail.body.text]) {
      expect(part).toContain(
        "고객센터: 전화 1588-1234 · 이메일 help@hanbit.example",
      );
      expect(part).toContain(`${BRAND.displayName}에서 제공하는`);
    }
  });

  it("leaves a directly signed-up shop's e-mail as Golmok's", async () => {
    const s = await newTenant();
    await call("POST", "/api/auth/password-reset", {
      body: { email: s.email },
    });
    const mails = (await mailbox(s.email, { wait: 2 })) as unknown as {
      from: string;
      subject: string;
      body: { html: string };
    }[];
    for (const m of mails) {
      expect(decodeFrom(m.from)).toContain("골목 Golmok");
      expect(m.subject.startsWith("[골목]")).toBe(true);
      expect(m.body.html).not.toContain("data-brand-footer");
    }
  });

  it("brands the invoice e-mail and the recipient page of a reseller's shop", async () => {
    const shop = await rcall("POST", "/reseller/v1/tenants", r.key, {
      body: provisionBody({ address: "서울특별시 중구 세종대로 1" }),
    });
    const { token } = (
      await rcall("POST", "/reseller/v1/sso-tokens", r.key, {
        body: { tenantId: shop.json.id },
      })
    ).json;
    const sso = await call("POST", "/api/auth/sso", {
      body: { slug: r.slug, token },
    });
    const s: Session = {
      cookie: cookieFrom(sso.headers),
      csrf: sso.json.csrfToken,
      email: sso.json.user.email,
      password: "",
      tenantId: shop.json.id,
      userId: sso.json.user.id,
      ip: "10.9.9.9",
    };
    const to = uniqueEmail("client");
    const inv = await issueInvoice(s, { buyer: buyer({ email: to }) });
    const sent = await call("POST", `/api/invoices/${inv.id}/send`, {
      session: s,
      body: {},
    });
    expect(sent.status).toBe(200);
    const [mail] = (await mailbox(to)) as unknown as {
      from: string;
      body: { html: string; text: string };
    }[];
    expect(decodeFrom(mail.from)).toBe(
      `${BRAND.senderName} <${BRAND.senderAddress}>`,
    );
    expect(mail.body.html).toContain(`· ${BRAND.displayName}</p>`);
    expect(mail.body.text).toContain("고객센터: 전화 1588-1234");
    const link = /\/r\/([A-Za-z0-9_-]{43})/.exec(mail.body.text)![1];
    const view = await call("GET", `/api/invoices/link/${link}`);
    expect(view.status).toBe(200);
    expect(view.json.brand).toMatchObject({
      slug: r.slug,
      displayName: BRAND.displayName,
      primaryColor: "#1d4ed8",
    });
  });

  it("validates every field with a Korean message naming it", async () => {
    const bad = {
      displayName: "",
      logo: "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
      primaryColor: "red",
      accentColor: "#12345g",
      supportPhone: "12",
      supportEmail: "not-an-email",
      senderName: "x".repeat(41),
      senderAddress: "no-at-sign",
    };
    const res = await rcall("PUT", "/reseller/v1/brand", r.key, { body: bad });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe("invalid_input");
    expect(
      [
        ...new Set(res.json.fields.map((f: { field: string }) => f.field)),
      ].sort(),
    ).toEqual(Object.keys(bad).sort());
    expect(res.json.message).toMatch(/[가-힣]/);
  });

  it("refuses a logo whose bytes are not the image type it claims, or over 32 KB", async () => {
    const jpegAsPng = `data:image/png;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString("base64")}`;
    const big = Buffer.concat([
      Buffer.from("89504e470d0a1a0a", "hex"),
      Buffer.alloc(33 * 1024),
    ]);
    for (const logo of [
      jpegAsPng,
      `data:image/png;base64,${big.toString("base64")}`,
    ]) {
      const res = await rcall("PUT", "/reseller/v1/brand", r.key, {
        body: { ...BRAND, logo },
      });
      expect([res.status, res.json.fields?.[0]?.field]).toEqual([400, "logo"]);
    }
    const ok = await rcall("PUT", "/reseller/v1/brand", r.key, {
      body: { ...BRAND, logo: null },
    });
    expect([ok.status, ok.json.logo]).toEqual([200, null]);
    await rcall("PUT", "/reseller/v1/brand", r.key, { body: BRAND });
  });

  it("needs the brand:write scope to change it", async () => {
    const ro = await newReseller({ scopes: "tenants:read" });
    const res = await rcall("PUT", "/reseller/v1/brand", ro.key, {
      body: BRAND,
    });
    expect([res.status, res.json.code]).toEqual([403, "scope_missing"]);
    expect((await rcall("GET", "/reseller/v1/brand", ro.key)).json).toBeNull();
  });
});
