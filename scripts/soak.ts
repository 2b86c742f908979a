// `npm run soak [-- --minutes N --shops N --workers N]`: the whole local stack in this process
// (DynamoDB Local in memory, SES local, the API over HTTP, the outbox loop) under a mixed workload
// from several simulated shops, closed-loop (each worker sends its next request when the last one
// answered), for 10 minutes by default. Reports throughput, p50/p99 per kind, errors (any → exit 1)
// and memory (heap, external and RSS every 30 s, at rest: no request in flight, the outbox sent, and
// after a GC when run with --expose-gc, as `npm run soak` is; growth after the warm-up → exit 1),
// then checks the data: each shop's month totals equal its entries, its invoice serials are gapless.
// Writes bench/soak.json.
import { randomBytes, randomInt } from "node:crypto";
import { writeFileSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import http from "node:http";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
process.env.GOLMOK_LOG_REQUESTS ??= "0";
process.env.TABLE_NAME ??= "golmok-soak";
// Personal data (payroll) is sealed under a data key: a throwaway one for this in-memory run.
process.env.GOLMOK_DATA_KEY ??= randomBytes(32).toString("base64");

const { values: args } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    shops: { type: "string", default: "8" },
    workers: { type: "string", default: "16" },
    out: { type: "string", default: "bench/soak.json" },
  },
});
const MINUTES = Number(args.minutes);
const SHOPS = Number(args.shops);
const WORKERS = Number(args.workers);
const SAMPLE_MS = 30_000;

const { startLocal, ROOT } = await import("../functions/local/stack");
const { judgeMemory } = await import("./soak-memory");
const { Mail } = await import("../core/mail");
const { bizNoCheckDigit } = await import("../core/kr/bizno");
const { kstDate, kstMonth } = await import("../core/time");
const { addDays, weekday } = await import("../core/site/slots");

// ---------- latency histograms (fixed memory: the soak must not grow by measuring itself) ----------
const RATIO = Math.log(1.02);
class Histogram {
  buckets = new Map<number, number>();
  count = 0;
  errors = 0;
  add(ms: number) {
    const b = Math.max(0, Math.round(Math.log(Math.max(ms, 0.1) * 10) / RATIO));
    this.buckets.set(b, (this.buckets.get(b) ?? 0) + 1);
    this.count++;
  }
  quantile(q: number): number {
    const target = q * this.count;
    let seen = 0;
    for (const b of [...this.buckets.keys()].sort((x, y) => x - y)) {
      seen += this.buckets.get(b)!;
      if (seen >= target) return Math.round(Math.exp(b * RATIO)) / 10;
    }
    return 0;
  }
}
const kinds = new Map<string, Histogram>();
const hist = (k: string) =>
  kinds.get(k) ?? kinds.set(k, new Histogram()).get(k)!;
const errorSamples: string[] = [];
let errors = 0;

// ---------- HTTP ----------
interface Shop {
  email: string;
  password: string;
  cookie: string;
  csrf: string;
  ip: string;
  slug: string;
  employees: string[];
  logins: number[];
  bookings: number;
  nextSlot: number;
  nextRunMonth: number;
  invoices: number;
}
let base = "";

class Failed extends Error {}
// The server takes the client's address from the socket (x-forwarded-for only behind a proxy), and
// rate-limits logins and bookings per address: each shop connects from its own loopback address
// (127.0.1.<n>), each visitor from a fresh one (127.1.x.y), as on the internet. A connection per
// request: a kept-alive socket the server closes when idle (its 5 s keepAliveTimeout) races the
// next request and would count as an error that is the load generator's, not the product's. No
// agent is kept: one per visitor address, cached, grew the heap by ~170 bytes an address (1,226
// agents in 3 minutes), which the soak then measured as the product's growth.
const visitorAddress = () => `127.1.${randomInt(256)}.${randomInt(1, 255)}`;

