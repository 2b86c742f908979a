// Issue #9 §6: secrets, resident numbers, account numbers and tokens never reach the logs. The
// test turns request logging on, captures everything the process writes (console and the raw
// stdout/stderr streams) through a run that touches every kind of secret — sign-up and login,
// a password reset, an employee with a 주민등록번호 and an account, a payroll confirmation and its
// payslip e-mails, a certificate upload, an invoice issued, e-mailed and opened through its
// recipient link, a reseller API call, and bad input carrying the same values — then greps it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  linkToken,
  mailbox,
  newTenant,
  randomIp,
  uniqueEmail,
} from "../support/api";
import { makeP12 } from "../support/certificate";
import { buyer, issueInvoice, today } from "../support/invoice";
import { addEmployee } from "../support/payroll";
import { newReseller, provisionBody, rcall } from "../support/reseller";
import { Mail } from "../../core/mail";
import { Webhook } from "../../core/reseller/webhook";
import { setAttributes } from "../support/db";
import { kstMonth } from "../../core/time";

const RRN = "900101-1234567";
const ACCOUNT = "123456-01-987654";
const CERT_PASSWORD = "cert-pw-Very-Secret-77";

let captured = "";
const restore: (() => void)[] = [];

beforeAll(() => {
  process.env.GOLMOK_LOG_REQUESTS = "1";
  for (const name of ["log", "info", "warn", "error", "debug"] as const) {
    const original = console[name];
    console[name] = (...args: unknown[]) => {
      captured +=
        args
          .map((a) =>
            typeof a === "string"
              ? a
              : a instanceof Error
                ? `${a.name} ${a.message} ${a.stack}`
                : JSON.stringify(a),
          )
          .join(" ") + "\n";
    };
    restore.push(() => (console[name] = original));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      captured += String(chunk);
      return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => (stream.write = original));
  }
});

afterAll(() => {
  for (const r of restore) r();
  process.env.GOLMOK_LOG_REQUESTS = "0";
});

