import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { LocalStack } from "../../functions/local/stack";
import { Billing } from "../../core/billing";
import { Metering } from "../../core/metering";
import { newMeter } from "../../core/metering/meter";
import { kstMonth, nextMonthStart } from "../../core/time";

import { setAttributes } from "../support/db";
import { ARTIFACTS, ownerOnPhone, startJourney, type Journey } from "./browser";

let j: Journey;
let stack: LocalStack;
let browser: Browser;
let owner: Journey["owner"];
const lastMonth = Billing.previousMonth(kstMonth());

beforeAll(async () => {
  j = await startJourney(
    {
      businessName: "골목안경",
      industry: "optician",
      password: "billing-e2e-1",
    },
    { mailPollMs: 200 },
  );
  ({ stack, browser, owner } = j);
  const tenantId = owner.tenantId;
  // Last month: active, 120 invoices (20 past the 기본 quota), then closed.
  Metering.record(
    tenantId,
    "tenant",
    newMeter(),
    Date.parse(nextMonthStart(lastMonth)) - 86_400_000,
  );
  await Metering.flush();
  const usage = (month: string) => ({
    pk: `T#${tenantId}`,
    sk: `USAGE#${month}`,
  });
  await setAttributes(usage(lastMonth), { invoices: 120 });
  await Billing.closeMonth(lastMonth);
  // This month so far: 103 invoices.
  await setAttributes(usage(kstMonth()), { invoices: 103 });
}, 180_000);

afterAll(() => j?.stop());

describe("the owner reads the 요금 명세 on a phone", () => {
  it("sees this month's projected charge and last month's closed statement, in ₩ with the VAT inside", async () => {
    const { page, pageErrors } = await ownerOnPhone(
      browser,
      stack.appUrl,
      owner,
    );
    await page.goto(`${stack.appUrl}/usage`);
    const section = page.getByRole("region", { name: "요금 명세" });
    await section.waitFor();
    // 3,300 + 3 × 110.
    await expect
      .poll(() => page.getByTestId("projected-total").textContent())
      .toBe("₩3,630");
    // The bar says the quota is passed and that use goes on, billed.
    expect(await page.getByTestId("overage-invoices").textContent()).toBe(
      "포함량 초과 3건 · 추가 요금이 붙습니다",
    );
    const current = page.getByTestId(`statement-${kstMonth()}`);
    await expect
      .poll(() => current.textContent())
      .toContain("세금계산서 발급 3건 초과");
    expect(await current.textContent()).toContain(
      "공급가액 ₩3,300 · 부가세 ₩330",
    );

    const [y, m] = lastMonth.split("-").map(Number);
    const past = section.locator("details summary");
    expect(await past.count()).toBe(1);
    // 3,300 + 20 × 110 = 5,500.
    expect(await past.textContent()).toBe(`${y}년 ${m}월 · ₩5,500`);
    await past.click();
    const closed = page.getByTestId(`statement-${lastMonth}`);
    expect(await closed.isVisible()).toBe(true);
    expect(await closed.textContent()).toContain("세금계산서 발급 20건 초과");
    expect(await closed.textContent()).toContain("₩2,200");
    expect(await closed.textContent()).toContain(
      "공급가액 ₩5,000 · 부가세 ₩500",
    );

    // Nothing is wider than the phone.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(360);
    await page.screenshot({
      path: `${ARTIFACTS}/billing-usage-360.png`,
      fullPage: true,
    });
    expect(pageErrors).toEqual([]);
  });
});
