import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { LocalStack } from "../../functions/local/stack";
import { randomBizNo, uniqueEmail } from "../support/api";
import {
  ARTIFACTS,
  mailTo,
  ownerOnPhone,
  startJourney,
  type Journey,
} from "./browser";
import { kstDate } from "../../core/time";
import { addDays, weekday } from "../../core/site/slots";

const require = createRequire(import.meta.url);

let j: Journey;
let stack: LocalStack;
let browser: Browser;
let owner: Journey["owner"];
const visitorEmail = uniqueEmail("visitor");
const slug = `골목헤어-${Math.random().toString(36).slice(2, 7)}`;

beforeAll(async () => {
  j = await startJourney({
    noBizNo: false,
    bizNo: randomBizNo(),
    ownerName: "김미용",
    password: "site-e2e-1",
  });
  ({ stack, browser, owner } = j);
}, 180_000);

afterAll(() => j?.stop());

/** A Tuesday–Saturday at least two days ahead (the salon is open 10–19 then, after our edit). */
function openDay(): string {
  let d = addDays(kstDate(), 2);
  while ([0, 1].includes(weekday(d))) d = addDays(d, 1);
  return d;
}

describe("a salon's homepage, from template to a booking", () => {
  it("owner edits hours and prices and publishes; a visitor on a phone books; both get e-mail", async () => {
    const { page, pageErrors } = await ownerOnPhone(
      browser,
      stack.appUrl,
      owner,
    );
    // The dashboard tile is live and leads to the editor.
    await page.getByRole("link", { name: "홈페이지" }).first().click();
    await page.waitForURL(/\/site$/);
    await page.getByTestId("block-hero").waitFor();

    await page.getByLabel("업종 템플릿").selectOption("salon");
    await page.getByRole("button", { name: "템플릿 적용" }).click();
    await expect
      .poll(() => page.getByTestId("site-message").innerText())
      .toContain("템플릿");
    await page.getByLabel("주소 (/s/…)").fill(slug);
    // Tuesday closes an hour earlier; a cut costs 22,000.
    await page.getByLabel("화 닫는 시간").fill("19:00");
    await page.getByLabel("커트 가격 (원)").fill("22000");
    // A photo: shown in the gallery, resized and re-encoded to WebP in the browser, checked by the server.
    const gallery = page.getByTestId("block-gallery");
    await gallery.getByLabel("숨김").uncheck();
    await gallery.getByLabel(/사진 올리기/).setInputFiles({
      name: "script.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ),
    });
    await expect
      .poll(() => page.getByTestId("upload-error").innerText())
      .toContain("JPEG, PNG, WebP");
    await gallery
      .getByLabel(/사진 올리기/)
      .setInputFiles(
        "node_modules/playwright-core/lib/server/chromium/appIcon.png",
      );
    await expect
      .poll(() => gallery.getByTestId("gallery-image").count())
      .toBe(1);
    await gallery.getByLabel("사진 설명").fill("매장 로고");
    const preview = page.frameLocator('[data-testid="site-preview"]');
    await expect
      .poll(() => preview.locator("body").innerText())
      .toContain("₩22,000");

    await page.getByRole("button", { name: "게시", exact: true }).click();
    const link = page.getByTestId("public-url");
    await link.waitFor();
    const url = (await link.getAttribute("href"))!;
    expect(url).toBe(`${stack.appUrl}/s/${encodeURIComponent(slug)}/`);
    const width = await page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(360);
    await page.screenshot({
      path: `${ARTIFACTS}/site-editor-360.png`,
      fullPage: true,
    });

    // A visitor: a fresh context (no session), a 360 px phone, JavaScript off.
    const visitor = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: "ko-KR",
      javaScriptEnabled: false,
    });
    const v = await visitor.newPage();
    const res = await v.goto(url);
    expect(res!.status()).toBe(200);
    expect(res!.headers()["content-security-policy"]).toContain(
      "default-src 'none'",
    );
    const text = await v.locator("body").innerText();
    expect(text).toContain("₩22,000");
    expect(
      await v.locator("table.hours tr", { hasText: "화" }).innerText(),
    ).toContain("10:00~19:00");
    expect(
      await v.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(360);
    // The stylesheet loaded (the theme colours the title).
    expect(
      await v.locator("h1").evaluate((h) => getComputedStyle(h).color),
    ).not.toBe("rgb(0, 0, 0)");
    const photo = v.locator(".gallery img");
    expect(await photo.getAttribute("src")).toMatch(
      /^\/s\/_img\/[0-9a-f]{32}\.webp$/,
    );
    expect(await photo.getAttribute("alt")).toBe("매장 로고");
    expect(await photo.getAttribute("loading")).toBe("lazy");
    await photo.scrollIntoViewIfNeeded();
    await expect
      .poll(() => photo.evaluate((i) => (i as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    await v.screenshot({ path: `${ARTIFACTS}/site-360.png`, fullPage: true });

    // axe-core on the published page: no serious or critical violations. It runs in a context of
    // its own that may inject the script (the page's CSP rightly forbids any).
    const audit = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: "ko-KR",
      bypassCSP: true,
    });
    const a = await audit.newPage();
    await a.goto(url);
    await a.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const axe = await a.evaluate(async () => {
      const r = await (
        window as unknown as {
          axe: {
            run(): Promise<{
              violations: { id: string; impact: string; nodes: unknown[] }[];
              passes: unknown[];
            }>;
          };
        }
      ).axe.run();
      return {
        passes: r.passes.length,
        violations: r.violations.map((x) => ({
          id: x.id,
          impact: x.impact,
          nodes: x.nodes.length,
        })),
      };
    });
    expect(axe.passes).toBeGreaterThan(10);
    expect(
      axe.violations.filter((x) => ["serious", "critical"].includes(x.impact)),
    ).toEqual([]);
    await audit.close();

    const date = openDay();
    await v.getByLabel("서비스").selectOption("커트");
    await v.getByLabel("날짜").fill(date);
    await v.getByRole("button", { name: "빈 시간 보기" }).click();
    // The slots page is the API's answer, styled by the page's own stylesheet.
    expect(
      await v.locator("h1").evaluate((h) => getComputedStyle(h).color),
    ).not.toBe("rgb(0, 0, 0)");
    await v.getByLabel("10:00").check();
    await v.getByLabel("이름", { exact: true }).fill("이손님");
    await v.getByLabel("연락처", { exact: true }).fill("010-2345-6789");
    await v.getByLabel("이메일 (확인 메일을 보내 드립니다)").fill(visitorEmail);
    await v.getByLabel(/수집·이용하는 데 동의합니다/).check();
    await v.getByRole("button", { name: "예약 신청" }).click();
    await expect
      .poll(() => v.locator("h1").innerText())
      .toContain("예약 신청이 접수되었습니다");
    await v.screenshot({
      path: `${ARTIFACTS}/site-booked-360.png`,
      fullPage: true,
    });
    await visitor.close();

    // The owner's inbox shows it.
    // The owner's dashboard says a booking is waiting and leads to the inbox.
    await page.getByRole("link", { name: "대시보드" }).first().click();
    await page.waitForURL(/\/dashboard$/);
    const waiting = page.getByTestId("dashboard-bookings");
    await expect.poll(() => waiting.innerText()).toContain("확인 대기 1건");
    await waiting.getByRole("link").click();
    await page.waitForURL(/\/bookings$/);
    const row = page.getByTestId("booking-row").first();
    await expect.poll(() => row.innerText()).toContain("이손님");
    expect(await row.innerText()).toContain("10:00");
    expect(await row.innerText()).toContain("확인 대기");

    // Both e-mails reached the local mailbox.
    const [toVisitor] = await mailTo(stack.mailboxUrl, visitorEmail);
    expect(toVisitor.subject).toContain("예약 신청이 접수되었습니다");
    expect(toVisitor.body.text).toContain("/api/public/bookings/cancel?token=");
    const toShop = await mailTo(stack.mailboxUrl, owner.email);
    expect(
      toShop.some(
        (m) => m.subject.includes("새 예약") && m.subject.includes("이손님"),
      ),
    ).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
