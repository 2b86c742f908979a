import { mkdirSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

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
