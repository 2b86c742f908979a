// The published page: a pure function from the site to static HTML + one small CSS file. No node
// imports: the web editor renders its live preview with this same code. Everything the shop
// typed is escaped; links pass isSafeUrl or are dropped; the page carries no script.
import {
  BLOCK_LABEL,
  DAYS,
  THEMES,
  isSafeUrl,
  type Block,
  type BlockOf,
  type Day,
  type Image,
  type SiteInput,
} from "./schema";
import { serviceKey } from "./slots";

export const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        c
      ]!,
  );
const e = escapeHtml;

const KRW = new Intl.NumberFormat("ko-KR");
export const won = (n: number) => `₩${KRW.format(Math.trunc(n))}`;
const dateKo = (iso: string) => {
  const [y, m, d] = iso.split("-");
  return `${y}. ${Number(m)}. ${Number(d)}.`;
};

/** The page's path on every home: /s/<slug>/ (Hangul percent-encoded). */
export const sitePath = (slug: string) => `/s/${encodeURIComponent(slug)}/`;
export const apiPath = (slug: string) =>
  `/api/public/sites/${encodeURIComponent(slug)}`;

/** A link the shop entered, or undefined when it is not http(s)/tel/mailto. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return isSafeUrl(url) ? url.trim() : undefined;
}

const link = (href: string | undefined, text: string, cls = "") => {
  const h = safeHref(href);
  if (!h) return e(text);
  const external = /^https?:/i.test(h);
  return `<a${cls ? ` class="${cls}"` : ""} href="${e(h)}"${external ? ' rel="noopener nofollow"' : ""}>${e(text)}</a>`;
};

const img = (i: Image, sizes = "") =>
  /^(https:\/\/|\/)[^\s<>"']+$/i.test(i.url)
    ? `<img src="${e(i.url)}" width="${i.width}" height="${i.height}" alt="${e(i.alt ?? "")}" loading="lazy" decoding="async"${sizes}>`
    : "";

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${e(p).replace(/\n/g, "<br>")}</p>`)
    .join("");

const telOf = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, "")}`;
const formatPhone = (raw: string) => {
  const d = raw.replace(/[^0-9]/g, "");
  if (/^02\d{7,8}$/.test(d))
    return `02-${d.slice(2, d.length - 4)}-${d.slice(-4)}`;
  if (/^1\d{7}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4)}`;
  if (/^0\d{9,10}$/.test(d))
    return `${d.slice(0, 3)}-${d.slice(3, d.length - 4)}-${d.slice(-4)}`;
  return raw;
};
export const kakaoChannelUrl = (c: string) =>
  c.startsWith("http")
    ? c.replace(/^http:/, "https:")
    : `https://pf.kakao.com/${c}`;
export const naverMapUrl = (address: string) =>
  `https://map.naver.com/p/search/${encodeURIComponent(address)}`;
export const kakaoMapUrl = (address: string) =>
  `https://map.kakao.com/link/search/${encodeURIComponent(address)}`;

const dayHours = (d: Day) =>
  d.closed
    ? "휴무"
    : `${d.open}~${d.close}${d.breakStart ? ` <span class="muted">(쉬는 시간 ${d.breakStart}~${d.breakEnd})</span>` : ""}`;

export interface RenderContext {
  /** Absolute origin for canonical, OpenGraph and sitemap (https://sites.golmok.kr). */
  origin: string;
  /** Shown in the footer and as the page's updated time (YYYY-MM-DD). */
  today: string;
  /** Editor preview: inline CSS, inert forms. */
  preview?: boolean;
}

function section(b: Block, inner: string, title?: string): string {
  const heading = title ?? ("title" in b ? b.title : "") ?? "";
  const h = heading || BLOCK_LABEL[b.type];
  return `<section id="${e(b.id)}" aria-labelledby="${e(b.id)}-h"><h2 id="${e(b.id)}-h">${e(h)}</h2>${inner}</section>`;
}

function bookableItems(site: SiteInput) {
  return site.blocks
    .filter((b): b is BlockOf<"menu"> => b.type === "menu" && !b.hidden)
    .flatMap((b) => b.items)
    .filter((i) => (i.minutes ?? 0) > 0);
}

const field = (id: string, label: string, input: string) =>
  `<p class="f"><label for="${id}">${e(label)}</label>${input}</p>`;

