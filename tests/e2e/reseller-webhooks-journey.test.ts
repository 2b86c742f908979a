import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { admin } from "../../scripts/admin";
import { uniqueEmail } from "../support/api";
import { ARTIFACTS, mailTo, startJourney, type Journey } from "./browser";

// A reseller admin on a phone registers a webhook pointing at a receiver on this machine, sees
// its signing secret once, sends a test and watches it arrive (전달) in the delivery log; then a
// delivery that fails all 8 attempts (실패) is sent again with 다시 보내기 and arrives.

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
}
const got: Received[] = [];
let answers: number[] = [];
const receiver = createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    got.push({ headers: req.headers, body });
    res.writeHead(answers.shift() ?? 200).end("ok");
  });
});
let hookUrl = "";
let j: Journey;
let savedBase: string | undefined;

beforeAll(async () => {
  // The stack's webhook loop runs in this process: retries 20 ms apart, doubling.
  savedBase = process.env.WEBHOOK_RETRY_BASE_MS;
  process.env.WEBHOOK_RETRY_BASE_MS = "20";
  await new Promise<void>((ok) => receiver.listen(0, "127.0.0.1", ok));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/golmok/hook`;
  j = await startJourney({ password: "webhooks-e2e-1" }, { mailPollMs: 200 });
}, 180_000);

afterAll(async () => {
  process.env.WEBHOOK_RETRY_BASE_MS = savedBase;
  await j?.stop();
  receiver.closeAllConnections();
  await new Promise<void>((done) => receiver.close(() => done()));
});

async function signedInAdmin(): Promise<{ page: Page; pageErrors: string[] }> {
  const { stack, browser } = j;
  const adminEmail = uniqueEmail("webhook-admin");
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
    `wh-${Date.now().toString(36)}`,
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
  await page.goto(`${stack.appUrl}/console/login`);
  await page.getByLabel("이메일").fill(adminEmail);
  await page.getByLabel("비밀번호").fill("console-pass-2026!");
  await page.getByRole("button", { name: "로그인" }).click();
  await page.waitForURL(/\/console$/);
  return { page, pageErrors };
}

/** Refreshes the log until the delivery's row shows `label`. */
async function rowBecomes(page: Page, id: string, label: string) {
  const row = page.locator(`[data-testid="delivery-row"][data-id="${id}"]`);
  await expect
    .poll(
      async () => {
        await page.getByTestId("refresh-log").click();
        await page.waitForTimeout(150);
        return (await row.count())
          ? await row.getByTestId("delivery-status").innerText()
          : "";
      },
      { timeout: 30_000, interval: 250 },
    )
    .toBe(label);
  return row;
}

const verify = (secret: string, g: Received) => {
  const ts = String(g.headers["x-golmok-timestamp"]);
  return (
    g.headers["x-golmok-signature"] ===
    `v1=${createHmac("sha256", secret).update(`${ts}.${g.body}`).digest("hex")}`
  );
};

describe("a reseller admin's webhooks on a phone", () => {
  it("adds an endpoint, sees the secret once, sends a test that arrives (전달), and sends a failed delivery again (다시 보내기 → 전달)", async () => {
    const { page, pageErrors } = await signedInAdmin();
    page.on("dialog", (d) => void d.accept());
    await page.getByRole("link", { name: "웹훅" }).click();
    await page.waitForURL(/\/console\/webhooks$/);
    await page.getByTestId("no-webhooks").waitFor();
    await page.getByTestId("no-deliveries").waitFor();

    // A URL the server refuses: its Korean message beside the field.
    await page
      .getByLabel("받을 주소 (URL)")
      .fill("ftp://billing.isp.example/x");
    await page.getByRole("button", { name: "웹훅 등록" }).click();
    expect(await page.getByTestId("error-url").innerText()).toMatch(
      /https:\/\//,
    );
    // Events: none chosen is refused before sending.
    await page.getByLabel(/사업장 개설/).uncheck();
    await page.getByLabel("받을 주소 (URL)").fill(hookUrl);
    await page.getByRole("button", { name: "웹훅 등록" }).click();
    expect(await page.getByTestId("error-events").innerText()).toContain(
      "이벤트를 하나 이상",
    );
    await page.getByLabel(/사업장 개설/).check();
    await page.getByLabel(/이용 정지/).check();
    await page.getByLabel("설명 (선택)").fill("청구 시스템");
    await page.getByRole("button", { name: "웹훅 등록" }).click();

    const secret = await page.getByTestId("new-webhook-secret").innerText();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const row = page.getByTestId("webhook-row");
    await row.waitFor();
    expect(await row.innerText()).toContain(hookUrl);
    expect(await row.innerText()).toMatch(/사업장 개설, 이용 정지/);
    expect(await row.getByTestId("webhook-status").innerText()).toBe("사용 중");
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(360);
    await page.screenshot({
      path: `${ARTIFACTS}/console-webhook-secret-360.png`,
      fullPage: true,
    });

    // A test event: delivered, signed with the secret the page showed.
    await row.getByRole("button", { name: "시험 전송" }).click();
    await page.getByRole("status").waitFor();
    await expect
      .poll(
        async () => {
          await page.getByTestId("refresh-log").click();
          return page.getByTestId("delivery-row").count();
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    const testId = (await page
      .getByTestId("delivery-row")
      .first()
      .getAttribute("data-id"))!;
    const delivered = await rowBecomes(page, testId, "전달");
    expect(got).toHaveLength(1);
    expect(verify(secret, got[0])).toBe(true);
    expect(JSON.parse(got[0].body).type).toBe("webhook.test");
    expect(await delivered.getByTestId("delivery-attempts").innerText()).toBe(
      "1/8",
    );
    expect(await delivered.getByTestId("delivery-outcome").innerText()).toBe(
      "HTTP 200",
    );
    expect(await delivered.innerText()).toContain("시험 전송");
    // Korean dates and times: 2026. 12. 2. 14:05:09
    expect(await delivered.innerText()).toMatch(
      /\d{4}\. \d{1,2}\. \d{1,2}\. \d{2}:\d{2}:\d{2}/,
    );
    await delivered.getByText("보낸 본문").click();
    expect(await delivered.getByTestId("delivery-body").innerText()).toContain(
      '"type": "webhook.test"',
    );
    expect(await page.getByTestId("retry").count()).toBe(0);

    // The secret was shown once: after a reload it is nowhere on the page.
    await page.reload();
    await page.getByTestId("webhook-row").waitFor();
    await page.getByTestId("delivery-row").first().waitFor();
    expect(await page.getByTestId("new-webhook").count()).toBe(0);
    expect(await page.content()).not.toContain(secret);

    // A receiver failing every one of the 8 attempts: 실패, 8/8, HTTP 500.
    answers = Array(8).fill(500);
    await page
      .getByTestId("webhook-row")
      .getByRole("button", { name: "시험 전송" })
      .click();
    await expect
      .poll(
        async () => {
          await page.getByTestId("refresh-log").click();
          return page.getByTestId("delivery-row").count();
        },
        { timeout: 10_000 },
      )
      .toBe(2);
    const failedId = (await page
      .getByTestId("delivery-row")
      .first()
      .getAttribute("data-id"))!;
    expect(failedId).not.toBe(testId);
    const failed = await rowBecomes(page, failedId, "실패");
    expect(got).toHaveLength(9);
    expect(await failed.getByTestId("delivery-attempts").innerText()).toBe(
      "8/8",
    );
    expect(await failed.getByTestId("delivery-outcome").innerText()).toBe(
      "HTTP 500",
    );
    // The status filter shows just the failed one.
    await page.getByLabel("상태", { exact: true }).selectOption("failed");
    await expect.poll(() => page.getByTestId("delivery-row").count()).toBe(1);
    await page.screenshot({
      path: `${ARTIFACTS}/console-webhook-failed-360.png`,
      fullPage: true,
    });

    // 다시 보내기: pending again with a fresh budget, then delivered by the next attempt.
    await failed.getByTestId("retry").click();
    await page.getByRole("status").waitFor();
    await page.getByLabel("상태", { exact: true }).selectOption("");
    const resent = await rowBecomes(page, failedId, "전달");
    expect(got).toHaveLength(10);
    expect(verify(secret, got[9])).toBe(true);
    expect(got[9].body).toBe(got[1].body);
    expect(await resent.getByTestId("delivery-attempts").innerText()).toMatch(
      /^1\/8\s*다시 보냄 1$/,
    );
    expect(await page.getByTestId("retry").count()).toBe(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(360);
    await page.screenshot({
      path: `${ARTIFACTS}/console-webhook-log-360.png`,
      fullPage: true,
    });

    // Disable, enable, delete (confirmed).
    const hookRow = page.getByTestId("webhook-row");
    await hookRow.getByRole("button", { name: "중지" }).click();
    await expect
      .poll(() => hookRow.getByTestId("webhook-status").innerText())
      .toBe("중지됨");
    await hookRow.getByRole("button", { name: "다시 켜기" }).click();
    await expect
      .poll(() => hookRow.getByTestId("webhook-status").innerText())
      .toBe("사용 중");
    await hookRow.getByRole("button", { name: "삭제" }).click();
    await page.getByTestId("no-webhooks").waitFor();
    // The log stays.
    expect(await page.getByTestId("delivery-row").count()).toBe(2);
    expect(pageErrors).toEqual([]);
  }, 150_000);
});
