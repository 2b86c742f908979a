import type { MailBrand } from "../reseller/brand";
import type { Message } from "./index";
import { escape } from "./templates";

// A reseller's shops send e-mail under the reseller's brand (core/reseller/brand.ts): the sender's
// name and address, the name in the header and subject, the button colour and a footer with the
// support contacts. Applied when the message is sent, so the outbox item stays brand-free.

const DEFAULT_FROM = "골목 Golmok <no-reply@golmok.local>";
const GOLMOK_TEAL = "#0f766e";

/** SES takes no raw Unicode in the friendly-from name: a MIME encoded-word (RFC 2047). */
export const encodedFrom = (name: string, address: string) =>
  `=?UTF-8?B?${Buffer.from(name, "utf8").toString("base64")}?= <${address}>`;

/** The From of a message: the platform's (MAIL_FROM), or the brand's sender name and address. */
export function fromAddress(brand: MailBrand | null): string {
  const platform = process.env.MAIL_FROM ?? DEFAULT_FROM;
  if (!brand) return platform;
  const platformAddress = /<([^>]+)>\s*$/.exec(platform)?.[1] ?? platform;
  return encodedFrom(
    brand.senderName || brand.displayName,
    brand.senderAddress || platformAddress,
  );
}

export function brandMessage(msg: Message, brand: MailBrand | null): Message {
  if (!brand) return msg;
  const name = brand.displayName;
  const contacts = [
    brand.supportPhone && `전화 ${brand.supportPhone}`,
    brand.supportEmail && `이메일 ${brand.supportEmail}`,
  ].filter(Boolean);
  const footer = `${name}에서 제공하는 골목 서비스입니다.${contacts.length ? ` 고객센터: ${contacts.join(" · ")}` : ""}`;
  const htmlFooter = `<p data-brand-footer style="font-size:12px;color:#78716c;margin:16px 0 0;border-top:1px solid #e7e5e4;padding-top:12px">${escape(footer)}</p>`;
  const html = msg.html
    .replaceAll("골목 Golmok</p>", `${escape(name)}</p>`)
    .replaceAll(`background:${GOLMOK_TEAL}`, `background:${brand.primaryColor}`)
    .replace(/<\/td><\/tr><\/table><\/body>/, `${htmlFooter}$&`);
  return {
    ...msg,
    subject: msg.subject.replace(/^\[골목\]/, `[${name}]`),
    html: html.includes("data-brand-footer") ? html : html + htmlFooter,
    text: `${msg.text.trimEnd()}\n\n--\n${footer}\n`,
    replyTo: msg.replyTo ?? (brand.supportEmail || undefined),
  };
}
