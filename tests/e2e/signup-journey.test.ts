import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startLocal, type LocalStack } from "../../functions/local/stack";
import { randomBizNo, uniqueEmail } from "../support/api";
import { ARTIFACTS, launch, mailTo } from "./browser";

let stack: LocalStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startLocal({
    port: 0,
    inMemory: true,
    buildWeb: true,
    quiet: true,
    mailPollMs: 200,
  });
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe("a shop owner signs up on a phone", () => {
  it("sign up → verification e-mail → log in → dashboard", async () => {
    const page = await browser.newPage({
      viewport: { width: 360, height: 740 },
      locale: "ko-KR",
    });
    const email = uniqueEmail("e2e");
    await page.goto(`${stack.appUrl}/signup`);
    await page.getByLabel("상호").fill("골목헤어");
    await page.getByLabel("사업자등록번호").fill("1208147522"); // one digit off: checksum fails
    await page.getByLabel("대표자명").fill("김골목");
    await page.getByLabel("업종").selectOption("salon");
    await page.getByLabel("이메일").fill(email);
    await page.getByLabel("휴대전화").fill("010-1234-5678");
    await page.getByLabel("비밀번호").fill("haircut-2026!");
    await page.getByRole("button", { name: "가입하기" }).click();
    // The Korean error appears beside the field, and so does the missing consent.
    await expect
      .poll(() => page.getByTestId("error-bizNo").textContent())
      .toContain("사업자등록번호");
    expect(
      await page.getByTestId("error-privacyConsent").textContent(),
    ).toContain("동의");
    await expect
      .poll(() => page.getByLabel("사업자등록번호").inputValue())
      .toBe("120-81-47522");

    const bizNo = randomBizNo();
    await page.getByLabel("사업자등록번호").fill(bizNo);
    await page.getByLabel(/개인정보 수집·이용 동의/).check();
    await page.screenshot({
      path: `${ARTIFACTS}/signup-form-360.png`,
      fullPage: true,
    });
    await page.getByRole("button", { name: "가입하기" }).click();
    await page.getByTestId("signup-done").waitFor();
    expect(await page.getByTestId("signup-done").textContent()).toContain(
      email,
    );

    const [mail] = await mailTo(stack.mailboxUrl, email);
    expect(mail.subject).toContain("인증");
    const link = /https?:\/\/[^\s"]+\/verify\?token=[A-Za-z0-9_-]+/.exec(
      mail.body.text ?? "",
    )![0];
    await page.goto(link.replace(/^https?:\/\/[^/]+/, stack.appUrl));
    await page.getByTestId("verified").waitFor();

    await page.getByRole("link", { name: "로그인" }).first().click();
    await page.getByLabel("이메일").fill(email);
    await page.getByLabel("비밀번호").fill("haircut-2026!");
    await page.getByRole("button", { name: "로그인" }).click();
    await page.waitForURL(/\/dashboard$/);
    await page.getByTestId("plan").waitFor();
    expect(await page.getByTestId("business-name").textContent()).toBe(
      "골목헤어",
    );
    const tiles = await page.getByTestId("module-tile").allTextContents();
    expect(tiles).toHaveLength(4);
    // Every module is live now: homepage, ledger, payroll and e-tax invoices.
    for (const tile of tiles) expect(tile).toContain("사용 가능");
    expect(await page.getByTestId("plan").textContent()).toContain("기본");
    // Fits a 360 px phone: nothing scrolls sideways.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(360);
    await page.screenshot({
      path: `${ARTIFACTS}/signup-journey.png`,
      fullPage: true,
    });

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({
      path: `${ARTIFACTS}/dashboard-desktop.png`,
      fullPage: true,
    });
    await page.close();
  }, 120_000);
});
