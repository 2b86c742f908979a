import { createHash } from "node:crypto";
import {
  PAGE_CSP,
  renderCss,
  THEME_STYLE_HASHES,
} from "../../core/site/render";
import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { renderSite, jsonLd, safeHref } from "../../core/site/render";
import { template, suggestSlug } from "../../core/site/templates";
import {
  SiteInput,
  THEMES,
  Slug,
  type Block,
  type SiteInput as Site,
} from "../../core/site/schema";
import { freeSlots, cellsOf } from "../../core/site/slots";

const profile = {
  businessName: "골목헤어",
  address: "서울특별시 마포구 와우산로 1",
  contactPhone: "0212345678",
  contactEmail: "shop@example.com",
};
const ctx = { origin: "https://sites.golmok.kr", today: "2026-12-02" };
const salon = () => template("salon", profile);
const withBlock = (s: Site, b: Block): Site => ({
  ...s,
  blocks: [...s.blocks, b],
});

describe("published page", () => {
  it("every template is a valid draft and renders with its hours, prices and booking form", () => {
    for (const industry of [
      "salon",
      "optician",
      "carRepair",
      "restaurant",
      "retail",
      "other",
    ] as const) {
      const site = template(industry, profile);
      expect(v.safeParse(SiteInput, site).success, industry).toBe(true);
      const { html } = renderSite(site, ctx);
      expect(html).toContain("<h1>골목헤어</h1>");
      expect(html).toContain("영업시간");
    }
    const { html } = renderSite(salon(), ctx);
    expect(html).toContain("₩20,000"); // 커트
    expect(html).toContain("₩70,000~"); // 펌, a "from" price
    expect(html).toContain("쉬는 시간 13:00~14:00");
    expect(html).toContain(
      'action="/api/public/sites/%EA%B3%A8%EB%AA%A9%ED%97%A4%EC%96%B4/slots"',
    );
    expect(html).toContain('href="tel:0212345678"');
    expect(html).toContain("https://map.naver.com/p/search/");
    expect(html).toContain("https://map.kakao.com/link/search/");
  });

  it("escapes everything the shop typed, in text, attributes and JSON-LD", () => {
    const evil = `</script><script>alert(1)</script><img src=x onerror=alert(2)>"'`;
    const site = salon();
    site.title = evil;
    site.description = evil;
    (site.blocks[0] as Extract<Block, { type: "hero" }>).title = evil;
    site.blocks.push({
      id: "x",
      type: "about",
      hidden: false,
      title: evil,
      text: evil,
    });
    const { html } = renderSite(site, ctx);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    const outsideLd = html.replace(
      /<script type="application\/ld\+json">.*?<\/script>/s,
      "",
    );
    expect(outsideLd).not.toContain(`"'`);
    // The only script element is the JSON-LD data block, and it stays closed where it should.
    expect(html.match(/<script/g)).toHaveLength(1);
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(
      html,
    )![1];
    expect(JSON.parse(ld).name).toBe(evil);
  });

  it("keeps only http(s), tel and mailto links", () => {
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref("JaVaScRiPt:alert(1)")).toBeUndefined();
    expect(safeHref("data:text/html,<b>")).toBeUndefined();
    expect(safeHref("vbscript:x")).toBeUndefined();
    expect(safeHref("https://example.com/a")).toBe("https://example.com/a");
    expect(safeHref("tel:021234")).toBe("tel:021234");
    expect(safeHref("mailto:a@b.kr")).toBe("mailto:a@b.kr");
    // The schema refuses such links; even if one got into a stored draft, the page drops it.
    const site = withBlock(salon(), {
      id: "c2",
      type: "contact",
      hidden: false,
      title: "SNS",
      phone: "",
      kakaoChannel: "",
      email: "",
      instagram: "javascript:alert(1)",
    });
    expect(v.safeParse(SiteInput, site).success).toBe(false);
    const { html } = renderSite(site, ctx);
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain("인스타그램"); // as plain text
  });

  it("sends a strict CSP, title, description, OpenGraph and canonical", () => {
    const site = salon();
    (site.blocks[0] as Extract<Block, { type: "hero" }>).image = {
      url: "https://img.example.com/hero.webp",
      width: 1200,
      height: 630,
      alt: "매장 사진",
    };
    const { html } = renderSite(site, ctx);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+; form-action 'self'/,
    );
    expect(html).not.toContain("unsafe-inline");
    expect(html).toContain("<title>골목헤어</title>");
    expect(html).toContain(
      '<meta name="description" content="골목헤어 — 동네에서 편하게 찾는 미용실">',
    );
    expect(html).toContain(
      '<meta property="og:image" content="https://img.example.com/hero.webp">',
    );
    expect(html).toContain(
      '<link rel="canonical" href="https://sites.golmok.kr/s/%EA%B3%A8%EB%AA%A9%ED%97%A4%EC%96%B4/">',
    );
    expect(html).toMatch(
      /<img src="https:\/\/img.example.com\/hero.webp" width="1200" height="630" alt="매장 사진" loading="lazy"/,
    );
  });

  it("describes the shop as a LocalBusiness with opening hours split at the break", () => {
    const ld = jsonLd(salon(), ctx) as any;
    expect(ld["@type"]).toBe("LocalBusiness");
    expect(ld.telephone).toBe("0212345678");
    expect(ld.address.streetAddress).toBe(profile.address);
    const tue = ld.openingHoursSpecification.filter((s: any) =>
      s.dayOfWeek.endsWith("Tuesday"),
    );
    expect(tue).toEqual([
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: "https://schema.org/Tuesday",
        opens: "10:00",
        closes: "13:00",
      },
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: "https://schema.org/Tuesday",
        opens: "14:00",
        closes: "20:00",
      },
    ]);
    expect(
      ld.openingHoursSpecification.some((s: any) =>
        s.dayOfWeek.endsWith("Monday"),
      ),
    ).toBe(false); // 휴무
  });

  it("stays under 30 KB of HTML + CSS with every block full", () => {
    const site = salon();
    for (const b of site.blocks) b.hidden = false;
    const gallery = site.blocks.find((b) => b.type === "gallery") as Extract<
      Block,
      { type: "gallery" }
    >;
    gallery.images = Array.from({ length: 24 }, (_, i) => ({
      url: `https://img.example.com/p${i}.webp`,
      width: 800,
      height: 600,
      alt: `사진 ${i + 1}`,
    }));
    const news = site.blocks.find((b) => b.type === "news") as Extract<
      Block,
      { type: "news" }
    >;
    news.posts = Array.from({ length: 5 }, (_, i) => ({
      date: `2026-11-0${i + 1}`,
      title: `이달의 이벤트 ${i + 1}`,
      body: "신규 고객 커트 20% 할인. ".repeat(10),
    }));
    const menu = site.blocks.find((b) => b.type === "menu") as Extract<
      Block,
      { type: "menu" }
    >;
    menu.items = Array.from({ length: 30 }, (_, i) => ({
      name: `시술 ${i + 1}`,
      price: 10000 + i * 1000,
      from: i % 2 === 0,
      description: "기장·모량에 따라 달라집니다",
      staff: "",
      minutes: 30,
    }));
    expect(v.safeParse(SiteInput, site).success).toBe(true);
    const { html, css } = renderSite(site, ctx);
    const bytes = new TextEncoder().encode(html + css).length;
    expect(bytes).toBeLessThan(30 * 1024);
    expect(html.match(/loading="lazy"/g)).toHaveLength(24);
    expect(html.match(/<img [^>]*width="\d+" height="\d+"/g)).toHaveLength(24);
  });

  it("shows a dish's photo in the menu, lazy and sized", () => {
    const site = template("restaurant", profile);
    const menu = site.blocks.find((b) => b.type === "menu") as Extract<
      Block,
      { type: "menu" }
    >;
    menu.items[0].image = {
      url: "/s/_img/" + "a".repeat(32) + ".webp",
      width: 800,
      height: 600,
      alt: "김치찌개",
    };
    expect(v.safeParse(SiteInput, site).success).toBe(true);
    const { html } = renderSite(site, ctx);
    expect(html).toMatch(
      /<li><img src="\/s\/_img\/a{32}\.webp" width="800" height="600" alt="김치찌개" loading="lazy"[^>]*><span class="n">김치찌개<\/span>/,
    );
  });

  it("leaves hidden blocks out and keeps the owner's order", () => {
    const site = salon();
    const menu = site.blocks.findIndex((b) => b.type === "menu");
    const about = site.blocks.findIndex((b) => b.type === "about");
    [site.blocks[menu], site.blocks[about]] = [
      site.blocks[about],
      site.blocks[menu],
    ];
    site.blocks.find((b) => b.type === "location")!.hidden = true;
    const { html } = renderSite(site, ctx);
    expect(html).not.toContain("오시는 길");
    expect(html.indexOf('id="menu"')).toBeLessThan(html.indexOf('id="about"'));
  });

  it("labels every form field (no field without a label)", () => {
    for (const industry of ["salon", "carRepair", "restaurant"] as const) {
      const { html } = renderSite(template(industry, profile), ctx);
      const ids = [
        ...html.matchAll(/<(?:input|select|textarea) id="([^"]+)"/g),
      ].map((m) => m[1]);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(html, id).toContain(`<label for="${id}">`);
      expect(html).toContain('<html lang="ko">');
    }
  });

  it("writes a sitemap with the page's address", () => {
    const { sitemap } = renderSite(salon(), ctx);
    expect(sitemap).toContain(
      "<loc>https://sites.golmok.kr/s/%EA%B3%A8%EB%AA%A9%ED%97%A4%EC%96%B4/</loc>",
    );
    expect(sitemap).toContain("<lastmod>2026-12-02</lastmod>");
  });
});