describe("logs", () => {
  it("carry no password, session, CSRF or reset token, RRN, account number, certificate password, recipient token or API key", async () => {
    const secrets: Record<string, string> = {};
    const s = await newTenant();
    secrets.password = s.password;
    secrets.session = s.cookie.split("=")[1];
    secrets.csrf = s.csrf;

    // A password reset: its token travels in an e-mail and a request body.
    const ip = randomIp();
    expect(
      (
        await call("POST", "/api/auth/password-reset", {
          body: { email: s.email },
          ip,
        })
      ).status,
    ).toBe(200);
    const reset = (await mailbox(s.email, { wait: 2 })).find((m) =>
      /reset\?token=/.test(m.body.text ?? ""),
    );
    secrets.resetToken = linkToken(reset!, "/reset");
    const newPassword = "a-New-Password-93!";
    secrets.newPassword = newPassword;
    expect(
      (
        await call("POST", "/api/auth/password-reset/confirm", {
          body: { token: secrets.resetToken, password: newPassword },
          ip,
        })
      ).status,
    ).toBe(200);
    const relogin = await call("POST", "/api/auth/login", {
      body: { email: s.email, password: newPassword },
      ip,
    });
    expect(relogin.status).toBe(200);
    s.cookie = `golmok_session=${/golmok_session=([^;]+)/.exec(relogin.headers.get("set-cookie")!)![1]}`;
    s.csrf = relogin.json.csrfToken;
    secrets.session2 = s.cookie.split("=")[1];
    // A wrong password and malformed JSON that carry the password.
    await call("POST", "/api/auth/login", {
      body: { email: s.email, password: `${newPassword}x` },
      ip,
    });
    await call("POST", "/api/auth/login", {
      rawBody: `{"email":"${s.email}","password":"${newPassword}"`,
      ip,
    });

    // Payroll: an employee with an RRN and an account, a confirmed run, payslips e-mailed.
    const staff = uniqueEmail("staff");
    const employee = await addEmployee(s, {
      rrn: RRN,
      bankAccount: `국민 ${ACCOUNT}`,
      email: staff,
    });
    // Bad input carrying the same values: a wrong RRN checksum, an account in a number field.
    const bad = await call("POST", "/api/payroll/employees", {
      session: s,
      body: { name: "김오류", rrn: "900101-1234568", baseMonthly: ACCOUNT },
    });
    expect(bad.status).toBe(400);
    const run = await call("POST", "/api/payroll/runs", {
      session: s,
      body: {
        month: kstMonth(),
        payDate: today(),
        lines: [{ employeeId: employee.id }],
      },
    });
    expect(run.status).toBe(201);
    expect(
      (
        await call("POST", `/api/payroll/runs/${run.json.id}/confirm`, {
          session: s,
        })
      ).status,
    ).toBe(200);
    await mailbox(staff);

    // Invoices: a certificate upload with its password, an issue, an e-mail, the recipient link.
    const { p12 } = makeP12(CERT_PASSWORD);
    expect(
      (
        await call("POST", "/api/invoices/certificate", {
          session: s,
          body: { p12Base64: p12.toString("base64"), password: CERT_PASSWORD },
        })
      ).status,
    ).toBeLessThan(300);
    await call("POST", "/api/invoices/certificate", {
      session: s,
      body: { p12Base64: p12.toString("base64"), password: "wrong-pw" },
    });
    const client = uniqueEmail("client");
    const inv = await issueInvoice(s, { buyer: buyer({ email: client }) });
    expect(
      (
        await call("POST", `/api/invoices/${inv.id}/send`, {
          session: s,
          body: {},
        })
      ).status,
    ).toBe(200);
    const [invoiceMail] = await mailbox(client);
    secrets.recipientToken = /\/r\/([A-Za-z0-9_-]{43})/.exec(
      invoiceMail.body.text ?? "",
    )![1];
    expect(
      (await call("GET", `/api/invoices/link/${secrets.recipientToken}`))
        .status,
    ).toBe(200);
    expect(
      (
        await call(
          "GET",
          `/api/invoices/link/${secrets.recipientToken}/invoice.pdf`,
        )
      ).status,
    ).toBe(200);

    // The reseller API: its key as a Bearer token, a good call and a wrong key.
    const r = await newReseller();
    secrets.apiKey = r.key;
    expect(
      (
        await rcall("POST", "/reseller/v1/tenants", r.key, {
          body: provisionBody(),
        })
      ).status,
    ).toBe(201);
    await rcall("GET", "/reseller/v1/tenants", `${r.key}x`);
    // An SSO hand-off: minted, redeemed, replayed (refused) and tampered with (refused).
    const ssoShop = await rcall("POST", "/reseller/v1/tenants", r.key, {
      body: provisionBody(),
    });
    const sso = await rcall("POST", "/reseller/v1/sso-tokens", r.key, {
      body: { tenantId: ssoShop.json.id },
    });
    expect(sso.status).toBe(201);
    secrets.ssoToken = sso.json.token;
    secrets.ssoSignature = sso.json.token.split(".")[1];
    for (const token of [sso.json.token, sso.json.token, `${sso.json.token}x`])
      await call("POST", "/api/auth/sso", { body: { slug: r.slug, token } });
    // A webhook: its signing secret and a token in its URL; the delivery fails (nothing listens).
    secrets.webhookUrlToken = `hook-token-${randomIp().replace(/\./g, "")}`;
    const hook = await rcall("POST", "/reseller/v1/webhooks", r.key, {
      body: {
        url: `http://127.0.0.1:9/hook?token=${secrets.webhookUrlToken}`,
        events: ["tenant.provisioned"],
      },
    });
    expect(hook.status).toBe(201);
    secrets.webhookSecret = hook.json.secret;
    await rcall("POST", "/reseller/v1/tenants", r.key, {
      body: provisionBody(),
    });
    // Attempted here (another test file's worker may have claimed it first: then again, now).
    const [delivery] = (
      await rcall("GET", "/reseller/v1/webhooks/deliveries", r.key)
    ).json.deliveries;
    for (
      let i = 0;
      i < 5 && !captured.includes("webhook delivery failed");
      i++
    ) {
      await setAttributes(
        { pk: `R#${r.id}`, sk: `HOOKDLV#${delivery.id}` },
        { nextAttemptAt: 0 },
      );
      await Webhook.deliver(r.id, delivery.id);
    }
    expect(captured).toContain("webhook delivery failed");
    await Mail.drain();

    // The run did log (so an empty capture cannot pass), with request ids and paths.
    expect(captured).toMatch(/"msg":"request"/);
    expect(captured).toContain("/api/invoices/link/:token");
    const leaks = Object.entries({
      ...secrets,
      rrn: RRN,
      rrnDigits: RRN.replace("-", ""),
      rrnBack: RRN.split("-")[1],
      account: ACCOUNT,
      accountDigits: ACCOUNT.replace(/-/g, ""),
      certPassword: CERT_PASSWORD,
    }).filter(([, v]) => captured.includes(v));
    expect(leaks.map(([k]) => k)).toEqual([]);
  });
});
