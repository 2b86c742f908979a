export * as Sso from "./sso";
import {
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from "node:crypto";
import { VisibleError } from "../error";
import { epochSeconds } from "../time";
import { localKey } from "../crypto/vault";

// SSO hand-off tokens: a reseller's portal (already logged in as its subscriber) sends the shop
// owner into Golmok without a second login. The reseller API mints a token (POST
// /reseller/v1/sso-tokens); the browser carries it in the URL fragment (/r/<slug>/sso#token=…,
// so it reaches no server log, proxy or Referer) and the page POSTs it to /api/auth/sso, which
// verifies it, consumes its jti (a conditional put: single use) and opens a fresh session.
//
// Format: base64url(JSON claims) "." base64url(HMAC-SHA256(key, "gsso1." + payload)).

export const TTL_SECONDS = 60;
const CONTEXT = "gsso1.";

export interface Claims {
  /** The app origin and the reseller: `<APP_URL>/r/<slug>`. */
  aud: string;
  rsl: string;
  ten: string;
  usr: string;
  /** Epoch seconds. */
  exp: number;
  /** 128 random bits, consumed once. */
  jti: string;
}

let cached: { source: string; key: Buffer } | undefined;

/**
 * The signing key: GOLMOK_SSO_SECRET (base64, at least 32 bytes) where it is set — on AWS it must
 * be; locally, derived (HKDF) from the local data key of core/crypto/vault, so nothing more needs
 * configuring.
 */
function key(): Buffer {
  const env = process.env.GOLMOK_SSO_SECRET;
  const source = env ? `env:${env}` : "local";
  if (cached?.source === source) return cached.key;
  let k: Buffer;
  if (env) {
    k = Buffer.from(env, "base64");
    if (k.length < 32)
      throw new Error("GOLMOK_SSO_SECRET must be at least 32 bytes (base64)");
  } else {
    const local =
      process.env.GOLMOK_LOCAL === "1" || process.env.STAGE === "local";
    if (!local)
      throw new VisibleError(
        "unavailable",
        "sso_not_configured",
        "SSO가 설정되지 않았습니다. 골목 운영팀에 문의해 주세요.",
      );
    k = Buffer.from(
      hkdfSync("sha256", localKey().key, "", "golmok sso hand-off v1", 32),
    );
  }
  cached = { source, key: k };
  return k;
}

const mac = (payload: string) =>
  createHmac("sha256", key())
    .update(CONTEXT + payload)
    .digest();

export const audience = (appUrl: string, slug: string) =>
  `${appUrl.replace(/\/$/, "")}/r/${slug}`;

export const newJti = () => randomBytes(16).toString("base64url");

export function sign(claims: Claims): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${payload}.${mac(payload).toString("base64url")}`;
}

const fail = (code: string, message: string) =>
  new VisibleError("unauthorized", code, message);
export const invalid = () =>
  fail(
    "sso_token_invalid",
    "로그인 링크가 올바르지 않습니다. 가입하신 통신사·조합의 화면에서 다시 들어와 주세요.",
  );

/**
 * Checks the signature, then the audience, then the expiry; returns the claims. Throws 401
 * sso_token_invalid (malformed or forged), sso_audience_mismatch, sso_token_expired.
 */
export function verify(token: string, expectedAudience: string): Claims {
  const m = /^([A-Za-z0-9_-]{10,2000})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) throw invalid();
  const given = Buffer.from(m[2], "base64url");
  const want = mac(m[1]);
  if (given.length !== want.length || !timingSafeEqual(given, want))
    throw invalid();
  let claims: Claims;
  try {
    claims = JSON.parse(Buffer.from(m[1], "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const str = (x: unknown) => typeof x === "string" && x.length > 0;
  if (
    !claims ||
    ![claims.aud, claims.rsl, claims.ten, claims.usr, claims.jti].every(str) ||
    typeof claims.exp !== "number"
  )
    throw invalid();
  if (claims.aud !== expectedAudience)
    throw fail(
      "sso_audience_mismatch",
      "다른 서비스용 로그인 링크입니다. 가입하신 통신사·조합의 화면에서 다시 들어와 주세요.",
    );
  if (claims.exp <= epochSeconds())
    throw fail(
      "sso_token_expired",
      "로그인 링크의 유효 시간(1분)이 지났습니다. 가입하신 통신사·조합의 화면에서 다시 들어와 주세요.",
    );
  return claims;
}

export const used = () =>
  fail(
    "sso_token_used",
    "이미 사용된 로그인 링크입니다. 링크는 한 번만 쓸 수 있습니다. 가입하신 통신사·조합의 화면에서 다시 들어와 주세요.",
  );
