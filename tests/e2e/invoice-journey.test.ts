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

let j: Journey;
let stack: LocalStack;
let browser: Browser;
let owner: Journey["owner"];

beforeAll(async () => {
  j = await startJourney(
    {
      businessName: "골목카센터",
      noBizNo: false,
      bizNo: randomBizNo(),
      ownerName: "박정비",
      industry: "carRepair",
      password: "invoice-e2e-1",
    },
    { mailPollMs: 200 },
  );
  ({ stack, browser, owner } = j);
}, 180_000);

afterAll(() => j?.stop());

describe("the owner invoices a client from a phone", () => {
  it("creates a client, issues, e-mails; the client opens the link and confirms; the owner sees it", async () => {
    const { page, pageErrors } = await ownerOnPhone(
      browser,
      stack.appUrl,
      owner,
    );

    // 거래처 등록
    const clientEmail = uniqueEmail("client");
    const bizNo = randomBizNo();
    await page.goto(`${stack.appUrl}/clients`);
    const form = page.getByTestId("client-form");
    await form
      .getByLabel("사업자등록번호")
      .fill(`${bizNo.slice(0, 3)}-${bizNo.slice(3, 5)}-${bizNo.slice(5)}`);
    await form.getByLabel("상호").fill("한빛운수");
    await form.getByLabel("이메일", { exact: true }).fill(clientEmail);
    await form.getByRole("button", { name: "저장" }).click();
    await expect
      .poll(() => page.getByTestId("clients").innerText())
      .toContain("한빛운수");

    // 세금계산서 작성: 거래처를 고르고 품목을 입력하면 합계가 바로 계산된다
    await page.getByRole("link", { name: "세금계산서" }).first().click();
    await page.waitForURL(/\/invoices$/);
    await page.getByTestId("new-invoice").click();
    await page.waitForURL(/\/invoices\/new$/);
    await page.getByTestId("pick-client").selectOption(bizNo);
    const line = page.getByTestId("line").first();
    await line.getByLabel("품목").fill("엔진오일 교환");
    await line.getByLabel("수량").fill("2");
    await line.getByLabel("단가").fill("45555");
    await expect
      .poll(() => page.getByTestId("grand-total").innerText())
      .toBe("₩100,221");
    await page.screenshot({
      path: `${ARTIFACTS}/invoice-form-360.png`,
      fullPage: true,
    });
    await page.getByTestId("issue").click();
    await page.waitForURL(/\/invoices\/inv_/);
    await expect
      .poll(() => page.getByTestId("approval-no").innerText())
      .toMatch(/^\d{8}-[0-9A-Z]{8}-\d{8}$/);
    await expect
      .poll(() => page.getByTestId("step-nts").innerText())
      .toContain("로컬 모드");

    // 메일 보내기 → 로컬 메일함에 PDF와 함께 도착
    await page.getByTestId("send").click();
    const [mail] = await mailTo(stack.mailboxUrl, clientEmail, 20_000);
    expect(mail.subject).toContain("골목카센터");
    const token = /\/r\/([A-Za-z0-9_-]{43})/.exec(mail.body.text ?? "")![1];
    await expect
      .poll(
        () =>
          page.reload().then(() => page.getByTestId("step-sent").innerText()),
        { timeout: 10_000 },
      )
      .toMatch(/메일 발송 \d/);

    // 받는 분: 로그인 없이 링크를 열고 수신확인
    const client = await browser.newPage({
      viewport: { width: 360, height: 740 },
      locale: "ko-KR",
    });
    await client.goto(`${stack.appUrl}/r/${token}`);
    await expect
      .poll(() => client.getByTestId("recipient-invoice").innerText())
      .toContain("₩100,221");
    await client.getByTestId("confirm-receipt").click();
    await expect
      .poll(() => client.getByTestId("confirmed").innerText())
      .toContain("수신확인했습니다");
    await client.screenshot({
      path: `${ARTIFACTS}/invoice-recipient-360.png`,
      fullPage: true,
    });

    // 사장님 화면에 수신확인이 보인다
    await page.reload();
    await expect
      .poll(() => page.getByTestId("step-confirmed").innerText())
      .toMatch(/수신확인 \d/);
    await expect
      .poll(() => page.getByTestId("invoice-status").innerText())
      .toBe("수신확인");
    await page.screenshot({
      path: `${ARTIFACTS}/invoice-detail-360.png`,
      fullPage: true,
    });

    // 첫 화면: no certificate yet, so the NTS transmission failed and the dashboard says so.
    await page.goto(`${stack.appUrl}/`);
    await expect
      .poll(() => page.getByTestId("dashboard-alerts").innerText())
      .toContain("국세청 전송 실패");
    await page
      .getByTestId("dashboard-alerts")
      .getByRole("link")
      .first()
      .click();
    await expect
      .poll(() => page.getByTestId("invoice-status").innerText())
      .toBe("수신확인");
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
