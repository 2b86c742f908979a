import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, startJourney, type Journey } from "./browser";
import {
  newReseller,
  provisionBody,
  rcall,
  type TestReseller,
} from "../support/reseller";

// The reseller hand-off in real Chromium: an ISP with a brand provisions a shop, its portal mints
// an SSO link, the browser follows it and lands signed in on a dashboard in the ISP's brand; the
// same link a second time is refused.
let j: Journey;
let r: TestReseller;
const BRAND = {
  displayName: "한빛통신 비즈",
  primaryColor: "#1d4ed8",
  accentColor: "#f59e0b",
  supportPhone: "1588-1234",
  supportEmail: "help@hanbit.example",
};

beforeAll(async () => {
  j = await startJourney({ password: "haircut-2026!" });
  r = await newReseller();
  const res = await rcall("PUT", "/reseller/v1/brand", r.key, { body: BRAND });
  expect(res.status).toBe(200);
}, 180_000);

afterAll(async () => {
  await j?.stop();
});

const accentOf = (page: import("playwright-core").Page) =>
  page.evaluate(() =>
    getComputedStyle(document.documentElement)
      .getPropertyValue("--accent")
      .trim(),
  );

describe("a reseller's SSO hand-off", () => {
  it("lands the owner signed in on a dashboard in the reseller's brand; a replay is refused", async () => {
    const body = provisionBody({ businessName: "한빛안경" });
    const shop = await rcall("POST", "/reseller/v1/tenants", r.key, { body });
    expect(shop.status).toBe(201);
    const minted = await rcall("POST", "/reseller/v1/sso-tokens", r.key, {
      body: { tenantId: shop.json.id },
    });
    expect(minted.status).toBe(201);
    const url: string = minted.json.url;
    expect(url.startsWith(`${j.stack.appUrl}/r/${r.slug}/sso#token=`)).toBe(
      true,
    );

    const page = await j.browser.newPage({
      viewport: { width: 360, height: 740 },
      locale: "ko-KR",
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    // No request the browser makes carries the token in its URL.
    const urls: string[] = [];
    page.on("request", (req) => urls.push(req.url()));
    await page.goto(url);
    await page.waitForURL(/\/dashboard$/);
    await page.getByTestId("brand-name").waitFor();
    expect(await page.getByTestId("brand-name").textContent()).toBe(
      BRAND.displayName,
    );
    expect(await page.getByTestId("business-name").textContent()).toBe(
      "한빛안경",
    );
    expect(await accentOf(page)).toBe(BRAND.primaryColor);
    const token = minted.json.token as string;
    expect(urls.filter((u) => u.includes(token.split(".")[1]))).toEqual([]);
    expect(page.url()).not.toContain(token);
    await page.screenshot({
      path: `${ARTIFACTS}/reseller-sso-dashboard.png`,
      fullPage: true,
    });
    expect(pageErrors).toEqual([]);

    // The same link again, in a fresh browser: refused, in Korean, and not signed in.
    const again = await j.browser.newPage({ locale: "ko-KR" });
    await again.goto(url);
    const err = again.getByTestId("sso-error");
    await err.waitFor();
    expect(await err.getAttribute("data-code")).toBe("sso_token_used");
    expect(await err.textContent()).toContain("이미 사용된 로그인 링크");
    expect(again.url()).toBe(`${j.stack.appUrl}/r/${r.slug}/sso`);
    const me = await again.evaluate(
      async () => (await fetch("/api/me")).status,
    );
    expect(me).toBe(401);
    await again.close();
    await page.close();
  }, 120_000);

  it("shows the reseller's branded login page at /r/<slug>", async () => {
    const page = await j.browser.newPage({
      viewport: { width: 360, height: 740 },
      locale: "ko-KR",
    });
    await page.goto(`${j.stack.appUrl}/r/${r.slug}`);
    await page.getByTestId("brand-name").waitFor();
    expect(await page.getByTestId("brand-name").textContent()).toBe(
      BRAND.displayName,
    );
    expect(await page.getByTestId("brand-support").textContent()).toContain(
      "1588-1234",
    );
    expect(await accentOf(page)).toBe(BRAND.primaryColor);
    await page.getByLabel("이메일").waitFor();
    await page.screenshot({
      path: `${ARTIFACTS}/reseller-login.png`,
      fullPage: true,
    });
    await page.close();
  }, 60_000);
});
