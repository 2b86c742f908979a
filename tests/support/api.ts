import { randomBytes, randomInt } from "node:crypto";
import { api } from "../../functions/app";
import { Mail } from "../../core/mail";
import { bizNoCheckDigit } from "../../core/kr/bizno";

export interface Session {
  cookie: string;
  csrf: string;
  email: string;
  password: string;
  tenantId: string;
  userId: string;
  ip: string;
}

export interface CallOptions {
  body?: unknown;
  rawBody?: string;
  session?: Session;
  csrf?: string | null;
  ip?: string;
  headers?: Record<string, string>;
}

/** Each test uses its own client address so per-IP rate limits do not leak between tests. */
export const randomIp = () =>
  `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export async function call(
  method: string,
  path: string,
  opts: CallOptions = {},
) {
  const headers: Record<string, string> = {
    "x-forwarded-for": opts.ip ?? opts.session?.ip ?? randomIp(),
    ...opts.headers,
  };
  if (opts.body !== undefined || opts.rawBody !== undefined)
    headers["content-type"] ??= "application/json";
  if (opts.session) {
    headers.cookie = opts.session.cookie;
    if (opts.csrf !== null)
      headers["x-csrf-token"] = opts.csrf ?? opts.session.csrf;
  }
  const res = await api.request(path, {
    method,
    headers,
    body:
      opts.rawBody ??
      (opts.body !== undefined ? JSON.stringify(opts.body) : undefined),
  });
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}

export const uniqueEmail = (tag = "owner") =>
  `${tag}-${randomBytes(6).toString("hex")}@example.com`;

/** A random 사업자등록번호 with a valid checksum (DOMAIN-KR §1). */
export function randomBizNo(): string {
  const d = Array.from({ length: 9 }, () => randomInt(10));
  d[0] = randomInt(1, 10);
  return [...d, bizNoCheckDigit(d)].join("");
}

export function signupBody(overrides: Record<string, unknown> = {}) {
  return {
    businessName: "골목미용실",
    noBizNo: false,
    bizNo: randomBizNo(),
    ownerName: "김골목",
    industry: "salon",
    email: uniqueEmail(),
    phone: "010-1234-5678",
    password: "haircut-2026!",
    privacyConsent: true,
    ...overrides,
  };
}

interface StoredEmail {
  destination: { to: string[] };
  subject: string;
  body: { html?: string; text?: string };
  at: number;
}

/** Delivers due outbox messages, then returns what SES local received for the address. */
export async function mailbox(
  address: string,
  { wait = 1, timeoutMs = 10_000 } = {},
): Promise<StoredEmail[]> {
  const deadline = Date.now() + timeoutMs;
  const counts: Record<string, number>[] = [];
  for (;;) {
    counts.push(await Mail.drain());
    const res = await fetch(`${process.env.SES_ENDPOINT}/store`);
    const { emails } = (await res.json()) as { emails: StoredEmail[] };
    const mine = emails.filter((e) =>
      e.destination.to.some((t) => t.includes(address)),
    );
    if (mine.length >= wait) return mine;
    if (Date.now() > deadline)
      throw new Error(
        `no e-mail for ${address} after ${timeoutMs} ms; outbox drains: ${JSON.stringify(counts.slice(0, 3))}; store has ${emails.length}: ${emails
          .slice(-3)
          .map((e) => e.destination.to.join(","))
          .join(" | ")}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function linkToken(mail: StoredEmail, path: string): string {
  const m = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(
    mail.body.text ?? mail.body.html ?? "",
  );
  if (!m) throw new Error(`no ${path} link in: ${mail.subject}`);
  return m[1];
}

export function cookieFrom(headers: Headers): string {
  const set = headers.get("set-cookie") ?? "";
  const m = /golmok_session=([^;]+)/.exec(set);
  if (!m) throw new Error(`no session cookie in ${set}`);
  return `golmok_session=${m[1]}`;
}

/** Signs up, follows the verification e-mail and logs in: a fresh tenant for the test. */
export async function newTenant(
  overrides: Record<string, unknown> = {},
): Promise<Session> {
  const body = signupBody(overrides);
  const ip = randomIp();
  const signup = await call("POST", "/api/auth/signup", { body, ip });
  if (signup.status !== 201)
    throw new Error(`signup failed: ${signup.status} ${signup.text}`);
  const [mail] = await mailbox(body.email as string);
  const verify = await call("POST", "/api/auth/verify", {
    body: { token: linkToken(mail, "/verify") },
    ip,
  });
  if (verify.status !== 200) throw new Error(`verify failed: ${verify.text}`);
  return login(body.email as string, body.password as string, ip);
}

export async function login(
  email: string,
  password: string,
  ip = randomIp(),
): Promise<Session> {
  const res = await call("POST", "/api/auth/login", {
    body: { email, password },
    ip,
  });
  if (res.status !== 200)
    throw new Error(`login failed: ${res.status} ${res.text}`);
  return {
    cookie: cookieFrom(res.headers),
    csrf: res.json.csrfToken,
    email,
    password,
    tenantId: res.json.tenant.id,
    userId: res.json.user.id,
    ip,
  };
}
