import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { LocalStack } from "../../functions/local/stack";
import { uniqueEmail } from "../support/api";
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
  j = await startJourney({ password: "payroll-e2e-1" }, { mailPollMs: 200 });
  ({ stack, browser, owner } = j);
}, 180_000);

afterAll(() => j?.stop());

describe("the owner pays two employees on a phone", () => {
  it("adds employees, runs and confirms the month, and each employee gets a payslip e-mail", async () => {
    const { page, pageErrors } = await ownerOnPhone(
      browser,
      stack.appUrl,
      owner,
    );
    await page.getByRole("link", { name: "급여" }).first().click();
    await page.waitForURL(/\/payroll$/);

    const staff = [
      {
        name: "김미용",
        rrn: "900101-1234567",
        type: "monthly",
        base: "2300000",
        email: uniqueEmail("kim"),
      },
      {
        name: "이알바",
        rrn: "030505-4234567",
        type: "hourly",
        wage: "10320",
        hours: "20",
        email: uniqueEmail("lee"),
      },
    ];
    for (const s of staff) {
      await page.getByTestId("add-employee").click();
      const form = page.getByTestId("employee-form");
      await form.getByLabel("이름").fill(s.name);
      await form.getByLabel("주민등록번호").fill(s.rrn);
      await form.getByLabel("고용형태").selectOption(s.type);
      if (s.base) await form.getByLabel("기본급 (월)").fill(s.base);
      if (s.wage) {
        await form.getByLabel("시급").fill(s.wage);
        await form.getByLabel("주 소정근로시간").fill(s.hours!);
      }
      await form.getByLabel("이메일 (임금명세서 받을 주소)").fill(s.email);
      await form.getByRole("button", { name: "직원 저장" }).click();
      await page.getByTestId("employees").getByText(s.name).waitFor();
    }
    const table = await page.getByTestId("employees").textContent();
    expect(table).toContain("900101-1******");
    expect(table).not.toContain("1234567");

    // Edit: the stored resident number stays when the field is left empty.
    await page.getByRole("button", { name: "김미용 수정" }).click();
    const edit = page.getByTestId("employee-form");
    await edit.getByLabel("기본급 (월)").fill("2400000");
    await edit.getByRole("button", { name: "직원 저장" }).click();
    await page.getByTestId("employees").getByText("₩2,400,000").waitFor();
    expect(await page.getByTestId("employees").textContent()).toContain(
      "900101-1******",
    );

    await page.getByLabel("귀속월").fill("2026-04");
    await page.getByLabel("지급일").fill("2026-04-24");
    await page.getByLabel("김미용 연장근로시간").fill("4");
    await page.getByLabel("김미용 야간근로시간").fill("2");
    await page.getByLabel(/상시 5인 이상/).check();
    await page.getByRole("button", { name: "미리 계산" }).click();
    await page.getByTestId("run-result").waitFor();
    expect(await page.getByTestId("run-result").textContent()).toContain(
      "미리 계산",
    );
    await page.getByRole("button", { name: "초안 저장" }).click();
    await page.getByTestId("confirm-run").click();
    await page.getByTestId("run-confirmed").waitFor();
    await page.screenshot({
      path: `${ARTIFACTS}/payroll-360.png`,
      fullPage: true,
    });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(360);

    for (const s of staff) {
      const [mail] = await mailTo(stack.mailboxUrl, s.email);
      expect(mail.subject).toContain("2026년 4월분 임금명세서");
      expect(mail.body.text).toContain("실지급액");
      expect(JSON.stringify(mail)).not.toContain(s.rrn.slice(7));
    }
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
