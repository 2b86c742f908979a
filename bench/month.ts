// The cost of a tenant-month (issue #8 §1–2): N shops each live through the month of the profile
// (bench/profile.ts) through the real API pipeline (in-process, against DynamoDB Local and SES
// local). Each request reports what it consumed (functions/http/app.ts requestEvents: DynamoDB
// capacity as DynamoDB returned it, items read and written, handler time); the mail worker and
// the metering flushes are measured the same way. Priced with bench/prices.ts, and compared with
// the floor: every logical operation at its theoretical minimum (one unit per item read or
// written, 1 ms per invoke; the per-request and per-message fees are the same).
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import {
  DeleteItemCommand,
  QueryCommand,
  type AttributeValue,
} from "@aws-sdk/client-dynamodb";
import { Auth } from "../core/auth";
import { dynamo, itemSize, toItem } from "../core/db/client";
import { Keys } from "../core/db/keys";
import { tableName } from "../core/db/table";
import { Mail } from "../core/mail";
import { Metering } from "../core/metering";
import { newMeter, withMeter, type RequestMeter } from "../core/metering/meter";
import { kstDate, kstMonth } from "../core/time";
import { addDays } from "../core/site/slots";
import { requestEvents, type RequestRecord } from "../functions/http/app";
import { call, randomBizNo, type Session } from "../tests/support/api";
import { makeP12 } from "../tests/support/certificate";
import { employeeBody } from "../tests/support/payroll";
import { invoiceBody } from "../tests/support/invoice";
import { price } from "./prices";
import { SALON_MONTH, type Profile } from "./profile";

/** What one kind of work consumed, summed over the month. */
export interface Tally {
  invokes: number;
  apiRequests: number;
  ms: number;
  readUnits: number;
  writeUnits: number;
  itemsRead: number;
  itemsWritten: number;
}
const tally = (): Tally => ({
  invokes: 0,
  apiRequests: 0,
  ms: 0,
  readUnits: 0,
  writeUnits: 0,
  itemsRead: 0,
  itemsWritten: 0,
});
const addTally = (a: Tally, b: Tally): Tally => ({
  invokes: a.invokes + b.invokes,
  apiRequests: a.apiRequests + b.apiRequests,
  ms: a.ms + b.ms,
  readUnits: a.readUnits + b.readUnits,
  writeUnits: a.writeUnits + b.writeUnits,
  itemsRead: a.itemsRead + b.itemsRead,
  itemsWritten: a.itemsWritten + b.itemsWritten,
});
const addMeter = (t: Tally, m: RequestMeter, ms: number, api: boolean) => {
  t.invokes++;
  if (api) t.apiRequests++;
  t.ms += ms;
  t.readUnits += m.readUnits;
  t.writeUnits += m.writeUnits;
  t.itemsRead += m.itemsRead;
  t.itemsWritten += m.itemsWritten;
};

async function metered<T>(t: Tally, fn: () => Promise<T>): Promise<T> {
  const m = newMeter();
  const t0 = performance.now();
  const value = await withMeter(m, fn);
  addMeter(t, m, performance.now() - t0, false);
  return value;
}

const must = async (
  res: Promise<{ status: number; text: string; json: any }>,
  expected = [200, 201],
) => {
  const r = await res;
  if (!expected.includes(r.status))
    throw new Error(`bench month: ${r.status} ${r.text.slice(0, 300)}`);
  return r.json;
};

// One test certificate for every shop of a process: making a 2048-bit key is setup, not the month.
let certificate: Buffer | undefined;

