import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startLocal, type LocalStack } from "../../functions/local/stack";
import { Auth } from "../../core/auth";
import { randomBizNo, uniqueEmail } from "../support/api";
import { ARTIFACTS, launch, ownerOnPhone } from "./browser";

let stack: LocalStack;
let browser: Browser;
const owner = { email: uniqueEmail("owner"), password: "ledger-e2e-1" };

beforeAll(async () => {
  stack = await startLocal({ port: 0, inMemory: true, quiet: true });
  await Auth.signup(
    {
      businessName: "골목헤어",
      noBizNo: false,
      bizNo: randomBizNo(),
      ownerName: "김미용",
      industry: "salon",
      email: owner.email,
      phone: "01012345678",
      password: owner.password,
      privacyConsent: true,
    },
    "e2e",
    { preverified: true },
  );
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe("the owner keeps the books on a phone", () => {
  it("records a card purchase: the salon's material account comes first and the VAT is split", async () => {
    const { page, pageErrors } = await ownerOnPhone(
      browser,
      stack.appUrl,
      owner,
    );
    await page.getByRole("link", { name: "장부" }).first().click();
    await page.waitForURL(/\/ledger$/);
    const form = page.getByTestId("entry-form");
    // A salon's first expense account is its own: 미용재료비.
    expect(await form.getByLabel("계정과목").inputValue()).toBe(
      "hair_supplies",
    );
    await form.getByLabel("거래내용").fill("염색약 7N");
    await form.getByLabel("거래처").fill("뷰티재료상사");
    await form.getByLabel("금액 (부가세 포함)").fill("33000");
    await form.getByRole("button", { name: "기록" }).click();

    const row = page.getByTestId("ledger-row").first();
    await expect.poll(() => row.innerText()).toContain("염색약 7N");
    const text = await row.innerText();
    expect(text).toContain("미용재료비");
    expect(text).toContain("₩30,000"); // 33,000 on a card → 30,000 + 3,000
    expect(text).toContain("₩3,000");
    expect(await page.getByTestId("ledger-totals").innerText()).toContain(
      "₩-30,000",
    );
    // A bad amount is refused beside the field, in Korean, and nothing is added.
    await form.getByLabel("금액 (부가세 포함)").fill("0");
    await form.getByRole("button", { name: "기록" }).click();
    await expect
      .poll(() => page.getByTestId("error-amount").innerText())
      .toMatch(/[가-힣]/);
    expect(await page.getByTestId("ledger-row").count()).toBe(1);
    const width = await page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(360);
    await page.screenshot({
      path: `${ARTIFACTS}/ledger-360.png`,
      fullPage: true,
    });
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
