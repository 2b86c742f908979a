import { beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/api";
import {
  CONSOLE,
  ccall,
  consoleAdmin,
  type ConsoleSession,
} from "../support/console";
import {
  newKey,
  newReseller,
  rcall,
  type TestReseller,
} from "../support/reseller";
import { LOGO_MAX_BYTES } from "../../core/reseller/brand-limits";

// The console's 브랜드 page API against DynamoDB Local: a reseller admin, signed into the console
// with its own cookie, reads and sets the white-label brand — the same item the REST API
// (/reseller/v1/brand) and the shops' /r/<slug> login page read.

const PNG_1PX =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const BRAND = {
  displayName: "누리통신 비즈",
  logo: `data:image/png;base64,${PNG_1PX}`,
  primaryColor: "#7C3AED",
  accentColor: "#0ea5e9",
  supportPhone: "1600-1234",
  supportEmail: "Help@Nuri.example",
  senderName: "누리통신 고객센터",
  senderAddress: "biz@nuri.example",
};

let r: TestReseller;
let s: ConsoleSession;
beforeAll(async () => {
  r = await newReseller();
  s = await consoleAdmin(r.adminEmail);
});

describe("the console's brand API", () => {
  it("reads null before the first save, then saves and reads back the brand the REST API and the login page see", async () => {
    const none = await ccall("GET", `${CONSOLE}/brand`, s);
    expect([none.status, none.json]).toEqual([200, null]);

    // A console admin has every scope: brand:write passes (a key without it does not).
    const readOnly = await newKey(r.adminEmail, "tenants:read");
    const refused = await rcall("PUT", "/reseller/v1/brand", readOnly.key, {
      body: BRAND,
    });
    expect([refused.status, refused.json.code]).toEqual([403, "scope_missing"]);

    const put = await ccall("PUT", `${CONSOLE}/brand`, s, { body: BRAND });
    expect(put.status, put.text).toBe(200);
    const stored = {
      ...BRAND,
      primaryColor: "#7c3aed",
      supportPhone: "16001234",
      supportEmail: "help@nuri.example",
    };
    expect(put.json).toMatchObject(stored);
    expect(typeof put.json.updatedAt).toBe("string");

    const got = await ccall("GET", `${CONSOLE}/brand`, s);
    expect(got.json).toEqual(put.json);
    // The same item as the reseller API's…
    const viaKey = await rcall("GET", "/reseller/v1/brand", r.key);
    expect(viaKey.json).toEqual(put.json);
    // …and what the shops' login page at /r/<slug> shows.
    const page = await call("GET", `/api/auth/brand/${r.slug}`);
    expect(page.json).toMatchObject({
      slug: r.slug,
      displayName: BRAND.displayName,
      logo: BRAND.logo,
      primaryColor: "#7c3aed",
      accentColor: "#0ea5e9",
    });

    // Removing the logo: null is stored and the login page shows none.
    const noLogo = await ccall("PUT", `${CONSOLE}/brand`, s, {
      body: { ...BRAND, logo: null },
    });
    expect([noLogo.status, noLogo.json.logo]).toEqual([200, null]);
    expect((await call("GET", `/api/auth/brand/${r.slug}`)).json.logo).toBe(
      null,
    );
  });

  it("refuses a write without the console's CSRF token or from another origin, and any signed-out or API-key request", async () => {
    const before = (await ccall("GET", `${CONSOLE}/brand`, s)).text;
    const change = { ...BRAND, displayName: "바뀌면 안 됨" };
    const noCsrf = await ccall("PUT", `${CONSOLE}/brand`, s, {
      csrf: null,
      body: change,
    });
    expect([noCsrf.status, noCsrf.json.code]).toEqual([403, "csrf"]);
    const wrongCsrf = await ccall("PUT", `${CONSOLE}/brand`, s, {
      csrf: "x".repeat(43),
      body: change,
    });
    expect([wrongCsrf.status, wrongCsrf.json.code]).toEqual([403, "csrf"]);
    const crossSite = await ccall("PUT", `${CONSOLE}/brand`, s, {
      headers: { origin: "https://evil.example" },
      body: change,
    });
    expect([crossSite.status, crossSite.json.code]).toEqual([403, "csrf"]);
    const signedOut = await call("PUT", `${CONSOLE}/brand`, { body: change });
    expect([signedOut.status, signedOut.json.code]).toEqual([
      401,
      "unauthenticated",
    ]);
    const signedOutRead = await call("GET", `${CONSOLE}/brand`);
    expect(signedOutRead.status).toBe(401);
    const key = await call("PUT", `${CONSOLE}/brand`, {
      headers: { authorization: `Bearer ${r.key}` },
      body: change,
    });
    expect(key.status).toBe(401);
    expect((await ccall("GET", `${CONSOLE}/brand`, s)).text).toBe(before);
    expect(before).not.toContain("바뀌면 안 됨");
  });

  it("names the field of a bad value in Korean and keeps the stored brand", async () => {
    const before = (await ccall("GET", `${CONSOLE}/brand`, s)).text;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ primaryColor: "blue" }, "primaryColor", /기본 색상.*16진수/],
      [{ accentColor: "#12345" }, "accentColor", /강조 색상.*16진수/],
      [{ displayName: "  " }, "displayName", /표시 이름을\(를\) 입력해/],
      [{ supportEmail: "not-an-email" }, "supportEmail", /이메일 형식/],
      [{ senderAddress: "nobody@" }, "senderAddress", /이메일 형식/],
      // A JPEG's bytes labelled PNG.
      [
        { logo: "data:image/png;base64,/9j/4AAQSkZJRgABAQ==" },
        "logo",
        /이미지 형식과 맞지 않습니다/,
      ],
      [
        {
          logo: `data:image/png;base64,${Buffer.alloc(LOGO_MAX_BYTES + 1024).toString("base64")}`,
        },
        "logo",
        /32KB 이하/,
      ],
      [
        { logo: "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" },
        "logo",
        /PNG, JPEG, WebP/,
      ],
    ];
    for (const [bad, field, message] of cases) {
      const res = await ccall("PUT", `${CONSOLE}/brand`, s, {
        body: { ...BRAND, ...bad },
      });
      expect([field, res.status, res.json.code]).toEqual([
        field,
        400,
        "invalid_input",
      ]);
      expect(res.json.fields[0].field).toBe(field);
      expect(res.json.fields[0].message).toMatch(message);
    }
    expect((await ccall("GET", `${CONSOLE}/brand`, s)).text).toBe(before);
  });
});