/** A shop as it stands at the start of the month: signed up, three staff, a certificate. */
async function setUp(i: number): Promise<Session & { month: string }> {
  const email = `month-${Date.now()}-${i}@bench.local`;
  const password = "bench-password-1";
  const { tenantId, userId } = await Auth.signup(
    {
      businessName: `벤치미용실 ${i}`,
      noBizNo: false,
      bizNo: randomBizNo(),
      ownerName: "김벤치",
      industry: "salon",
      email,
      phone: "01012345678",
      password,
      privacyConsent: true,
    },
    `month-${i}`,
    { preverified: true },
  );
  const ip = `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;
  const { token, me } = await Auth.login(email, password, ip);
  const s = {
    cookie: `golmok_session=${token}`,
    csrf: me.csrfToken,
    email,
    password,
    tenantId,
    userId,
    ip,
    month: kstMonth(),
  };
  certificate ??= makeP12("bench-cert-pw").p12;
  await must(
    call("POST", "/api/invoices/certificate", {
      session: s,
      body: {
        p12Base64: certificate.toString("base64"),
        password: "bench-cert-pw",
      },
    }),
  );
  return s;
}

/** The login counter of an account: 40 logins a month never meet the 15-minute limit, but the
 *  benchmark squeezes them into seconds, so it starts a fresh window every nine. */
async function resetLoginWindow(email: string, ip: string) {
  const now = Math.floor(Date.now() / 1000);
  for (const [bucket, key] of [
    ["login-acct", email],
    ["login-ip", ip],
  ] as const)
    await dynamo().send(
      new DeleteItemCommand({
        TableName: tableName(),
        Key: toItem(Keys.rateLimit(bucket, key, now - (now % 900))),
      }),
    );
}

/** The month of one shop, through the API. */
async function liveMonth(s: Session & { month: string }, p: Profile) {
  const month = s.month;
  for (let i = 0; i < p.logins; i++) {
    if (i % 9 === 8) await resetLoginWindow(s.email, s.ip);
    await must(
      call("POST", "/api/auth/login", {
        body: { email: s.email, password: s.password },
        ip: s.ip,
      }),
    );
  }
  const employees = [];
  for (let i = 0; i < p.employees; i++)
    employees.push(
      await must(
        call("POST", "/api/payroll/employees", {
          session: s,
          body: employeeBody({
            name: `직원${i + 1}`,
            email: `staff-${i}-${s.tenantId}@bench.local`,
          }),
        }),
      ),
    );
  for (let i = 0; i < p.invoices; i++) {
    const inv = await must(
      call("POST", "/api/invoices", {
        session: s,
        body: {
          ...invoiceBody({
            buyer: {
              bizNo: randomBizNo(),
              name: `거래처${i}`,
              ceo: "이거래",
              address: "서울특별시 중구 세종대로 110",
              bizType: "도소매",
              bizItem: "미용재료",
              email: `client-${i}-${s.tenantId}@bench.local`,
              email2: "",
            },
          }),
          issue: true,
        },
      }),
    );
    await must(
      call("POST", `/api/invoices/${inv.id}/send`, {
        session: s,
        body: { to: [`client-${i}-${s.tenantId}@bench.local`] },
      }),
    );
  }
  for (let i = 0; i < p.ledgerEntries; i++)
    await must(
      call("POST", "/api/ledger/entries", {
        session: s,
        body: {
          date: kstDate(),
          kind: i % 4 === 0 ? "income" : "expense",
          account: i % 4 === 0 ? "sales" : "hair_supplies",
          description: i % 4 === 0 ? "카드 매출 합계" : `재료 ${i}`,
          counterparty: i % 4 === 0 ? "" : "뷰티재료상사",
          amount: 33_000 + i,
          evidence: "card",
          dailyTotal: i % 4 === 0,
        },
      }),
    );
  for (let r = 0; r < p.payrollRuns; r++) {
    const run = await must(
      call("POST", "/api/payroll/runs", {
        session: s,
        body: {
          month,
          payDate: kstDate(),
          lines: employees.map((e) => ({ employeeId: e.id })),
        },
      }),
    );
    await must(
      call("POST", `/api/payroll/runs/${run.id}/confirm`, { session: s }),
    );
  }
  const site = p.publishes ? await publishAndBook(s, p) : null;
  const vars: Record<string, string> = {
    month,
    yearStart: `${month.slice(0, 4)}-01`,
  };
  for (const [route, times] of Object.entries(p.reads)) {
    const path = route.replace(/\{(\w+)\}/g, (_, k) => vars[k]);
    for (let i = 0; i < times; i++)
      await must(call("GET", path, { session: s }));
  }
  return site;
}

/** The shop's homepage: the salon template saved under a slug and published, then visitors book. */
async function publishAndBook(s: Session, p: Profile) {
  const draft = await must(call("GET", "/api/site", { session: s }));
  const {
    industry: _i,
    updatedAt: _u,
    publishedAt: _p,
    url: _url,
    unpublishedChanges: _c,
    saved: _s,
    bytes: _b,
    ...body
  } = draft;
  body.slug = `bench-${s.tenantId.slice(-10).toLowerCase()}`;
  await must(call("PUT", "/api/site", { session: s, body }));
  let published: { bytes: { html: number; css: number } } | undefined;
  for (let i = 0; i < p.publishes; i++)
    published = await must(call("POST", "/api/site/publish", { session: s }));
  const dir = resolve(process.env.GOLMOK_SITES_DIR!, body.slug);
  const gz = (f: string) => gzipSync(readFileSync(resolve(dir, f))).length;
  const base = `/api/public/sites/${encodeURIComponent(body.slug)}`;
  let day = addDays(kstDate(), 2);
  for (let booked = 0; booked < p.bookings;) {
    const { slots } = await must(
      call(
        "GET",
        `${base}/slots?date=${day}&service=${encodeURIComponent("커트")}`,
      ),
    );
    if (!slots.length) {
      day = addDays(day, 1);
      continue;
    }
    const res = await call("POST", `${base}/bookings`, {
      body: {
        name: "김손님",
        phone: "010-2222-3333",
        email: `visitor-${booked}-${s.tenantId}@bench.local`,
        consent: true,
        website: "",
        service: "커트",
        date: day,
        time: slots[0],
        message: "",
      },
    });
    if (res.status !== 201)
      throw new Error(`bench booking: ${res.status} ${res.text}`);
    booked++;
  }
  return {
    htmlBytes: published!.bytes.html,
    cssBytes: published!.bytes.css,
    htmlGzipBytes: gz("index.html"),
    cssGzipBytes: gz("site.css"),
  };
}

/** What a tenant's partition stores (every item under pk = T#<tenant>). */
async function partitionBytes(pk: string): Promise<number> {
  let bytes = 0;
  let start: Record<string, AttributeValue> | undefined;
  do {
    const res = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: toItem({ ":pk": pk }),
        ExclusiveStartKey: start,
      }),
    );
    // DynamoDB bills storage as the item's size plus 100 bytes of overhead.
    for (const i of res.Items ?? []) bytes += itemSize(i) + 100;
    start = res.LastEvaluatedKey;
  } while (start);
  return bytes;
}

/** fn(0 … n−1), at most `width` at a time; the results in index order. */
async function pool<T>(
  n: number,
  width: number,
  fn: (i: number) => Promise<T>,
): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      out[i] = await fn(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, n) }, worker));
  return out;
}

/** What a group of shops consumed over the month: plain data, so a worker process can send it. */
export interface ShopsResult {
  api: Tally;
  mail: Tally;
  metering: Tally;
  byRoute: [string, Tally][];
  storedBytes: number;
  homepage: Awaited<ReturnType<typeof publishAndBook>> | null;
}
export type Shop = Awaited<ReturnType<typeof setUp>>;

/** Shops `from` … `to − 1` signed up and ready for their month, `concurrency` at a time. */
export const setUpShops = (from: number, to: number, concurrency: number) =>
  pool(to - from, concurrency, (i) => setUp(from + i));

/**
 * The shops live their months side by side, `concurrency` at a time: each request is metered on
 * its own (the meter follows the request), and the worker drains whichever shop's mail is due
 * (a message is claimed with a conditional write, so two processes never send one twice).
 */
export async function liveShops(
  shops: Shop[],
  concurrency: number,
  p: Profile,
): Promise<ShopsResult> {
  const api = tally();
  const mail = tally();
  const metering = tally();
  const byRoute = new Map<string, Tally>();
  const onRequest = (r: RequestRecord) => {
    addMeter(api, r.meter, r.ms, true);
    const k = `${r.method} ${r.route}`;
    const t = byRoute.get(k) ?? tally();
    addMeter(t, r.meter, r.ms, true);
    byRoute.set(k, t);
  };
  let homepage: ShopsResult["homepage"] = null;
  requestEvents.on("request", onRequest);
  try {
    await pool(shops.length, concurrency, async (i) => {
      homepage = (await liveMonth(shops[i], p)) ?? homepage;
      // The SQS worker: one invocation per message, as the queue delivers them.
      for (;;) {
        const counts = await metered(mail, () => Mail.drain());
        mail.invokes += counts.sent - 1;
        if (!counts.sent && !counts.retry) break;
      }
      await metered(metering, () => Metering.flush());
    });
  } finally {
    requestEvents.off("request", onRequest);
  }
  let storedBytes = 0;
  for (const s of shops) storedBytes += await partitionBytes(`T#${s.tenantId}`);
  return { api, mail, metering, byRoute: [...byRoute], storedBytes, homepage };
}

