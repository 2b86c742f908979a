import { readFileSync } from "node:fs";
import JSZip from "jszip";
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

  it("downloads everything of the shop as one zip from 설정, then reads the download and the role change in the audit log", async () => {
    const { page, pageErrors } = await ownerOnPhone(
      browser,
      stack.appUrl,
      owner,
    );
    await page.goto(`${stack.appUrl}/settings/profile`);
    const panel = page.getByTestId("export-panel");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "zip 파일 만들기" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^골목_골목헤어_\d{4}-\d{2}-\d{2}\.zip$/,
    );
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const profile = JSON.parse(
      await zip.file("data/profile.json")!.async("string"),
    );
    expect(profile).toMatchObject({
      id: owner.tenantId,
      businessName: "골목헤어",
    });
    const members = JSON.parse(
      await zip.file("data/members.json")!.async("string"),
    );
    expect(JSON.stringify(members)).toContain(owner.email);
    expect(JSON.stringify(members)).not.toMatch(/scrypt|passwordHash/);
    expect(zip.file("manifest.json")).not.toBeNull();
    // The link stays on the page for a second try, with the size and the last day.
    await expect
      .poll(() => panel.getByTestId("export-ready").innerText())
      .toMatch(
        /골목_골목헤어_.*\.zip \(\d+ KB, 파일 \d+개\) — \d{4}\. \d{1,2}\. \d{1,2}\.까지/,
      );

    await page.getByRole("link", { name: "감사 기록 보기" }).click();
    await page.waitForURL(/\/settings\/audit$/);
    const log = page.getByTestId("audit-log");
    await expect.poll(() => log.innerText()).toContain("데이터 내려받기");
    const text = await log.innerText();
    // Details read in Korean, ids left out: the export, and the first test's role change.
    expect(text).toContain("주민등록번호·계좌번호: 가림");
    expect(text).toContain("역할: 직원 → 세무사(읽기 전용)");
    expect(text).not.toMatch(/exportId|memberUserId|usr_|exp_/);
    await page.screenshot({ path: `${ARTIFACTS}/audit-phone.png` });
    expect(pageErrors).toEqual([]);
  });
});