describe("accessibility of the published page", () => {
  // WCAG 2.x contrast: what axe-core reports as a serious violation below 4.5:1 for body text.
  const lum = (hex: string) => {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const [r, g, b] = c.map((x) =>
      x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4,
    );
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  it("every theme's accent reads on white and white reads on it (≥ 4.5:1); muted text too", () => {
    for (const [name, t] of Object.entries(THEMES)) {
      expect(contrast(t.accent, "#ffffff"), name).toBeGreaterThanOrEqual(4.5);
      expect(
        contrast(t.accent, t.soft),
        `${name} title on the hero`,
      ).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast("#57534e", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrast("#57534e", "#fafaf9")).toBeGreaterThanOrEqual(4.5);
  });
  it("has one h1, sections named by their headings, a table caption and alt on every image", () => {
    const site = salon();
    (
      site.blocks.find((b) => b.type === "gallery") as Extract<
        Block,
        { type: "gallery" }
      >
    ).images = [
      { url: "https://img.example.com/a.webp", width: 10, height: 10, alt: "" },
    ];
    site.blocks.find((b) => b.type === "gallery")!.hidden = false;
    const { html } = renderSite(site, ctx);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    for (const m of html.matchAll(
      /<section id="([^"]+)" aria-labelledby="([^"]+)">/g,
    ))
      expect(html).toContain(`<h2 id="${m[2]}">`);
    expect(html).toContain("<caption");
    for (const m of html.matchAll(/<img [^>]*>/g))
      expect(m[0]).toMatch(/ alt="/);
  });
});

describe("slugs", () => {
  const ok = (s: string) => v.safeParse(Slug, s);
  it("allow Hangul, latin and single hyphens; refuse reserved words and odd shapes", () => {
    expect(ok("골목헤어").output).toBe("골목헤어");
    expect(ok("Golmok-Hair").output).toBe("golmok-hair");
    for (const bad of [
      "api",
      "admin",
      "s",
      "골목",
      "-hair",
      "hair-",
      "a--b",
      "a",
      "hair shop",
      "ㄱㄴ",
      "a/b",
      "x".repeat(41),
    ])
      expect(ok(bad).success, bad).toBe(false);
    expect(suggestSlug("골목 헤어 & 네일")).toBe("골목-헤어-네일");
  });
});

describe("slots", () => {
  it("come from the day's hours minus the break, the service length and the taken cells", () => {
    const site = salon();
    // 2026-12-08 is a Tuesday: 10–20, break 13–14.
    const all = freeSlots(site, "2026-12-08", 60, new Set(), "2026-12-02", 0);
    expect(all[0]).toBe("10:00");
    expect(all).toContain("12:00"); // 12:00–13:00 fits before the break
    expect(all).not.toContain("12:30"); // would run into the break
    expect(all).not.toContain("13:00");
    expect(all).toContain("14:00");
    expect(all.at(-1)).toBe("19:00");
    const taken = new Set(cellsOf("10:30", 30));
    const rest = freeSlots(site, "2026-12-08", 60, taken, "2026-12-02", 0);
    expect(rest).not.toContain("10:00");
    expect(rest).not.toContain("10:30");
    expect(rest).toContain("11:00");
    // Monday is the salon's day off; past days and days beyond the window have none.
    expect(
      freeSlots(site, "2026-12-07", 30, new Set(), "2026-12-02", 0),
    ).toEqual([]);
    expect(
      freeSlots(site, "2026-12-01", 30, new Set(), "2026-12-02", 0),
    ).toEqual([]);
    expect(
      freeSlots(site, "2027-02-02", 30, new Set(), "2026-12-02", 0),
    ).toEqual([]);
    // Today: times already past are not offered.
    const today = freeSlots(
      site,
      "2026-12-08",
      30,
      new Set(),
      "2026-12-08",
      15 * 60,
    );
    expect(today[0]).toBe("15:30");
  });
});

describe("the inline stylesheet", () => {
  it("is allowed by the page's policy for every theme, by its SHA-256, and nothing else inline is", () => {
    for (const theme of Object.keys(THEMES) as (keyof typeof THEMES)[]) {
      const css = renderCss({ theme });
      const hash = createHash("sha256").update(css).digest("base64");
      expect(THEME_STYLE_HASHES, theme).toContain(hash);
      expect(PAGE_CSP).toContain(`'sha256-${hash}'`);
    }
    expect(PAGE_CSP).not.toContain("unsafe-inline");
    expect(THEME_STYLE_HASHES).toHaveLength(Object.keys(THEMES).length);
  });
});
