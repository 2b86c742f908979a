import { mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { Auth } from "../../core/auth";
import type { SignupInput } from "../../core/auth/schema";
import { startLocal, type LocalStack } from "../../functions/local/stack";
import { uniqueEmail } from "../support/api";

export const ARTIFACTS = "tests/.artifacts";

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function launch(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** The e-mails SES local received for one address. */
export async function mailTo(
  mailboxUrl: string,
  address: string,
  timeoutMs = 15_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { emails } = (await (await fetch(`${mailboxUrl}/store`)).json()) as {
      emails: {
        destination: { to: string[] };
        subject: string;
        body: { html?: string; text?: string };
      }[];
    };
    const mine = emails.filter((e) => e.destination.to.includes(address));
    if (mine.length > 0) return mine;
    if (Date.now() > deadline) throw new Error(`no e-mail for ${address}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A 360 px phone page, logged in as the owner, on the dashboard; page errors are collected. */
export async function ownerOnPhone(
  browser: Browser,
  appUrl: string,
  owner: { email: string; password: string },
): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await browser.newPage({
    viewport: { width: 360, height: 740 },
    locale: "ko-KR",
  });
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${appUrl}/login`);
  await page.getByLabel("이메일").fill(owner.email);
  await page.getByLabel("비밀번호").fill(owner.password);
  await page.getByRole("button", { name: "로그인" }).click();
  await page.waitForURL(/\/dashboard$/);
  return { page, pageErrors };
}

export interface Journey {
  stack: LocalStack;
  browser: Browser;
  owner: { email: string; password: string; tenantId: string };
  stop(): Promise<void>;
}

/**
 * What every journey starts from: the whole product on local ports (DynamoDB Local in memory,
 * SES local, the built web app), one shop whose owner is already verified, and Chromium.
 */
export async function startJourney(
  shop: Partial<SignupInput> & { password: string },
  stackOptions: { mailPollMs?: number } = {},
): Promise<Journey> {
  const stack = await startLocal({
    port: 0,
    inMemory: true,
    quiet: true,
    ...stackOptions,
  });
  const owner = { email: uniqueEmail("owner"), password: shop.password };
  const { tenantId } = await Auth.signup(
    {
      businessName: "골목헤어",
      noBizNo: true,
      bizNo: "",
      ownerName: "김골목",
      industry: "salon",
      phone: "01012345678",
      privacyConsent: true,
      ...shop,
      email: owner.email,
    } as SignupInput,
    "e2e",
    { preverified: true },
  );
  const browser = await launch();
  return {
    stack,
    browser,
    owner: { ...owner, tenantId },
    stop: async () => {
      await browser.close();
      await stack.stop();
    },
  };
}
