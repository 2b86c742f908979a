import { randomBytes } from "node:crypto";
import { admin } from "../../scripts/admin";
import { call, randomBizNo, uniqueEmail, type CallOptions } from "./api";

export interface TestReseller {
  id: string;
  name: string;
  adminEmail: string;
  slug: string;
  key: string;
  keyId: string;
}

export const ALL_SCOPES =
  "tenants:read,tenants:write,statements:read,sso:write,brand:write";

/** A reseller made through the platform admin's command, with one API key (also through it). */
export async function newReseller(
  opts: { scopes?: string; kind?: string } = {},
): Promise<TestReseller> {
  const tag = randomBytes(4).toString("hex");
  const adminEmail = uniqueEmail("reseller-admin");
  const name = `골목통신 ${tag}`;
  const created = await admin([
    "reseller",
    "create",
    "--name",
    name,
    "--kind",
    opts.kind ?? "isp",
    "--share",
    "20",
    "--slug",
    `isp-${tag}`,
    "--admin-email",
    adminEmail,
  ]);
  const id = /id: (rsl_[0-9a-z]+)/.exec(created)![1];
  const { key, keyId } = await newKey(adminEmail, opts.scopes ?? ALL_SCOPES);
  return { id, name, adminEmail, slug: `isp-${tag}`, key, keyId };
}

export async function newKey(
  adminEmail: string,
  scopes: string,
): Promise<{ key: string; keyId: string }> {
  const out = await admin([
    "key",
    "create",
    "--admin-email",
    adminEmail,
    "--name",
    "테스트 키",
    "--scopes",
    scopes,
  ]);
  return {
    key: /\n {2}(gk_[A-Za-z0-9_-]+)\n/.exec(out)![1],
    keyId: /\((key_[0-9a-z]+),/.exec(out)![1],
  };
}

/** A call to the reseller API with the key as Bearer token. */
export function rcall(
  method: string,
  path: string,
  key: string | undefined,
  opts: CallOptions = {},
) {
  return call(method, path, {
    ...opts,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...opts.headers,
    },
  });
}

export function provisionBody(overrides: Record<string, unknown> = {}) {
  return {
    subscriberId: `SUB-${randomBytes(6).toString("hex")}`,
    businessName: "골목안경",
    ownerName: "이안경",
    ownerEmail: uniqueEmail("shop"),
    bizNo: randomBizNo(),
    industry: "optician",
    plan: "basic",
    ...overrides,
  };
}