async function request(
  method: string,
  path: string,
  opts: { shop?: Shop; body?: unknown; ip?: string; ok?: number[] } = {},
): Promise<{ status: number; json: any; headers: http.IncomingHttpHeaders }> {
  const headers: Record<string, string> = {};
  const body = opts.body !== undefined ? JSON.stringify(opts.body) : undefined;
  if (body !== undefined) {
    headers["content-type"] = "application/json";
    headers["content-length"] = String(Buffer.byteLength(body));
  }
  if (opts.shop?.cookie) {
    headers.cookie = opts.shop.cookie;
    headers["x-csrf-token"] = opts.shop.csrf;
  }
  const address = opts.ip ?? opts.shop?.ip ?? visitorAddress();
  const url = new URL(path, base);
  const res = await new Promise<{
    status: number;
    text: string;
    headers: http.IncomingHttpHeaders;
  }>((ok, fail) => {
    const req = http.request(
      url,
      { method, headers, agent: false, localAddress: address },
      (r) => {
        const chunks: Buffer[] = [];
        r.on("data", (d) => chunks.push(d));
        r.on("end", () =>
          ok({
            status: r.statusCode ?? 0,
            text: Buffer.concat(chunks).toString(),
            headers: r.headers,
          }),
        );
        r.on("error", fail);
      },
    );
    req.on("error", fail);
    req.end(body);
  });
  let json: any;
  try {
    json = res.text ? JSON.parse(res.text) : undefined;
  } catch {
    json = res.text;
  }
  if (!(opts.ok ?? [200, 201]).includes(res.status))
    throw new Failed(
      `${method} ${path} → ${res.status} ${res.text.slice(0, 200)}`,
    );
  return { status: res.status, json, headers: res.headers };
}
const httpCall = request;

function bizNo(): string {
  const d = Array.from({ length: 9 }, () => randomInt(10));
  d[0] = randomInt(1, 10);
  return [...d, bizNoCheckDigit(d)].join("");
}

