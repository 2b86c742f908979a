export * as Brand from "./brand";
import * as v from "valibot";
import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { dynamo, getItem, toItem } from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { withActor } from "../actor";
import { Email, ProfileInput } from "../auth/schema";
import { nowMs } from "../time";
import { formatPhone } from "../kr/phone";
import { optionalText, requiredText } from "../validation";
import {
  DEFAULT_ACCENT,
  DEFAULT_PRIMARY,
  LOGO_MAX_BYTES,
} from "./brand-limits";

// White-label: a reseller's brand (R#<rsl>/BRAND, one small item). Its shops see it in the app
// shell, their e-mails, the invoice recipient page and the login page at /r/<slug>. The reseller
// comes from the actor (its key or admin) when it is set, and from the tenant record (resellerId)
// or the RSLUG# lookup when it is shown — never from request input.

export { DEFAULT_ACCENT, DEFAULT_PRIMARY, LOGO_MAX_BYTES };
const LOGO_TYPES = {
  "image/png": (b: Buffer) =>
    b.subarray(0, 8).equals(Buffer.from("89504e470d0a1a0a", "hex")),
  "image/jpeg": (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/webp": (b: Buffer) =>
    b.subarray(0, 4).toString("latin1") === "RIFF" &&
    b.subarray(8, 12).toString("latin1") === "WEBP",
} as const;
type LogoType = keyof typeof LOGO_TYPES;

const DATA_URL =
  /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/]+={0,2})$/;

/** `data:image/png|jpeg|webp;base64,…`, at most 32 KB of image, whose bytes are what it says. */
export const Logo = v.pipe(
  v.string("로고는 data URL 문자열이어야 합니다."),
  v.maxLength(
    Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 40,
    `로고는 ${LOGO_MAX_BYTES / 1024}KB 이하여야 합니다.`,
  ),
  v.regex(
    DATA_URL,
    "로고는 PNG, JPEG, WebP 이미지의 data URL(data:image/png;base64,…)이어야 합니다.",
  ),
  v.check((s) => {
    const m = DATA_URL.exec(s);
    if (!m) return true; // the regex above has said what is wrong
    const [, type, b64] = m;
    const bytes = Buffer.from(b64, "base64");
    return bytes.length > 0 && LOGO_TYPES[type as LogoType](bytes);
  }, "로고 파일의 내용이 이미지 형식과 맞지 않습니다."),
);

/** An e-mail address or "" (none). */
const OptionalEmail = v.optional(
  v.pipe(
    v.string("이메일은 문자열이어야 합니다."),
    v.trim(),
    v.check(
      (s) => s === "" || v.is(Email, s),
      "이메일 형식이 올바르지 않습니다.",
    ),
    v.toLowerCase(),
  ),
  "",
);

const Colour = (label: string) =>
  v.pipe(
    v.string(`${label}을(를) 입력해 주세요.`),
    v.trim(),
    v.regex(
      /^#[0-9a-fA-F]{6}$/,
      `${label}은(는) #0f766e 같은 6자리 16진수 색상이어야 합니다.`,
    ),
    v.toLowerCase(),
  );

export const BrandInput = v.object({
  displayName: requiredText("표시 이름", 40),
  logo: v.optional(v.nullable(Logo), null),
  primaryColor: Colour("기본 색상"),
  accentColor: Colour("강조 색상"),
  supportPhone: ProfileInput.entries.contactPhone,
  supportEmail: OptionalEmail,
  senderName: optionalText("보내는 사람 이름", 40),
  /**
   * The From address of the shops' e-mails. On AWS, SES sends only from a verified identity: the
   * address or its domain must be verified in SES (ap-northeast-2) first, or sending is refused.
   */
  senderAddress: OptionalEmail,
});
export type BrandInput = v.InferOutput<typeof BrandInput>;

export interface BrandRecord extends BrandInput {
  updatedAt: string;
}

/** What a shop's pages and e-mails show. */
export interface BrandView {
  slug: string;
  displayName: string;
  logo: string | null;
  primaryColor: string;
  accentColor: string;
  supportPhone: string;
  supportEmail: string;
}

/** The sender and footer e-mails of a reseller's shops carry. */
export interface MailBrand extends BrandView {
  senderName: string;
  senderAddress: string;
}

export async function get(): Promise<BrandRecord | null> {
  const r = await getItem<BrandRecord & { pk: string; sk: string }>(
    Keys.resellerBrand(),
    true,
  );
  if (!r) return null;
  const { pk: _pk, sk: _sk, ...rest } = r;
  return rest;
}

/** Replaces the brand (the reseller's own item: no shop record is touched). */
export async function put(input: BrandInput): Promise<BrandRecord> {
  const record: BrandRecord = {
    ...input,
    updatedAt: new Date(nowMs()).toISOString(),
  };
  await dynamo().send(
    new PutItemCommand({
      TableName: tableName(),
      Item: toItem({ ...Keys.resellerBrand(), ...record }),
    }),
  );
  cache.delete(Keys.resellerBrand().pk);
  return record;
}

// Brands change rarely and are read on every /api/me and every e-mail of a reseller's shop: a
// container keeps each for a minute.
const CACHE_MS = 60_000;
const cache = new Map<string, { at: number; brand: MailBrand | null }>();

interface ResellerBits {
  slug: string;
  name: string;
}

/** The brand of one reseller, by the id read from a tenant record or the slug lookup. */
export async function ofReseller(
  resellerId: string,
): Promise<MailBrand | null> {
  return withActor({ type: "system", resellerId }, async () => {
    const key = Keys.resellerBrand();
    const hit = cache.get(key.pk);
    if (hit && nowMs() - hit.at < CACHE_MS) return hit.brand;
    const [brand, reseller] = await Promise.all([
      getItem<BrandRecord>(key),
      getItem<ResellerBits>(Keys.reseller()),
    ]);
    const view: MailBrand | null = reseller
      ? {
          slug: reseller.slug,
          displayName: brand?.displayName ?? reseller.name,
          logo: brand?.logo ?? null,
          primaryColor: brand?.primaryColor ?? DEFAULT_PRIMARY,
          accentColor: brand?.accentColor ?? DEFAULT_ACCENT,
          supportPhone: brand?.supportPhone
            ? formatPhone(brand.supportPhone)
            : "",
          supportEmail: brand?.supportEmail ?? "",
          senderName: brand?.senderName || brand?.displayName || reseller.name,
          senderAddress: brand?.senderAddress ?? "",
        }
      : null;
    cache.set(key.pk, { at: nowMs(), brand: view });
    return view;
  });
}

/** The brand of a shop: its reseller's, or null for a shop that signed up directly. */
export async function ofTenant(
  resellerId: string | undefined,
): Promise<BrandView | null> {
  if (!resellerId) return null;
  const b = await ofReseller(resellerId);
  return b && publicView(b);
}

/** The login page at /r/<slug>: the brand of the reseller with that slug. */
export async function bySlug(slug: string): Promise<BrandView | null> {
  const lookup = await getItem<{ resellerId: string }>(Keys.resellerSlug(slug));
  if (!lookup) return null;
  const b = await ofReseller(lookup.resellerId);
  return b && publicView(b);
}

export const publicView = (b: MailBrand): BrandView => ({
  slug: b.slug,
  displayName: b.displayName,
  logo: b.logo,
  primaryColor: b.primaryColor,
  accentColor: b.accentColor,
  supportPhone: b.supportPhone,
  supportEmail: b.supportEmail,
});

/** Forgets cached brands (tests). */
export const resetCache = () => cache.clear();