function visitorFields(prefix: string, b: BlockOf<"booking">): string {
  return [
    field(
      `${prefix}-name`,
      "이름",
      `<input id="${prefix}-name" name="name" required maxlength="40" autocomplete="name">`,
    ),
    field(
      `${prefix}-phone`,
      "연락처",
      `<input id="${prefix}-phone" name="phone" type="tel" required maxlength="20" autocomplete="tel" inputmode="tel">`,
    ),
    field(
      `${prefix}-email`,
      "이메일 (확인 메일을 보내 드립니다)",
      `<input id="${prefix}-email" name="email" type="email" required maxlength="254" autocomplete="email">`,
    ),
    b.askFor.includes("car")
      ? field(
          `${prefix}-car`,
          "차종·차량번호",
          `<input id="${prefix}-car" name="car" maxlength="60">`,
        )
      : "",
    b.askFor.includes("party")
      ? field(
          `${prefix}-party`,
          "인원",
          `<input id="${prefix}-party" name="party" type="number" min="1" max="50" inputmode="numeric">`,
        )
      : "",
    b.askFor.includes("takeout")
      ? `<p class="f c"><input id="${prefix}-takeout" name="takeout" type="checkbox" value="true"><label for="${prefix}-takeout">포장 주문입니다</label></p>`
      : "",
    // Honeypot: off-screen for people, filled in by bots.
    `<p class="hp"><label for="${prefix}-website">이 칸은 비워 두세요</label><input id="${prefix}-website" name="website" tabindex="-1" autocomplete="off"></p>`,
    `<p class="f c"><input id="${prefix}-consent" name="consent" type="checkbox" value="true" required><label for="${prefix}-consent">예약·문의 처리를 위해 이름, 연락처, 이메일을 수집·이용하는 데 동의합니다. (처리 후 요청하시면 삭제합니다)</label></p>`,
  ].join("");
}

function bookingBlock(
  site: SiteInput,
  b: BlockOf<"booking">,
  ctx: RenderContext,
): string {
  const base = apiPath(site.slug);
  const services = bookableItems(site);
  const note = b.note ? `<p>${e(b.note)}</p>` : "";
  if (b.mode === "booking" && services.length > 0) {
    const options = services
      .map(
        (s) =>
          `<option value="${e(serviceKey(s))}">${e(serviceKey(s))} (${s.minutes}분, ${won(s.price)}${s.from ? "~" : ""})</option>`,
      )
      .join("");
    const action = ctx.preview ? "#" : `${base}/slots`;
    return section(
      b,
      `${note}<form method="get" action="${e(action)}" class="card"><input type="hidden" name="format" value="html">${field("bk-service", "서비스", `<select id="bk-service" name="service" required>${options}</select>`)}${field("bk-date", "날짜", `<input id="bk-date" name="date" type="date" required min="${e(ctx.today)}">`)}<p><button type="submit">빈 시간 보기</button></p></form>`,
    );
  }
  const action = ctx.preview ? "#" : `${base}/inquiries`;
  return section(
    b,
    `${note}<form method="post" action="${e(action)}" class="card">${visitorFields("iq", b)}${field("iq-message", "문의 내용", `<textarea id="iq-message" name="message" required maxlength="1000" rows="4"></textarea>`)}<p><button type="submit">보내기</button></p></form>`,
  );
}