/** The messages SES local holds so far. */
async function sesStore() {
  const res = await fetch(`${process.env.SES_ENDPOINT}/store`);
  return (await res.json()) as {
    emails: {
      body: { html?: string; text?: string };
      attachments?: { content: string }[];
    }[];
  };
}

/**
 * The shops in `processes` worker processes (bench/month-worker.ts), each running `concurrency` at
 * a time: one Node process is one event loop, so requests of different shops queue behind each
 * other there (on 50 shops, two processes were 1–4% faster and billed less handler time; README:
 * The benchmark). The workers share this process's DynamoDB Local and SES local. Each signs its shops up and reports ready; the month
 * starts when all are (so the SES store's count before it is exact), and each sends back its tally.
 */
async function inWorkers(
  tenants: number,
  processes: number,
  concurrency: number,
  p: Profile,
  started: () => Promise<void>,
): Promise<ShopsResult[]> {
  const workers = Array.from({ length: processes }, (_, k) => {
    const from = Math.floor((k * tenants) / processes);
    const to = Math.floor(((k + 1) * tenants) / processes);
    const child = fork(new URL("./month-worker.ts", import.meta.url), {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const said = (kind: string) =>
      new Promise<WorkerMessage>((done, fail) => {
        const onMessage = (m: WorkerMessage) => {
          if (m.kind === "error")
            fail(new Error(`bench month worker: ${m.error}`));
          else if (m.kind === kind) done(m);
          else return;
          child.off("message", onMessage);
          child.off("exit", onExit);
        };
        const onExit = (code: number | null) =>
          fail(
            new Error(`bench month worker exited (${code}) before "${kind}"`),
          );
        child.on("message", onMessage);
        child.once("exit", onExit);
      });
    const ready = said("ready");
    child.send({ kind: "setUp", from, to, concurrency, profile: p });
    return { child, ready, said };
  });
  try {
    await Promise.all(workers.map((w) => w.ready));
    await started();
    const done = workers.map((w) => w.said("done"));
    for (const w of workers) w.child.send({ kind: "live" });
    return (await Promise.all(done)).map(
      (m) => (m as Extract<WorkerMessage, { kind: "done" }>).result,
    );
  } finally {
    // A worker that is still running (another one failed) is stopped, not left behind.
    for (const w of workers)
      if (w.child.exitCode === null && w.child.signalCode === null)
        w.child.kill();
  }
}

export type WorkerMessage =
  | { kind: "ready" }
  | { kind: "done"; result: ShopsResult }
  | { kind: "error"; error: string };

export async function measureTenantMonth(o: {
  tenants: number;
  /** Shops simulated at once in each process (the handlers wait on DynamoDB Local and scrypt much of the time). */
  concurrency?: number;
  /** Worker processes the shops are split over; 1 runs them in this process. */
  processes?: number;
  profile?: Profile;
}) {
  const p = o.profile ?? SALON_MONTH;
  const concurrency = o.concurrency ?? 3;
  const processes = Math.max(1, Math.min(o.processes ?? 1, o.tenants));
  // The local outbox loop would send this month's mail outside the measurement: pause it.
  const listeners = Mail.events.listeners("queued");
  Mail.events.removeAllListeners("queued");
  await Metering.flush();
  let before = 0;
  const countBefore = async () => {
    before = (await sesStore()).emails.length;
  };
  const t0 = performance.now();
  let results: ShopsResult[];
  try {
    if (processes === 1) {
      const shops = await setUpShops(0, o.tenants, concurrency);
      await countBefore();
      results = [await liveShops(shops, concurrency, p)];
    } else
      results = await inWorkers(
        o.tenants,
        processes,
        concurrency,
        p,
        countBefore,
      );
  } finally {
    for (const l of listeners) Mail.events.on("queued", l as () => void);
  }
  let emails = 0;
  let emailBytes = 0;
  for (const e of (await sesStore()).emails.slice(before)) {
    emails++;
    emailBytes +=
      Buffer.byteLength(e.body.html ?? "") +
      Buffer.byteLength(e.body.text ?? "") +
      (e.attachments ?? []).reduce(
        (s, a) => s + Math.floor((a.content.length * 3) / 4),
        0,
      );
  }
  const seconds = (performance.now() - t0) / 1000;
  const merge = (pick: (r: ShopsResult) => Tally) =>
    results.map(pick).reduce(addTally, tally());
  const byRoute = new Map<string, Tally>();
  for (const r of results)
    for (const [k, t] of r.byRoute)
      byRoute.set(k, addTally(byRoute.get(k) ?? tally(), t));
  return priceMonth({
    p,
    tenants: o.tenants,
    api: merge((r) => r.api),
    mail: merge((r) => r.mail),
    metering: merge((r) => r.metering),
    byRoute,
    emails,
    emailBytes,
    storedBytes: results.reduce((s, r) => s + r.storedBytes, 0),
    homepage: results.find((r) => r.homepage)?.homepage ?? null,
    seconds,
    concurrency,
    processes,
  });
}

const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;

function priceMonth(m: {
  p: Profile;
  tenants: number;
  api: Tally;
  mail: Tally;
  metering: Tally;
  byRoute: Map<string, Tally>;
  emails: number;
  emailBytes: number;
  storedBytes: number;
  homepage: Awaited<ReturnType<typeof publishAndBook>> | null;
  seconds: number;
  concurrency: number;
  processes: number;
}) {
  const pr = price();
  const n = m.tenants;
  const per = (x: number) => x / n;
  const gbSeconds = (ms: number) => (ms / 1000) * (pr.lambdaMemoryMb / 1024);
  const lambdaUsd = (t: Tally, ms = t.ms) =>
    (t.invokes * pr.lambdaArm.perMillionRequests) / 1e6 +
    gbSeconds(ms) * pr.lambdaArm.perGbSecond;
  const dynamoUsd = (rru: number, wru: number) =>
    (rru * pr.dynamo.perMillionRead + wru * pr.dynamo.perMillionWrite) / 1e6;
  const all = [m.api, m.mail, m.metering];
  const sum = (f: (t: Tally) => number) => all.reduce((s, t) => s + f(t), 0);
  const views = m.p.homepageViews;
  // CloudFront compresses text on the way out: a view transfers the gzip bytes of the page (its
  // stylesheet inline; every view is counted as a first visit, with no browser cache).
  const pageBytes = m.homepage ? m.homepage.htmlGzipBytes : 0;
  const storedPageBytes = m.homepage
    ? m.homepage.htmlBytes + m.homepage.cssBytes
    : 0;
  // Per tenant-month, in USD, by service.
  const usd = {
    lambda: per(all.reduce((s, t) => s + lambdaUsd(t), 0)),
    apiGateway: per(m.api.apiRequests) * (pr.httpApi.perMillionRequests / 1e6),
    dynamoRequests: per(
      dynamoUsd(
        sum((t) => t.readUnits),
        sum((t) => t.writeUnits),
      ),
    ),
    dynamoStorage: (per(m.storedBytes) / 1024 ** 3) * pr.dynamo.perGbMonth,
    ses:
      per(m.emails) * (pr.ses.perThousandEmails / 1000) +
      (per(m.emailBytes) / 1024 ** 3) * pr.ses.perGbAttachments,
    sqs: per(m.emails) * 3 * (pr.sqs.perMillionRequests / 1e6),
    cloudFront:
      ((views * m.p.requestsPerView) / 10_000) *
        pr.cloudFront.perTenThousandHttps +
      ((views * pageBytes) / 1024 ** 3) * pr.cloudFront.perGbKorea,
    s3: (storedPageBytes / 1024 ** 3) * pr.s3.perGbMonth,
  };
  const totalUsd = Object.values(usd).reduce((s, v) => s + v, 0);
  // The floor: the same requests and messages, one unit per item read or written, 1 ms an invoke.
  // The floor: the same requests and messages, one write unit per item written, one read unit
  // per item read — or what the route measured where a Query already packs small items below one
  // unit each (nothing can read them for less) — and 1 ms an invoke.
  const kinds = [...m.byRoute.values(), m.mail, m.metering];
  const floorReads = kinds.reduce(
    (s, t) => s + Math.min(t.itemsRead, t.readUnits),
    0,
  );
  const floorWrites = sum((t) => t.itemsWritten);
  const floorUsd =
    totalUsd -
    usd.lambda -
    usd.dynamoRequests +
    per(
      all.reduce((s, t) => s + lambdaUsd(t, t.invokes * 1), 0) +
        dynamoUsd(floorReads, floorWrites),
    );
  const krw = (x: number) => round(x * pr.usdKrw);
  const emails = Math.max(1, m.emails);
  /** One e-mail's delivery: the worker's share, SES (message + bytes), SQS (send, receive, delete). */
  const messageUsd =
    (lambdaUsd(m.mail) + dynamoUsd(m.mail.readUnits, m.mail.writeUnits)) /
      emails +
    pr.ses.perThousandEmails / 1000 +
    (m.emailBytes / emails / 1024 ** 3) * pr.ses.perGbAttachments +
    3 * (pr.sqs.perMillionRequests / 1e6);
  const eventUsd = (
    byRoute: Map<string, Tally>,
    routes: string[],
    events: number,
  ) =>
    routes.reduce((s, r) => {
      const t = byRoute.get(r);
      return t
        ? s +
            lambdaUsd(t) +
            (t.apiRequests * pr.httpApi.perMillionRequests) / 1e6 +
            dynamoUsd(t.readUnits, t.writeUnits)
        : s;
    }, 0) / events;
  const plans = [
    { id: "basic", name: "기본", priceKrw: 3300 },
    { id: "plus", name: "플러스", priceKrw: 5500 },
  ];
  const costKrw = krw(totalUsd);
  return {
    profile: m.p.name,
    tenants: n,
    concurrency: m.concurrency,
    processes: m.processes,
    seconds: round(m.seconds, 1),
    perTenant: {
      apiRequests: per(m.api.apiRequests),
      lambdaInvokes: per(sum((t) => t.invokes)),
      handlerMs: round(per(sum((t) => t.ms)), 0),
      readUnits: round(per(sum((t) => t.readUnits)), 1),
      writeUnits: round(per(sum((t) => t.writeUnits)), 1),
      itemsRead: per(sum((t) => t.itemsRead)),
      itemsWritten: per(sum((t) => t.itemsWritten)),
      emails: per(m.emails),
      emailBytes: Math.round(per(m.emailBytes)),
      storedBytes: Math.round(per(m.storedBytes)),
      homepageViews: views,
      homepage: m.homepage,
    },
    costKrwByService: Object.fromEntries(
      Object.entries(usd).map(([k, v]) => [k, krw(v)]),
    ),
    costPerTenantMonthKrw: costKrw,
    floorPerTenantMonthKrw: krw(floorUsd),
    measuredOverFloor: round(totalUsd / floorUsd, 2),
    /** The parts the floor can differ in, measured ÷ floor. */
    overFloor: {
      readUnits: round(sum((t) => t.readUnits) / floorReads, 2),
      writeUnits: round(sum((t) => t.writeUnits) / floorWrites, 2),
      lambdaMs: round(sum((t) => t.ms) / sum((t) => t.invokes), 1),
    },
    perEvent: {
      /** Issue (with transmission) + send through the API, the worker's delivery, SES and SQS. */
      invoiceKrw: krw(
        eventUsd(
          m.byRoute,
          ["POST /api/invoices", "POST /api/invoices/:id/send"],
          n * m.p.invoices,
        ) + messageUsd,
      ),
      /** The confirmation's share per payslip, plus its e-mail. */
      payslipKrw: krw(
        eventUsd(
          m.byRoute,
          ["POST /api/payroll/runs", "POST /api/payroll/runs/:id/confirm"],
          n * m.p.payrollRuns * m.p.employees,
        ) + messageUsd,
      ),
      per1000PageViewsKrw: krw((usd.cloudFront / views) * 1000),
    },
    grossMargin: plans.map((pl) => ({
      ...pl,
      // The plan price includes VAT: the revenue is its 공급가액.
      marginPct: round(
        ((Math.round(pl.priceKrw / 1.1) - costKrw) /
          Math.round(pl.priceKrw / 1.1)) *
          100,
        2,
      ),
    })),
    routes: [...m.byRoute].map(([route, t]) => ({
      route,
      requests: t.apiRequests / n,
      msPerRequest: round(t.ms / t.apiRequests, 1),
      readUnitsPerRequest: round(t.readUnits / t.apiRequests, 2),
      writeUnitsPerRequest: round(t.writeUnits / t.apiRequests, 2),
      itemsReadPerRequest: round(t.itemsRead / t.apiRequests, 2),
      itemsWrittenPerRequest: round(t.itemsWritten / t.apiRequests, 2),
    })),
    mailWorker: {
      invokesPerTenant: per(m.mail.invokes),
      msPerMessage: round(m.mail.ms / Math.max(1, m.emails), 1),
      writeUnitsPerMessage: round(m.mail.writeUnits / Math.max(1, m.emails), 2),
    },
  };
}
