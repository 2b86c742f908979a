import { afterAll, beforeAll, describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import type { Browser } from "playwright-core";
import type { LocalStack } from "../../functions/local/stack";
import { kstMonth } from "../../core/time";
import { randomBizNo } from "../support/api";
import { ARTIFACTS, ownerOnPhone, startJourney, type Journey } from "./browser";

let j: Journey;
let stack: LocalStack;
let browser: Browser;
let owner: Journey["owner"];

beforeAll(async () => {
  j = await startJourney({
    noBizNo: false,
    bizNo: randomBizNo(),
    ownerName: "김미용",
    password: "import-e2e-1",
  });
  ({ stack, browser, owner } = j);
}, 180_000);

afterAll(() => j?.stop());

describe("the owner imports a card statement on a phone", () => {
  it("uploads an EUC-KR card CSV, checks the preview, imports it with a progress bar and finds the entries in the ledger", async () => {
    const { page, pageErrors } = await ownerOnPhone(
      browser,
      stack.appUrl,
      owner,
    );
    const m = kstMonth().replace("-", ".");
    const csv = [
      "골목카드 이용내역",
      "이용일자,가맹점명,이용금액,승인구분",
      `${m}.01,뷰티재료상사,"33,000",승인`,
      `${m}.01,편의점 골목점,"5,500",승인`,
      `${m}.01,뷰티재료상사,"11,000",취소`,
    ].join("\r\n");
    const file = {
      name: "카드내역.csv",
      mimeType: "text/csv",
      buffer: iconv.encode(csv, "euc-kr"),
    };
    await page.goto(`${stack.appUrl}/ledger/import`);
    await page.locator("#f-file").setInputFiles(file);
    await expect.poll(() => page.getByTestId("preview-row").count()).toBe(3);
    expect(await page.getByTestId("mapping-source").innerText()).toContain(
      "자동",
    );
    const first = await page.getByTestId("preview-row").first().innerText();
    expect(first).toContain("뷰티재료상사");
    expect(first).toContain("₩33,000");
    expect(await page.getByTestId("preview-row").nth(2).innerText()).toContain(
      "₩-11,000",
    );
    // A salon's purchases go to its own material account by default.
    expect(
      await page
        .getByTestId("preview-row")
        .first()
        .getByLabel("계정과목")
        .inputValue(),
    ).toBe("hair_supplies");
    // The convenience-store line is something else: change its account.
    await page
      .getByTestId("preview-row")
      .nth(1)
      .getByLabel("계정과목")
      .selectOption("supplies");
    const width = await page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(360);
    await page.screenshot({
      path: `${ARTIFACTS}/ledger-import-360.png`,
      fullPage: true,
    });

    await page.getByTestId("run-import").click();
    const summary = page.getByTestId("import-summary");
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.innerText()).toContain("장부에 기록 3건");
    expect(
      await page.getByRole("progressbar").getAttribute("aria-valuenow"),
    ).toBe("3");

    await page.goto(`${stack.appUrl}/ledger`);
    await expect.poll(() => page.getByTestId("ledger-row").count()).toBe(3);
    const ledger = await page.getByTestId("ledger-table").innerText();
    expect(ledger).toContain("뷰티재료상사");
    expect(ledger).toContain("소모품비");
    // 33,000 − 11,000 on a card = 20,000 + 2,000 VAT; 5,500 = 5,000 + 500.
    expect(await page.getByTestId("ledger-totals").innerText()).toContain(
      "₩-25,000",
    );

    // The same file again: every line is flagged as already in the books and left unticked.
    await page.goto(`${stack.appUrl}/ledger/import`);
    await page.locator("#f-file").setInputFiles(file);
    await expect.poll(() => page.getByTestId("dup-badge").count()).toBe(3);
    expect(await page.getByTestId("already-imported").innerText()).toContain(
      "이미 가져왔습니다",
    );
    expect(await page.getByTestId("run-import").innerText()).toContain(
      "0건 가져오기",
    );
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
