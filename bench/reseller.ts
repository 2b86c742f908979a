// Resellers (issue #7) in the benchmark: a reseller provisions N shops through the real
// /reseller/v1 API (in-process, DynamoDB Local, the owners' welcome e-mails queued), lists them
// and reads one of them (the statement's roll-up is measured on 1,000 shops in statement.ts: a
// month's statement exists only once the month is closed). Each request's DynamoDB units and handler time come from
// requestEvents, as in the tenant-month, and are priced with bench/prices.ts.
import { performance } from "node:perf_hooks";
import { requestEvents, type RequestRecord } from "../functions/http/app";
import { newReseller, provisionBody, rcall } from "../tests/support/reseller";
import { Mail } from "../core/mail";
import { price } from "./prices";

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[
    Math.min(xs.length - 1, Math.floor(xs.length * p))
  ];
const r1 = (n: number) => Math.round(n * 10) / 10;

export async function measureResellers(shops: number) {
  const r = await newReseller();
  const records: RequestRecord[] = [];
  const onRequest = (rec: RequestRecord) => records.push(rec);
  const listeners = Mail.events.listeners("queued");
  Mail.events.removeAllListeners("queued");
  requestEvents.on("request", onRequest);
  const t0 = performance.now();
  try {
    const bodies = Array.from({ length: shops }, () => provisionBody());
    for (const body of bodies) {
      const res = await rcall("POST", "/reseller/v1/tenants", r.key, { body });
      if (res.status !== 201)
        throw new Error(`bench provision: ${res.status} ${res.text}`);
    }
    // The same subscriber again: idempotent, answered from the subscriber-id item.
    const again = await rcall("POST", "/reseller/v1/tenants", r.key, {
      body: bodies[0],
    });
    if (again.status >= 300)
      throw new Error(`bench re-provision: ${again.status} ${again.text}`);
    const list = await rcall("GET", "/reseller/v1/tenants", r.key);
    if (list.status !== 200) throw new Error(`bench list: ${list.text}`);
    // One shop's page, as a reseller's portal shows it.
    const one = await rcall(
      "GET",
      `/reseller/v1/tenants/${list.json.tenants?.[0]?.id ?? list.json.items?.[0]?.id}`,
      r.key,
    );
    if (one.status !== 200) throw new Error(`bench tenant: ${one.text}`);
  } finally {
    requestEvents.off("request", onRequest);
    for (const l of listeners) Mail.events.on("queued", l as () => void);
  }
  const seconds = (performance.now() - t0) / 1000;
  // The welcome e-mails go out with the rest of the outbox.
  await Mail.drain();
  const pr = price();
  const of = (method: string, route: string) =>
    records.filter((x) => x.method === method && x.route === route);
  const summary = (rs: RequestRecord[]) => {
    const n = Math.max(1, rs.length);
    const rru = rs.reduce((s, x) => s + x.meter.readUnits, 0) / n;
    const wru = rs.reduce((s, x) => s + x.meter.writeUnits, 0) / n;
    const ms = rs.map((x) => x.ms);
    const usd =
      (rru * pr.dynamo.perMillionRead + wru * pr.dynamo.perMillionWrite) / 1e6 +
      pr.httpApi.perMillionRequests / 1e6 +
      pr.lambdaArm.perMillionRequests / 1e6 +
      (ms.reduce((s, x) => s + x, 0) / n / 1000) *
        (pr.lambdaMemoryMb / 1024) *
        pr.lambdaArm.perGbSecond;
    return {
      requests: rs.length,
      p50Ms: r1(pct(ms, 0.5) ?? 0),
      p99Ms: r1(pct(ms, 0.99) ?? 0),
      readUnits: r1(rru),
      writeUnits: r1(wru),
      items: r1(rs.reduce((s, x) => s + x.meter.itemsWritten, 0) / n),
      // One request's cloud cost, plus the welcome e-mail for a provisioning.
      krw: Math.round(usd * pr.usdKrw * 10_000) / 10_000,
    };
  };
  const provisions = of("POST", "/reseller/v1/tenants");
  return {
    shops,
    seconds: r1(seconds),
    provision: summary(provisions.slice(0, shops)),
    reprovision: summary(provisions.slice(shops)),
    list: summary(of("GET", "/reseller/v1/tenants")),
    tenant: summary(of("GET", "/reseller/v1/tenants/:id")),
    welcomeEmailKrw:
      Math.round((pr.ses.perThousandEmails / 1000) * pr.usdKrw * 10_000) /
      10_000,
  };
}