async function mailTo(address: string): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const { emails } = (await (await fetch(`${mailbox}/store`)).json()) as {
      emails: { destination: { to: string[] }; body: { text?: string } }[];
    };
    const m = emails.find((e) =>
      e.destination.to.some((t) => t.includes(address)),
    );
    if (m) return m.body.text ?? "";
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no e-mail for ${address}`);
}
let mailbox = "";

async function login(shop: Shop) {
  // Counted before the call: workers that pick the same shop at once must not all pass the check.
  shop.logins.push(Date.now());
  const res = await httpCall("POST", "/api/auth/login", {
    body: { email: shop.email, password: shop.password },
    ip: shop.ip,
  });
  shop.cookie = /golmok_session=[^;]+/.exec(
    String(res.headers["set-cookie"] ?? ""),
  )![0];
  shop.csrf = res.json.csrfToken;
}

async function newShop(i: number): Promise<Shop> {
  const email = `soak-${i}-${randomBytes(4).toString("hex")}@example.com`;
  const shop: Shop = {
    email,
    password: "soak-salon-2026!",
    cookie: "",
    csrf: "",
    ip: `127.0.1.${i + 1}`,
    slug: "",
    employees: [],
    logins: [],
    bookings: 0,
    nextSlot: 0,
    nextRunMonth: 0,
    invoices: 0,
  };
  await httpCall("POST", "/api/auth/signup", {
    ip: shop.ip,
    body: {
      businessName: `골목미용실 ${i + 1}호점`,
      noBizNo: false,
      bizNo: bizNo(),
      ownerName: "김골목",
      industry: "salon",
      email,
      phone: "010-1234-5678",
      password: shop.password,
      privacyConsent: true,
    },
  });
  const token = /verify\?token=([A-Za-z0-9_-]+)/.exec(await mailTo(email))![1];
  await httpCall("POST", "/api/auth/verify", { body: { token }, ip: shop.ip });
  await login(shop);
  // A published homepage to book on, and two employees for payroll.
  const draft = (await httpCall("GET", "/api/site", { shop })).json;
  for (const k of [
    "industry",
    "updatedAt",
    "publishedAt",
    "url",
    "unpublishedChanges",
    "saved",
    "bytes",
  ])
    delete draft[k];
  draft.slug = `soak-${i}-${randomBytes(3).toString("hex")}`;
  shop.slug = draft.slug;
  await httpCall("PUT", "/api/site", { shop, body: draft });
  await httpCall("POST", "/api/site/publish", { shop });
  for (const name of ["김미용", "박디자"]) {
    const e = await httpCall("POST", "/api/payroll/employees", {
      shop,
      body: {
        name,
        rrn: "900101-1234567",
        hireDate: "2025-03-02",
        payType: "monthly",
        baseMonthly: 2_300_000,
        nonTaxable: { meal: 200_000, car: 0, childcare: 0 },
        family: 1,
        children: 0,
        withholdingRate: 100,
        insurance: { pension: true, health: true, employment: true },
        bankAccount: "국민 123456-01-987654",
        email: `staff-${randomBytes(4).toString("hex")}@example.com`,
      },
    });
    shop.employees.push(e.json.id);
  }
  return shop;
}

// ---------- the workload ----------
const today = kstDate();
const PAY_MONTHS = [
  "2026-03",
  "2026-04",
  "2026-05",
  "2026-06",
  "2026-07",
  "2026-08",
  "2026-09",
  "2026-10",
];
/** A booking slot far enough ahead: the salon is open Tue–Sat 10–20, 30-minute 커트. */
const TIMES = [
  "10:00",
  "10:30",
  "11:00",
  "11:30",
  "12:00",
  "12:30",
  "14:00",
  "14:30",
  "15:00",
  "15:30",
  "16:00",
  "16:30",
  "17:00",
  "17:30",
  "18:00",
  "18:30",
];
function slotOf(n: number): { date: string; time: string } {
  let d = addDays(today, 3);
  for (let k = Math.floor(n / TIMES.length); ; d = addDays(d, 1))
    if (![0, 1].includes(weekday(d)) && k-- === 0) break;
  return { date: d, time: TIMES[n % TIMES.length] };
}

type Op = (shop: Shop) => Promise<string>;
const ops: [number, Op][] = [
  [
    4,
    async (shop) => {
      // 10 logins per account per 15 minutes is the product's limit: past it, a session check.
      shop.logins = shop.logins.filter((t) => Date.now() - t < 15 * 60_000);
      if (shop.logins.length >= 9) {
        await httpCall("GET", "/api/me", { shop });
        return "session";
      }
      await login(shop);
      return "login";
    },
  ],
  [
    36,
    async (shop) => {
      await Promise.all([
        httpCall("GET", "/api/me", { shop }),
        httpCall("GET", "/api/usage", { shop }),
        httpCall("GET", "/api/invoices/alerts", { shop }),
        httpCall("GET", "/api/bookings?status=pending", { shop }),
      ]);
      return "dashboard";
    },
  ],
  [
    14,
    async (shop) => {
      const issued = await httpCall("POST", "/api/invoices", {
        shop,
        body: {
          kind: "taxable",
          purpose: "claim",
          writeDate: today,
          buyer: {
            bizNo: bizNo(),
            name: "한빛상사",
            ceo: "이한빛",
            address: "서울특별시 중구 세종대로 110",
            bizType: "도소매",
            bizItem: "미용재료",
            email: `buyer-${randomBytes(3).toString("hex")}@example.com`,
            email2: "",
          },
          lines: [{ item: "헤어 트리트먼트", qty: 3, unitPrice: 10_000 }],
          note: "",
          issue: true,
        },
      });
      shop.invoices++;
      await httpCall("POST", `/api/invoices/${issued.json.id}/send`, {
        shop,
        body: {},
      });
      return "invoice";
    },
  ],
  [
    22,
    async (shop) => {
      await httpCall("POST", "/api/ledger/entries", {
        shop,
        body: {
          date: today,
          account: randomInt(3) ? "supplies" : "rent",
          kind: "expense",
          description: "소모품 구입",
          counterparty: "다이소",
          amount: 1_100 * randomInt(1, 50),
          evidence: randomInt(2) ? "card" : "taxInvoice",
        },
      });
      return "ledger";
    },
  ],
  [
    14,
    async (shop) => {
      // 200 bookings per homepage a day is the product's limit: past it, the slot list a visitor reads.
      const { date, time } = slotOf(shop.nextSlot);
      if (shop.bookings >= 190) {
        await httpCall(
          "GET",
          `/api/public/sites/${encodeURIComponent(shop.slug)}/slots?date=${date}&service=${encodeURIComponent("커트")}`,
        );
        return "slots";
      }
      shop.nextSlot++;
      shop.bookings++;
      await httpCall(
        "POST",
        `/api/public/sites/${encodeURIComponent(shop.slug)}/bookings`,
        {
          body: {
            name: "이손님",
            phone: `010-${randomInt(1000, 9999)}-${randomInt(1000, 9999)}`,
            email: `visitor-${randomBytes(3).toString("hex")}@example.com`,
            consent: true,
            website: "",
            service: "커트",
            date,
            time,
            message: "",
          },
        },
      );
      return "booking";
    },
  ],
  [
    10,
    async (shop) => {
      const run = {
        month: PAY_MONTHS[Math.min(shop.nextRunMonth, PAY_MONTHS.length - 1)],
        payDate: "",
        lines: shop.employees.map((employeeId) => ({ employeeId })),
      };
      run.payDate = `${run.month}-25`;
      // Mostly the preview the payroll page computes; one run a month is saved and confirmed.
      if (randomInt(10) || shop.nextRunMonth >= PAY_MONTHS.length) {
        await httpCall("POST", "/api/payroll/preview", { shop, body: run });
        return "payroll-preview";
      }
      shop.nextRunMonth++;
      const saved = await httpCall("POST", "/api/payroll/runs", {
        shop,
        body: run,
      });
      await httpCall("POST", `/api/payroll/runs/${saved.json.id}/confirm`, {
        shop,
      });
      return "payroll-confirm";
    },
  ],
];
const totalWeight = ops.reduce((s, [w]) => s + w, 0);
function pick(): Op {
  let r = randomInt(totalWeight);
  for (const [w, op] of ops) if ((r -= w) < 0) return op;
  return ops[0][1];
}

// ---------- run ----------
const gc = (globalThis as { gc?: () => void }).gc;
function sample(t0: number) {
  gc?.();
  const m = process.memoryUsage();
  return {
    atSeconds: Math.round((performance.now() - t0) / 1000),
    heapMB: +(m.heapUsed / 2 ** 20).toFixed(1),
    // Buffers and other memory V8 does not manage (sockets, zlib, crypto) but the process holds.
    externalMB: +(m.external / 2 ** 20).toFixed(1),
    rssMB: +(m.rss / 2 ** 20).toFixed(1),
  };
}

console.log(
  `soak: ${MINUTES} min, ${SHOPS} shops, ${WORKERS} workers${gc ? ", GC before each sample" : " (no --expose-gc)"}; starting the local stack…`,
);
const stack = await startLocal({
  inMemory: true,
  mailPollMs: 500,
  quiet: true,
});
base = stack.appUrl;
mailbox = stack.mailboxUrl;
let exitCode = 1;
try {
  const shops: Shop[] = [];
  for (let i = 0; i < SHOPS; i++) shops.push(await newShop(i));
  console.log(`${SHOPS} shops ready; running…`);

  const t0 = performance.now();
  const end = t0 + MINUTES * 60_000;
  const memory = [sample(t0)];
  // Memory is sampled at rest: the workers hold their next request until every request in flight
  // has answered. A login's scrypt alone holds 32 MiB outside the heap while it runs, so a sample
  // taken mid-load measures what happens to be in flight, not what the process keeps.
  let gate: Promise<void> | null = null;
  let inFlight = 0;
  let drained: (() => void) | null = null;
  let pausedMs = 0;
  let sampling = false;
  const sampler = setInterval(async () => {
    if (sampling) return;
    sampling = true;
    const pausedAt = performance.now();
    let release!: () => void;
    gate = new Promise((r) => (release = r));
    if (inFlight) await new Promise<void>((r) => (drained = r));
    drained = null;
    // …and the outbox has sent what the requests queued (a PDF being rendered is in flight too).
    for (let round = 0; round < 50; round++) {
      const { sent, retry } = await Mail.drain();
      if (!sent && !retry) break;
    }
    // SES local runs in this process and keeps every message it was sent (PDFs included): emptied
    // before each sample, so the heap measured is the product's, not the test mailbox's.
    await fetch(`${mailbox}/clear-store`, { method: "POST" }).catch(() => {});
    const s = sample(t0);
    gate = null;
    release();
    pausedMs += performance.now() - pausedAt;
    sampling = false;
    memory.push(s);
    const done = [...kinds.values()].reduce((a, h) => a + h.count, 0);
    console.log(
      `  ${s.atSeconds} s: ${done} operations, ${errors} errors, heap ${s.heapMB} MB, external ${s.externalMB} MB, rss ${s.rssMB} MB`,
    );
  }, SAMPLE_MS);
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, w) => {
      while (performance.now() < end) {
        while (gate) await gate;
        if (performance.now() >= end) break;
        const shop = shops[(w + randomInt(SHOPS)) % SHOPS];
        const started = performance.now();
        const op = pick();
        inFlight++;
        try {
          const kind = await op(shop);
          hist(kind).add(performance.now() - started);
        } catch (err) {
          errors++;
          if (errorSamples.length < 20)
            errorSamples.push(String((err as Error).message ?? err));
        } finally {
          if (--inFlight === 0) drained?.();
        }
      }
    }),
  );
  clearInterval(sampler);
  const seconds = (performance.now() - t0) / 1000;
  // Rates are over the time the load ran, without the pauses for the memory samples.
  const loadSeconds = seconds - pausedMs / 1000;
  memory.push(sample(t0));

  // The data after the load: totals equal entries, serials gapless (1…n for the day).
  const checks: string[] = [];
  for (const shop of shops) {
    const month = kstMonth();
    const entries = (
      await httpCall("GET", `/api/ledger/entries?month=${month}`, { shop })
    ).json.entries as { amount: number; vat: number }[];
    const cells =
      (
        await httpCall("GET", `/api/ledger/months?from=${month}&to=${month}`, {
          shop,
        })
      ).json.months[0]?.cells ?? [];
    const n = cells.reduce((a: number, c: { n: number }) => a + c.n, 0);
    const sum = (xs: { amount: number; vat: number }[]) =>
      xs.reduce((a, x) => a + x.amount + x.vat, 0);
    if (n !== entries.length || sum(cells) !== sum(entries))
      checks.push(
        `${shop.slug}: month totals ${n}/${sum(cells)} ≠ entries ${entries.length}/${sum(entries)}`,
      );
    const invoices = (await httpCall("GET", "/api/invoices", { shop })).json
      .items as { approvalNo?: string }[];
    const serials = invoices
      .filter((i) => i.approvalNo)
      .map((i) => Number(i.approvalNo!.slice(16)))
      .sort((a, b) => a - b);
    if (serials.length !== shop.invoices || serials.some((s, i) => s !== i + 1))
      checks.push(
        `${shop.slug}: ${shop.invoices} invoices issued, serials not 1…${shop.invoices}`,
      );
  }
  errors += checks.length;
  errorSamples.push(...checks);

  // Memory is judged after the warm-up (scripts/soak-memory.ts says how).
  const judgement = judgeMemory(memory, MINUTES * 60);
  const grows = judgement.flat === false;
  const report = {
    at: new Date().toISOString(),
    minutes: MINUTES,
    seconds: +seconds.toFixed(1),
    pausedSeconds: +(pausedMs / 1000).toFixed(1),
    shops: SHOPS,
    workers: WORKERS,
    machine: {
      cpus: (await import("node:os")).cpus().length,
      node: process.version,
    },
    operations: [...kinds.values()].reduce((a, h) => a + h.count, 0),
    throughputPerSecond: +(
      [...kinds.values()].reduce((a, h) => a + h.count, 0) / loadSeconds
    ).toFixed(1),
    errors,
    errorSamples,
    kinds: Object.fromEntries(
      [...kinds].sort().map(([k, h]) => [
        k,
        {
          count: h.count,
          perSecond: +(h.count / loadSeconds).toFixed(2),
          p50Ms: h.quantile(0.5),
          p99Ms: h.quantile(0.99),
        },
      ]),
    ),
    memory: {
      gcBeforeSample: !!gc,
      samples: memory,
      ...judgement,
      note: "this process: the API, the outbox loop and the load generator; DynamoDB Local (Java) is not included",
    },
  };
  const out = resolve(ROOT, args.out!);
  mkdirSync(resolve(out, ".."), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `\n${report.operations} operations in ${report.seconds} s: ${report.throughputPerSecond}/s, ${errors} errors`,
  );
  for (const [k, v] of Object.entries(report.kinds))
    console.log(
      `  ${k.padEnd(16)} ${String(v.count).padStart(7)}  p50 ${v.p50Ms} ms  p99 ${v.p99Ms} ms`,
    );
  console.log(
    `  memory after ${judgement.warmUpSeconds} s (${judgement.steadySamples} samples): heap ${judgement.heapSlopeMBPerMinute} MB/min, external ${judgement.externalSlopeMBPerMinute} MB/min, rss ${judgement.rssSlopeMBPerMinute} MB/min, rss peak ${judgement.rssEarlierPeakMB} → ${judgement.rssLaterPeakMB} MB: ${judgement.flat === null ? "too short to judge" : judgement.flat ? "flat" : "GROWS"}`,
  );
  for (const e of errorSamples.slice(0, 10)) console.log(`  error: ${e}`);
  console.log(`wrote ${args.out}`);
  exitCode = errors || grows ? 1 : 0;
} finally {
  await stack.stop();
}
process.exit(exitCode);