function blockHtml(site: SiteInput, b: Block, ctx: RenderContext): string {
  switch (b.type) {
    case "hero":
      return `<header class="hero" id="${e(b.id)}">${b.image ? img(b.image) : ""}<h1>${e(b.title)}</h1>${b.tagline ? `<p class="tag">${e(b.tagline)}</p>` : ""}</header>`;
    case "about":
      return b.text ? section(b, paragraphs(b.text)) : "";
    case "hours": {
      const rows = [1, 2, 3, 4, 5, 6, 0]
        .map(
          (i) =>
            `<tr><th scope="row">${DAYS[i]}</th><td>${dayHours(b.week[i])}</td></tr>`,
        )
        .join("");
      const upcoming = b.closedDates.filter((d) => d >= ctx.today).sort();
      return section(
        b,
        `<table class="hours"><caption class="sr">요일별 영업시간</caption><tbody>${rows}</tbody></table>${b.note ? `<p class="muted">${e(b.note)}</p>` : ""}${upcoming.length ? `<p>임시 휴무: ${upcoming.map((d) => e(dateKo(d))).join(", ")}</p>` : ""}`,
      );
    }
    case "menu":
      if (b.items.length === 0) return "";
      return section(
        b,
        `<ul class="menu">${b.items
          .map(
            (i) =>
              `<li>${i.image ? img(i.image) : ""}<span class="n">${e(serviceKey(i))}</span><span class="p">${i.price === 0 ? "무료" : `${won(i.price)}${i.from ? "~" : ""}`}</span>${i.description ? `<span class="d">${e(i.description)}</span>` : ""}</li>`,
          )
          .join("")}</ul>`,
      );
    case "gallery":
      if (b.images.length === 0) return "";
      return section(
        b,
        `<div class="gallery">${b.images.map((i) => img(i)).join("")}</div>`,
      );
    case "news":
      if (b.posts.length === 0) return "";
      return section(
        b,
        [...b.posts]
          .sort((x, y) => y.date.localeCompare(x.date))
          .map(
            (p) =>
              `<article><h3>${e(p.title)}</h3><p class="muted"><time datetime="${e(p.date)}">${e(dateKo(p.date))}</time></p>${paragraphs(p.body)}</article>`,
          )
          .join(""),
      );
    case "location": {
      if (!b.address) return "";
      const naver = b.naverMapUrl || naverMapUrl(b.address);
      const kakao = b.kakaoMapUrl || kakaoMapUrl(b.address);
      return section(
        b,
        `<address>${e(b.address)}</address>${b.directions ? `<p>${e(b.directions)}</p>` : ""}<p class="btns">${link(naver, "네이버 지도", "btn")} ${link(kakao, "카카오맵", "btn")}</p>`,
      );
    }
    case "contact": {
      const items = [
        b.phone
          ? `<li>전화 ${link(telOf(b.phone), formatPhone(b.phone))}</li>`
          : "",
        b.kakaoChannel
          ? `<li>${link(kakaoChannelUrl(b.kakaoChannel), "카카오톡 채널")} · ${link(`${kakaoChannelUrl(b.kakaoChannel)}/chat`, "채팅 상담")}</li>`
          : "",
        b.email ? `<li>이메일 ${link(`mailto:${b.email}`, b.email)}</li>` : "",
        b.instagram ? `<li>${link(b.instagram, "인스타그램")}</li>` : "",
      ].join("");
      if (!items) return "";
      const call = b.phone
        ? `<p class="btns">${link(telOf(b.phone), "전화 걸기", "btn")}</p>`
        : "";
      return section(b, `${call}<ul class="plain">${items}</ul>`);
    }
    case "booking":
      return bookingBlock(site, b, ctx);
  }
}

/** schema.org LocalBusiness with opening hours (one specification per open stretch, split at the break). */
export function jsonLd(
  site: SiteInput,
  ctx: RenderContext,
): Record<string, unknown> {
  const visible = site.blocks.filter((b) => !b.hidden);
  const hero = visible.find((b): b is BlockOf<"hero"> => b.type === "hero");
  const hours = visible.find((b): b is BlockOf<"hours"> => b.type === "hours");
  const loc = visible.find(
    (b): b is BlockOf<"location"> => b.type === "location",
  );
  const contact = visible.find(
    (b): b is BlockOf<"contact"> => b.type === "contact",
  );
  const names = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
  ];
  const specs = hours
    ? hours.week.flatMap((d, i) => {
        if (d.closed) return [];
        const spans: [string, string][] = d.breakStart
          ? [
              [d.open, d.breakStart],
              [d.breakEnd, d.close],
            ]
          : [[d.open, d.close]];
        return spans.map(([opens, closes]) => ({
          "@type": "OpeningHoursSpecification",
          dayOfWeek: `https://schema.org/${names[i]}`,
          opens,
          closes,
        }));
      })
    : [];
  const image = ogImage(site, ctx);
  return {
    "@context": "https://schema.org",
    "@type": "LocalBusiness",
    name: hero?.title ?? site.title,
    description: site.description || undefined,
    url: `${ctx.origin}${sitePath(site.slug)}`,
    ...(image ? { image } : {}),
    ...(contact?.phone ? { telephone: contact.phone } : {}),
    ...(contact?.email ? { email: contact.email } : {}),
    ...(loc?.address
      ? {
          address: {
            "@type": "PostalAddress",
            streetAddress: loc.address,
            addressCountry: "KR",
          },
        }
      : {}),
    ...(specs.length ? { openingHoursSpecification: specs } : {}),
  };
}

