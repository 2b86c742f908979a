import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { LocalStack } from "../../functions/local/stack";
import { kstDate } from "../../core/time";
import { randomBizNo } from "../support/api";
import { ARTIFACTS, ownerOnPhone, startJourney, type Journey } from "./browser";

let j: Journey;
let stack: LocalStack;
let browser: Browser;
let owner: Journey["owner"];

beforeAll(async () => {
  j = await startJourney({
    businessName: "골목헤어",
    noBizNo: false,
    bizNo: randomBizNo(),
    ownerName: "김미용",
    password: "ledger-e2e-1",
  });
  ({ stack, browser, owner } = j);
}, 180_000);

afterAll(() => j?.stop());

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

    // Fix the entry: the form fills with it, and the new total is split again.
    await page.getByTestId("entry-edit").first().click();
    expect(await form.getByLabel("거래내용").inputValue()).toBe("염색약 7N");
    await form.getByLabel("금액 (부가세 포함)").fill("44000");
    expect(await form.innerText()).toContain("₩40,000 + 부가세 ₩4,000");
    await form.getByRole("button", { name: "고친 내용 저장" }).click();
    await expect.poll(() => row.innerText()).toContain("₩40,000");
    expect(await page.getByTestId("ledger-row").count()).toBe(1);
    // The change is in the audit trail, with who made it.
    await page.getByTestId("ledger-audit").locator("summary").click();
    await expect
      .poll(() => page.getByTestId("ledger-audit").innerText())
      .toContain("₩33,000 → ₩44,000");
    expect(await page.getByTestId("ledger-audit").innerText()).toContain(
      "김미용",
    );

    // The year's books as Excel, in the NTS columns.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("ledger-export-xlsx").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^간편장부_골목헤어_\d{4}\.xlsx$/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const sheet = wb.getWorksheet(`${Number(kstDate().slice(5, 7))}월`)!;
    expect(sheet.getCell("C3").value).toBe("염색약 7N");
    expect(sheet.getCell("B3").value).toBe("미용재료비");
    expect(sheet.getCell("D3").value).toBe("뷰티재료상사");
    expect(sheet.getCell("G3").value).toBe(40_000);
    expect(sheet.getCell("H3").value).toBe(4_000);
    expect(sheet.getCell("K3").value).toBe("카드");

    // Reports: the last 12 months and the VAT estimate, from the month totals.
    await page.getByTestId("ledger-reports-link").click();
    await page.waitForURL(/\/ledger\/reports$/);
    await expect
      .poll(() => page.getByTestId("recent-totals").innerText())
      .toContain("₩40,000");
    expect(await page.getByTestId("summary-chart").count()).toBe(1);
    await expect
      .poll(() => page.getByTestId("vat-report").innerText())
      .toContain("공제 매입세액 합계");
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(360);
    await page.screenshot({
      path: `${ARTIFACTS}/ledger-reports-360.png`,
      fullPage: true,
    });
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
