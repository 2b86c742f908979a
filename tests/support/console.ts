import { call, linkToken, mailbox, randomIp, type CallOptions } from "./api";

export interface ConsoleSession {
  cookie: string;
  token: string;
  csrf: string;
  ip: string;
  email: string;
  password: string;
}

export const CONSOLE = "/api/reseller-console";

/** A call to the console API with the admin's console cookie and CSRF token. */
export function ccall(
  method: string,
  path: string,
  session: ConsoleSession | undefined,
  opts: CallOptions & { csrf?: string | null } = {},
) {
  const headers: Record<string, string> = { ...opts.headers };
  if (session) {
    headers.cookie = session.cookie;
    if (opts.csrf !== null) headers["x-csrf-token"] = opts.csrf ?? session.csrf;
  }
  return call(method, path, {
    ...opts,
    session: undefined,
    ip: opts.ip ?? session?.ip,
    headers,
  });
}

export function consoleCookie(headers: Headers): string {
  const set = headers.get("set-cookie") ?? "";
  const m = /golmok_console=([^;]+)/.exec(set);
  if (!m) throw new Error(`no console cookie in ${set}`);
  return m[1];
}

/** Follows the admin's set-password e-mail, sets a password and logs into the console. */
export async function consoleAdmin(
  email: string,
  password = "console-admin-2026!",
): Promise<ConsoleSession> {
  const [mail] = await mailbox(email);
  const token = linkToken(mail, "/console/password");
  const set = await call("POST", `${CONSOLE}/password`, {
    body: { token, password },
  });
  if (set.status !== 200) throw new Error(`set password: ${set.text}`);
  return consoleLogin(email, password);
}

export async function consoleLogin(
  email: string,
  password: string,
): Promise<ConsoleSession> {
  const ip = randomIp();
  const res = await call("POST", `${CONSOLE}/login`, {
    body: { email, password },
    ip,
  });
  if (res.status !== 200) throw new Error(`console login: ${res.text}`);
  const token = consoleCookie(res.headers);
  return {
    cookie: `golmok_console=${token}`,
    token,
    csrf: res.json.csrfToken,
    ip,
    email,
    password,
  };
}
