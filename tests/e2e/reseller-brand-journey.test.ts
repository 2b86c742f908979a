import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin } from "../../scripts/admin";
import { uniqueEmail } from "../support/api";
import { ARTIFACTS, mailTo, startJourney, type Journey } from "./browser";

// The console's 브랜드 page in real Chromium on a phone: a reseller admin sets a display name,
// colours and a logo, meets the logo size limit and a field error from the API, saves, then opens
// the reseller's login page (/r/<slug>) from the page and sees the brand's name and colour there.
let j: Journey;

beforeAll(async () => {
  j = await startJourney({ password: "brand-e2e-2026!" }, { mailPollMs: 200 });
}, 180_000);

afterAll(() => j?.stop());

const PNG_1PX = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const NAME = "누리통신 비즈";
const PRIMARY = "#7c3aed";
const ACCENT = "#0ea5e9";

describe("a reseller admin sets the brand in the console", () => {
  it("saves name, colours and logo, and the branded login page at /r/<slug> shows them", async () => {
    const { stack, browser } = j;
    const adminEmail = uniqueEmail("brand-admin");
    const slug = `nuri-${Date.now().toString(36)}`;
    await admin([
      "reseller",
      "create",
      "--name",
      "누리통신",
      "--kind",
      "isp",
      "--share",
      "20",
      "--slug",
      slug,
      "--admin-email",
      adminEmail,
    ]);
    // The set-password link (the console journey covers that page); then sign in in the browser.
    const [mail] = await mailTo(stack.mailboxUrl, adminEmail);
    const token = /\/console\/password\?token=([A-Za-z0-9_-]+)/.exec(
      mail.body.text ?? "",
    )![1];
    const set = await fetch(`${stack.appUrl}/api/reseller-console/password`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, password: "brand-console-2026!" }),
    });
    expect(set.status).toBe(200);

    const page = await browser.newPage({
      viewport: { width: 360, height: 740 },
      locale: "ko-KR",
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${stack.appUrl}/console/login`);
    await page.getByLabel("이메일").fill(adminEmail);
    await page.getByLabel("비밀번호").fill("brand-console-2026!");
    await page.getByRole("button", { name: "로그인" }).click();
    await page.waitForURL(/\/console$/);

    await page.getByRole("link", { name: "브랜드" }).click();
    await page.waitForURL(/\/console\/brand$/);
    // No brand yet: the reseller's name and Golmok's colours to start from.
    const displayName = page.getByLabel("표시 이름");
    await expect.poll(() => displayName.inputValue()).toBe("누리통신");

    await displayName.fill(NAME);
    await page.getByLabel("기본 색상", { exact: true }).fill(PRIMARY);
    await page.getByLabel("강조 색상", { exact: true }).fill(ACCENT);
    // The live preview follows the form before anything is saved.
    expect(await page.getByTestId("preview-name").innerText()).toBe(NAME);
    expect(
      await page
        .getByTestId("preview-button")
        .evaluate((e) => getComputedStyle(e).backgroundColor),
    ).toBe("rgb(124, 58, 237)");
    expect(
      await page
        .getByTestId("preview-header")
        .evaluate((e) => getComputedStyle(e).borderBottomColor),
    ).toBe("rgb(14, 165, 233)");

    // A logo over the limit is stopped in the browser with the Korean limit message.
    const logoInput = page.locator("#f-logo");
    await logoInput.setInputFiles({
      name: "big-logo.png",
      mimeType: "image/png",
      buffer: Buffer.concat([PNG_1PX, Buffer.alloc(40 * 1024)]),
    });
    expect(await page.getByTestId("error-logo").innerText()).toContain(
      "로고는 32KB 이하여야 합니다.",
    );
    expect(await page.getByTestId("logo-preview").count()).toBe(0);
    await logoInput.setInputFiles({
      name: "logo.png",
      mimeType: "image/png",
      buffer: PNG_1PX,
    });
    await page.getByTestId("logo-preview").waitFor();
    expect(await page.getByTestId("error-logo").count()).toBe(0);

    // A bad e-mail: the API's Korean message under that field, nothing saved.
    await page.getByLabel("고객센터 이메일").fill("help-at-nuri");
    await page.getByRole("button", { name: "저장" }).click();
    const emailError = page.getByTestId("error-supportEmail");
    await emailError.waitFor();
    expect(await emailError.innerText()).toContain(
      "이메일 형식이 올바르지 않습니다.",
    );
    expect(await page.getByTestId("brand-saved").count()).toBe(0);

    await page.getByLabel("고객센터 이메일").fill("help@nuri.example");
    await page.getByLabel("고객센터 전화").fill("1600-1234");
    await page.getByRole("button", { name: "저장" }).click();
    const saved = page.getByTestId("brand-saved");
    await saved.waitFor();
    expect(await saved.innerText()).toContain("저장했습니다.");
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(360);
    await page.screenshot({
      path: `${ARTIFACTS}/console-brand-360.png`,
      fullPage: true,
    });

    // The link opens the branded login page in a new tab.
    const link = page.getByTestId("open-login");
    expect(await link.getAttribute("target")).toBe("_blank");
    const [login] = await Promise.all([
      page.context().waitForEvent("page"),
      link.click(),
    ]);
    await login.waitForURL(new RegExp(`/r/${slug}$`));
    const brandName = login.getByTestId("brand-name");
    await brandName.waitFor();
    expect(await brandName.textContent()).toBe(NAME);
    expect(
      await login.evaluate(() =>
        getComputedStyle(document.documentElement)
          .getPropertyValue("--accent")
          .trim(),
      ),
    ).toBe(PRIMARY);
    expect(
      await login
        .getByRole("button", { name: "로그인" })
        .evaluate((e) => getComputedStyle(e).backgroundColor),
    ).toBe("rgb(124, 58, 237)");
    expect(await login.getByTestId("brand-support").innerText()).toContain(
      "help@nuri.example",
    );
    expect(await login.locator(".brand-logo").getAttribute("src")).toMatch(
      /^data:image\/png;base64,/,
    );
    await login.screenshot({
      path: `${ARTIFACTS}/console-brand-login-360.png`,
      fullPage: true,
    });

    // Reloading the console page shows what was saved.
    await page.reload();
    await expect
      .poll(() => page.getByLabel("표시 이름").inputValue())
      .toBe(NAME);
    expect(
      await page.getByLabel("기본 색상", { exact: true }).inputValue(),
    ).toBe(PRIMARY);
    expect(pageErrors).toEqual([]);
    await login.close();
    await page.close();
  }, 120_000);
});
