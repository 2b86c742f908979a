import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin } from "../../scripts/admin";
import { randomBizNo, uniqueEmail } from "../support/api";
import { ARTIFACTS, mailTo, startJourney, type Journey } from "./browser";

let j: Journey;

beforeAll(async () => {
  j = await startJourney({ password: "console-e2e-1" }, { mailPollMs: 200 });
}, 180_000);

afterAll(() => j?.stop());

function csv(tag: string): { text: string; bad: string[] } {
  const header =
    "가입자번호,상호,사업자등록번호,대표자명,대표 이메일,요금제,업종";
  const rows = Array.from({ length: 50 }, (_, i) => [
    `${tag}-${String(i + 1).padStart(3, "0")}`,
    `골목가게 ${i + 1}호`,
    randomBizNo(),
    "김대표",
    uniqueEmail(`e2e${i}`),
    i % 2 ? "기본" : "플러스",
    "미용실",
  ]);
  rows[9][4] = "메일주소아님"; // line 11
  rows[29][2] = "123-45-67890"; // line 31: wrong checksum
  return {
    text: [header, ...rows.map((r) => r.join(","))].join("\r\n"),
    bad: [rows[9][0], rows[29][0]],
  };
}

describe("a reseller admin on a phone", () => {
  it("sets the password from the e-mail, bulk-provisions 50 shops (2 malformed), downloads the error report and creates an API key shown once", async () => {
    const { stack, browser } = j;
    const adminEmail = uniqueEmail("console-admin");
    const tag = Date.now().toString(36);
    await admin([
      "reseller",
      "create",
      "--name",
      "골목통신",
      "--kind",
      "isp",
      "--share",
      "20",
      "--slug",
      `e2e-${tag}`,
      "--admin-email",
      adminEmail,
    ]);
    const [mail] = await mailTo(stack.mailboxUrl, adminEmail);
    const link = /(\/console\/password\?token=[A-Za-z0-9_-]+)/.exec(
      mail.body.text ?? "",
    )![1];

    const page = await browser.newPage({
      viewport: { width: 360, height: 740 },
      locale: "ko-KR",
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${stack.appUrl}${link}`);
    await page.getByLabel("새 비밀번호").fill("console-pass-2026!");
    await page.getByRole("button", { name: "비밀번호 정하기" }).click();
    await page.getByTestId("password-set").waitFor();
    await page.getByRole("link", { name: "로그인" }).click();
    await page.waitForURL(/\/console\/login$/);
    await page.getByLabel("이메일").fill(adminEmail);
    await page.getByLabel("비밀번호").fill("console-pass-2026!");
    await page.getByRole("button", { name: "로그인" }).click();
    await page.waitForURL(/\/console$/);
    expect(await page.getByTestId("reseller-name").innerText()).toContain(
      "골목통신",
    );
    await page.getByTestId("no-tenants").waitFor();

    // The console cookie is HttpOnly and scoped to the console's API; the shop app does not know it.
    const cookies = await page.context().cookies();
    const c = cookies.find((x) => x.name === "golmok_console")!;
    expect(c).toMatchObject({ httpOnly: true, path: "/api/reseller-console" });
    expect(await page.evaluate(() => document.cookie)).not.toContain(
      "golmok_console",
    );
    expect(
      await page.evaluate(async () => (await fetch("/api/me")).status),
    ).toBe(401);

    // Bulk provisioning.
    await page.getByRole("link", { name: "일괄 개설" }).click();
    const { text, bad } = csv(`E2E${tag}`);
    await page.locator("#f-file").setInputFiles({
      name: "가맹점-50.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(text),
    });
    await page.getByTestId("bulk-preview").waitFor();
    expect(await page.getByTestId("preview-counts").innerText()).toMatch(
      /50줄.*48.*2/s,
    );
    expect(await page.getByTestId("invalid-row").count()).toBe(2);
    expect(await page.getByTestId("invalid-row").first().innerText()).toContain(
      "대표 이메일",
    );
    await page.getByTestId("run-bulk").click();
    // The progress bar counts the chunks as they come back.
    const bar = page.getByRole("progressbar", { name: "개설 진행" });
    await bar.waitFor();
    expect(await bar.getAttribute("aria-valuemax")).toBe("48");
    await page.getByTestId("bulk-summary").waitFor({ timeout: 60_000 });
    expect(await bar.getAttribute("aria-valuenow")).toBe("48");
    expect(await page.getByTestId("progress-text").innerText()).toBe("48 / 48");
    expect(await page.getByTestId("count-created").innerText()).toContain("48");
    expect(await page.getByTestId("count-error").innerText()).toContain("2");
    const width = await page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(360);
    await page.screenshot({
      path: `${ARTIFACTS}/console-bulk-360.png`,
      fullPage: true,
    });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("error-report").click(),
    ]);
    expect(download.suggestedFilename()).toBe("오류-가맹점-50.csv");
    const report = readFileSync((await download.path())!);
    expect([...report.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = report.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines[0]).toMatch(/^줄,가입자번호,상호,사업자등록번호/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      new RegExp(
        `^11,${bad[0]},.*대표 이메일: 이메일 형식이 올바르지 않습니다`,
      ),
    );
    expect(lines[2]).toMatch(
      new RegExp(`^31,${bad[1]},.*사업자등록번호: 유효하지 않은`),
    );

    // The shops list has the 48.
    await page.getByRole("link", { name: "사업장" }).click();
    await expect
      .poll(() => page.getByTestId("tenant-row").count(), { timeout: 20_000 })
      .toBe(48);

    // An API key: shown once.
    await page.getByRole("link", { name: "API 키" }).click();
    await page.getByLabel("키 이름").fill("청구 시스템");
    await page.getByLabel(/명세 조회/).check();
    await page.getByRole("button", { name: "키 만들기" }).last().click();
    const secret = await page.getByTestId("new-key-secret").innerText();
    expect(secret).toMatch(/^gk_[A-Za-z0-9_-]{43}$/);
    const api = await fetch(`${stack.appUrl}/reseller/v1/tenants?limit=1`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(api.status).toBe(200);
    await page.screenshot({
      path: `${ARTIFACTS}/console-key-360.png`,
      fullPage: true,
    });
    await page.reload();
    await page.getByTestId("key-row").first().waitFor();
    expect(await page.getByTestId("key-row").first().innerText()).toContain(
      "청구 시스템",
    );
    expect(await page.content()).not.toContain(secret);
    expect(await page.getByTestId("new-key").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
