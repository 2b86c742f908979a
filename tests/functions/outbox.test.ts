import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Mail } from "../../core/mail";
import { ensureTable } from "../../core/db/bootstrap";
import { withActor } from "../../core/actor";
import { getItem } from "../../core/db/client";
import { Keys } from "../../core/db/keys";
import { startSes, type LocalSes } from "../../functions/local/ses";
import { freePort } from "../../functions/local/dynamo";
import { call, newTenant, signupBody, uniqueEmail } from "../support/api";
import { buyer, issueInvoice } from "../support/invoice";

// A private SES local that this test can stop and restart on the same port, and a private table,
// so that no other test file's outbox messages are drained into it (or this file's into theirs).
describe("mail outbox survives an SES outage", () => {
  let port: number;
  let ses: LocalSes | undefined;
  const shared = {
    ses: process.env.SES_ENDPOINT,
    table: process.env.TABLE_NAME,
  };

  beforeAll(async () => {
    process.env.TABLE_NAME = "golmok-outbox-test";
    await ensureTable();
    port = await freePort();
    ses = await startSes({ port });
    process.env.SES_ENDPOINT = ses.endpoint;
    Mail.resetSesClient();
  });
  afterAll(async () => {
    await ses?.stop();
    process.env.SES_ENDPOINT = shared.ses;
    process.env.TABLE_NAME = shared.table;
    Mail.resetSesClient();
  });

  async function inbox(address: string) {
    const res = await fetch(`http://127.0.0.1:${port}/store`);
    const { emails } = (await res.json()) as {
      emails: { destination: { to: string[] } }[];
    };
    return emails.filter((e) => e.destination.to.includes(address));
  }

  it("keeps the message while SES is down and delivers it exactly once when SES returns", async () => {
    const s = await newTenant(); // delivered through the private SES
    await ses!.stop();
    ses = undefined;

    const body = signupBody();
    const res = await call("POST", "/api/auth/signup", { body });
    expect(res.status).toBe(201); // sign-up does not depend on SES being up

    const down = await Mail.drain();
    expect(down.retry).toBeGreaterThanOrEqual(1);
    expect(down.sent).toBe(0);

    ses = await startSes({ port });
    let sent = 0;
    for (let i = 0; i < 50 && (await inbox(body.email)).length === 0; i++) {
      sent += (await Mail.drain()).sent;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await inbox(body.email)).toHaveLength(1);
    expect(sent).toBeGreaterThanOrEqual(1);
    // Nothing is left to send: draining again sends no duplicate.
    await new Promise((r) => setTimeout(r, 300));
    await Mail.drain();
    expect(await inbox(body.email)).toHaveLength(1);
    expect(s.tenantId).toMatch(/^ten_/);
  });

  it("records the message durably before sending and marks it sent with its SES id", async () => {
    const s = await newTenant();
    const id = await withActor({ type: "system", tenantId: s.tenantId }, () =>
      Mail.send({
        to: ["someone@example.com"],
        subject: "테스트",
        html: "<p>안녕</p>",
        text: "안녕",
        kind: "test",
      }),
    );
    const pending = await withActor(
      { type: "system", tenantId: s.tenantId },
      () => getItem<Mail.Stored>(Keys.mail(id), true),
    );
    expect(pending?.status).toBe("pending");
    await Mail.drain();
    const sent = await withActor({ type: "system", tenantId: s.tenantId }, () =>
      getItem<Mail.Stored>(Keys.mail(id), true),
    );
    expect(sent?.status).toBe("sent");
    expect(sent?.sesMessageId).toBeTruthy();
  });

  it("issues and queues an invoice e-mail while SES is down; it arrives once, with PDF and XML, when SES returns", async () => {
    const s = await newTenant();
    await ses!.stop();
    ses = undefined;
    const to = uniqueEmail("invoice-client");
    const invoice = await issueInvoice(s, { buyer: buyer({ email: to }) });
    expect(invoice.approvalNo).toMatch(/^\d{8}/); // issuing does not depend on SES
    const sent = await call("POST", `/api/invoices/${invoice.id}/send`, {
      session: s,
      body: {},
    });
    expect(sent.status).toBe(200);
    expect((await Mail.drain()).sent).toBe(0);
    const waiting = await call("GET", `/api/invoices/${invoice.id}`, {
      session: s,
    });
    expect(waiting.json.mailStatus).toBe("queued");

    ses = await startSes({ port });
    for (let i = 0; i < 50 && (await inbox(to)).length === 0; i++) {
      await Mail.drain();
      await new Promise((r) => setTimeout(r, 100));
    }
    const [mail] = (await inbox(to)) as unknown as {
      attachments?: { filename: string }[];
    }[];
    expect(
      mail.attachments?.map((a) => a.filename.split(".").pop()).sort(),
    ).toEqual(["pdf", "xml"]);
    await new Promise((r) => setTimeout(r, 300));
    await Mail.drain();
    expect(await inbox(to)).toHaveLength(1);
    const after = await call("GET", `/api/invoices/${invoice.id}`, {
      session: s,
    });
    expect(after.json.mailStatus).toBe("sent");
  });
});