function ogImage(site: SiteInput, ctx: RenderContext): string | undefined {
  const visible = site.blocks.filter((b) => !b.hidden);
  const first =
    visible.find((b): b is BlockOf<"hero"> => b.type === "hero")?.image ??
    visible.find((b): b is BlockOf<"gallery"> => b.type === "gallery")
      ?.images[0];
  if (!first) return undefined;
  return first.url.startsWith("/") ? `${ctx.origin}${first.url}` : first.url;
}

/**
 * The published page carries its stylesheet inline — one request a view instead of two, which is
 * most of what CloudFront charges for a page view — and the policy allows exactly the five theme
 * stylesheets by their SHA-256 (tests/core/site-render.test.ts recomputes them from renderCss).
 * site.css is still written, for the booking pages the API answers.
 */
export const THEME_STYLE_HASHES = [
  "huFCAXaK3lgQ+JV7j1s680dC/7f9XJ2BXwP0o8VBp/4=", // teal
  "h0ka1Mdx/+wEXlqneBIfHWs6VjIyM9quL/7BLrdH7ms=", // rose
  "eVL8MnFxsVBgVRkoNOr45DLC6cU+gIZOAAuRVBX2UU8=", // indigo
  "Q9VW8yfIbDJS5PJUqAobUvGxf+y0HQ4IAX9odvLKhVU=", // amber
  "cZgCU18l6EyMVLIW19OFwmTHUnE23pSIm3ZC6X7EAtM=", // slate
];

/** Content-Security-Policy of the published page (also sent as a header by the server/CDN). */
export const PAGE_CSP = `default-src 'none'; img-src 'self' https: data:; style-src 'self' ${THEME_STYLE_HASHES.map((h) => `'sha256-${h}'`).join(" ")}; form-action 'self'; base-uri 'none'`;
const PREVIEW_CSP =
  "default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

export function renderCss(site: Pick<SiteInput, "theme">): string {
  const t = THEMES[site.theme] ?? THEMES.teal;
  return `:root{--a:${t.accent};--s:${t.soft};--t:#1c1917;--m:#57534e}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 "Apple SD Gothic Neo","Malgun Gothic","Noto Sans KR",system-ui,sans-serif;color:var(--t);background:#fafaf9;word-break:keep-all;overflow-wrap:anywhere}
main{max-width:720px;margin:0 auto;padding:0 16px 32px}
.hero{background:var(--s);margin:0 -16px 8px;padding:32px 16px;text-align:center}
.hero img{width:100%;height:auto;max-height:320px;object-fit:cover;border-radius:12px}
h1{font-size:1.75rem;margin:.5rem 0;color:var(--a)}
h2{font-size:1.2rem;margin:0 0 .75rem;color:var(--a)}
h3{font-size:1rem;margin:0}
section{background:#fff;border-radius:12px;padding:16px;margin:12px 0;box-shadow:0 1px 2px #0001}
.tag{font-size:1.05rem;margin:0}
.muted{color:var(--m);font-size:.9rem}
.hours{border-collapse:collapse;width:100%}
.hours th,.hours td{text-align:left;padding:6px 4px;border-bottom:1px solid #e7e5e4}
.hours th{width:3em}
.menu,.plain{list-style:none;margin:0;padding:0}
.menu li{display:flex;flex-wrap:wrap;justify-content:space-between;padding:8px 0;border-bottom:1px solid #e7e5e4}
.menu .p{font-weight:700}
.menu .d{flex-basis:100%;color:var(--m);font-size:.9rem}
.menu img{flex-basis:100%;width:100%;max-width:320px;height:auto;border-radius:8px;margin-bottom:4px}
.plain li{padding:4px 0}
.gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:8px}
.gallery img{width:100%;height:auto;border-radius:8px}
address{font-style:normal}
a{color:var(--a)}
.btns{display:flex;flex-wrap:wrap;gap:8px}
.btn,button{display:inline-block;background:var(--a);color:#fff;border:0;border-radius:8px;padding:10px 16px;font:inherit;font-weight:700;text-decoration:none;min-height:44px;cursor:pointer}
.f label{display:block;font-weight:600;margin-bottom:4px}
.f input,.f select,.f textarea{width:100%;font:inherit;padding:10px;border:1px solid #a8a29e;border-radius:8px;background:#fff}
.f.c{display:flex;gap:8px;align-items:flex-start}
.f.c input{width:auto;margin-top:6px}
.f.c label{font-weight:400}
.slots{display:flex;flex-wrap:wrap;gap:8px;border:0;padding:0;margin:0 0 12px}
.slots label{border:1px solid var(--a);border-radius:8px;padding:8px 12px}
.hp,.sr{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
footer{text-align:center;color:var(--m);font-size:.8rem;padding:16px}
`;
}

