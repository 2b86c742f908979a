import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { LocalStack } from "../../functions/local/stack";
import { uniqueEmail } from "../support/api";
import { ARTIFACTS, ownerOnPhone, startJourney, type Journey } from "./browser";

let j: Journey;
let stack: LocalStack;
let browser: Browser;
let owner: Journey["owner"];

beforeAll(async () => {
  j = await startJourney({ password: "members-e2e-1" });
  ({ stack, browser, owner } = j);
}, 180_000);

afterAll(() => j?.stop());

describe("the owner manages the shop's members on a phone", () => {
  it("invites a staff member, makes them the accountant, then withdraws the invitation", async () => {
    const { page, pageErrors } = await ownerOnPhone(
      browser,
      stack.appUrl,
      owner,
    );
    await page.goto(`${stack.appUrl}/settings/members`);
    const email = uniqueEmail("staff");
    await page.getByLabel("이메일").fill(email);
    await page.getByRole("button", { name: "초대하기" }).click();
    const row = page.getByTestId(`member-${email}`);
    await expect.poll(() => row.innerText()).toContain("초대됨");
    // The owner's own row offers neither a role choice nor a delete button.
    const ownerRow = page.getByTestId(`member-${owner.email}`);
    expect(await ownerRow.locator("select").count()).toBe(0);
    expect(await ownerRow.getByRole("button").count()).toBe(0);

    await page.getByLabel(`${email}: 역할`).selectOption("accountant");
    await expect
      .poll(() => page.getByTestId("member-notice").innerText())
      .toContain("역할을 바꿨습니다");
    await page.reload();
    await expect
      .poll(() => page.getByLabel(`${email}: 역할`).inputValue())
      .toBe("accountant");
    await page.screenshot({ path: `${ARTIFACTS}/members-phone.png` });

    page.once("dialog", (d) => void d.accept());
    await row.getByRole("button", { name: "초대 취소" }).click();
    await expect
      .poll(() => page.getByTestId("member-notice").innerText())
      .toContain("초대를 취소했습니다");
    await expect.poll(() => row.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