export interface Rendered {
  html: string;
  css: string;
  sitemap: string;
}

/** The whole published page. Hidden blocks are left out; block order is the owner's. */
export function renderSite(site: SiteInput, ctx: RenderContext): Rendered {
  const css = renderCss(site);
  const url = `${ctx.origin}${sitePath(site.slug)}`;
  const image = ogImage(site, ctx);
  // JSON inside <script>: `<` is escaped so no text can close the element.
  const ld = JSON.stringify(jsonLd(site, ctx)).replace(/</g, "\\u003c");
  const body = site.blocks
    .filter((b) => !b.hidden)
    .map((b) => blockHtml(site, b, ctx))
    .join("\n");
  const styles = `<style>${css}</style>`;
  const html = `<!doctype html>
<html lang="ko"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${ctx.preview ? PREVIEW_CSP.replace("img-src 'self'", `img-src ${e(ctx.origin)}`) : PAGE_CSP}">
<title>${e(site.title)}</title>
<meta name="description" content="${e(site.description)}">
<link rel="canonical" href="${e(url)}">
<meta property="og:type" content="website">
<meta property="og:locale" content="ko_KR">
<meta property="og:title" content="${e(site.title)}">
<meta property="og:description" content="${e(site.description)}">
<meta property="og:url" content="${e(url)}">
${image ? `<meta property="og:image" content="${e(image)}">\n` : ""}${styles}
<script type="application/ld+json">${ld}</script>
</head><body><main>
${body}
</main><footer>${e(site.title)} · 골목으로 만든 홈페이지</footer></body></html>
`;
  const sitemap = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${e(url)}</loc><lastmod>${e(ctx.today)}</lastmod></url></urlset>
`;
  return { html, css, sitemap };
}

/** A small page the API answers a no-JS form with (slots to pick, or the outcome). */
export function renderFormPage(
  slug: string,
  title: string,
  inner: string,
): string {
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(title)}</title>
<link rel="stylesheet" href="${sitePath(slug)}site.css">
<meta name="robots" content="noindex">
</head><body><main><section aria-labelledby="t"><h1 id="t">${e(title)}</h1>${inner}<p><a href="${sitePath(slug)}">홈페이지로 돌아가기</a></p></section></main></body></html>
`;
}

/** The slots of a day as radio buttons, with the visitor's details: the no-JS booking form's second step. */
export function renderSlotsForm(
  site: SiteInput,
  service: string,
  date: string,
  slots: string[],
): string {
  const b = site.blocks.find(
    (x): x is BlockOf<"booking"> => x.type === "booking",
  );
  if (!b) return "";
  if (slots.length === 0)
    return `<p>${e(dateKo(date))}에는 예약할 수 있는 시간이 없습니다. 다른 날짜를 골라 주세요.</p>`;
  const radios = slots
    .map(
      (t, i) =>
        `<label><input type="radio" name="time" value="${t}"${i === 0 ? " required" : ""}> ${t}</label>`,
    )
    .join("");
  return `<p>${e(service)} · ${e(dateKo(date))}</p><form method="post" action="${apiPath(site.slug)}/bookings"><input type="hidden" name="service" value="${e(service)}"><input type="hidden" name="date" value="${e(date)}"><fieldset class="slots"><legend>시간</legend>${radios}</fieldset>${visitorFields("bk", b)}${field("bk-message", "요청 사항", `<textarea id="bk-message" name="message" maxlength="500" rows="3"></textarea>`)}<p><button type="submit">예약 신청</button></p></form>`;
}
