import { mkdtempSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { call, newTenant, type Session } from "../support/api";
import { kstDate } from "../../core/time";

const sites = mkdtempSync(resolve(tmpdir(), "golmok-site-test-"));
process.env.GOLMOK_SITES_DIR = sites;
process.env.SITES_URL = "https://sites.test";

const uniqueSlug = (tag: string) =>
  `${tag}-${Math.random().toString(36).slice(2, 8)}`;

async function draft(s: Session) {
  const res = await call("GET", "/api/site", { session: s });
  expect(res.status).toBe(200);
  return res.json;
}
const body = (d: any) => {
  const {
    industry: _i,
    updatedAt: _u,
    publishedAt: _p,
    url: _url,
    unpublishedChanges: _c,
    saved: _s,
    bytes: _b,
    ...rest
  } = d;
  return rest;
};

describe("homepage draft and publishing", () => {
  let owner: Session;
  beforeAll(async () => {
    owner = await newTenant({ businessName: "골목헤어" });
  });

  it("starts from the 업종's template filled from the profile, not stored until saved", async () => {
    const d = await draft(owner);
    expect(d.saved).toBe(false);
    expect(d.industry).toBe("salon");
    expect(d.slug).toBe("골목헤어");
    expect(d.blocks.map((b: any) => b.type)).toEqual([
      "hero",
      "about",
      "hours",
      "menu",
      "gallery",
      "news",
      "location",
      "contact",
      "booking",
    ]);
    expect(d.blocks[0].title).toBe("골목헤어");
    const optician = await call("GET", "/api/site?template=optician", {
      session: owner,
    });
    expect(
      optician.json.blocks.find((b: any) => b.type === "booking").title,
    ).toBe("검안 예약");
  });

  it("saves, publishes static files, republishes in place and unpublishes", async () => {
    const d = await draft(owner);
    d.slug = uniqueSlug("골목헤어");
    d.blocks.find((b: any) => b.type === "menu").items[0].price = 25000;
    const saved = await call("PUT", "/api/site", {
      session: owner,
      body: body(d),
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json.unpublishedChanges).toBe(true);
    expect((await draft(owner)).saved).toBe(true);

    const pub = await call("POST", "/api/site/publish", { session: owner });
    expect(pub.status, pub.text).toBe(200);
    expect(pub.json.url).toBe(
      `https://sites.test/s/${encodeURIComponent(d.slug)}/`,
    );
    expect(pub.json.unpublishedChanges).toBe(false);
    expect(pub.json.bytes.html + pub.json.bytes.css).toBeLessThan(30 * 1024);
    const dir = resolve(sites, d.slug);
    const html = readFileSync(resolve(dir, "index.html"), "utf8");
    expect(html).toContain("₩25,000");
    expect(existsSync(resolve(dir, "site.css"))).toBe(true);
    expect(readFileSync(resolve(dir, "sitemap.xml"), "utf8")).toContain(
      "<loc>https://sites.test/s/",
    );

    d.blocks.find((b: any) => b.type === "menu").items[0].price = 27000;
    await call("PUT", "/api/site", { session: owner, body: body(d) });
    expect((await draft(owner)).unpublishedChanges).toBe(true);
    await call("POST", "/api/site/publish", { session: owner });
    expect(readFileSync(resolve(dir, "index.html"), "utf8")).toContain(
      "₩27,000",
    );

    const un = await call("POST", "/api/site/unpublish", { session: owner });
    expect(un.status).toBe(200);
    expect(un.json.url).toBeUndefined();
    expect(existsSync(resolve(dir, "index.html"))).toBe(false);
  });

  it("keeps slugs unique, refuses reserved words and releases the old slug on a change", async () => {
    const other = await newTenant({ businessName: "다른미용실" });
    const mine = await draft(owner);
    const theirs = await draft(other);
    const slug = uniqueSlug("hair");
    mine.slug = slug;
    expect(
      (await call("PUT", "/api/site", { session: owner, body: body(mine) }))
        .status,
    ).toBe(200);

    theirs.slug = slug;
    const taken = await call("PUT", "/api/site", {
      session: other,
      body: body(theirs),
    });
    expect(taken.status).toBe(409);
    expect(taken.json.code).toBe("slug_taken");
    expect(taken.json.fields[0].field).toBe("slug");
    expect(taken.json.message).toMatch(/[가-힣]/);

    theirs.slug = "admin";
    const reserved = await call("PUT", "/api/site", {
      session: other,
      body: body(theirs),
    });
    expect(reserved.status).toBe(400);
    expect(reserved.json.fields[0].field).toBe("slug");

    mine.slug = uniqueSlug("새주소");
    expect(
      (await call("PUT", "/api/site", { session: owner, body: body(mine) }))
        .status,
    ).toBe(200);
    theirs.slug = slug; // released by the change above
    const now = await call("PUT", "/api/site", {
      session: other,
      body: body(theirs),
    });
    expect(now.status, now.text).toBe(200);
  });

  it("moving a published page to a new slug takes the old address down", async () => {
    const d = await draft(owner);
    const oldSlug = uniqueSlug("옛주소");
    d.slug = oldSlug;
    await call("PUT", "/api/site", { session: owner, body: body(d) });
    await call("POST", "/api/site/publish", { session: owner });
    expect(existsSync(resolve(sites, oldSlug, "index.html"))).toBe(true);
    const day = kstDate(Date.now() + 3 * 86_400_000);
    expect(
      (
        await call(
          "GET",
          `/api/public/sites/${encodeURIComponent(oldSlug)}/slots?date=${day}`,
        )
      ).status,
    ).toBe(200);
    d.slug = uniqueSlug("새주소");
    const moved = await call("PUT", "/api/site", {
      session: owner,
      body: body(d),
    });
    expect(moved.json.url).toBeUndefined(); // publish again at the new address
    expect(existsSync(resolve(sites, oldSlug, "index.html"))).toBe(false);
    expect(
      (
        await call(
          "GET",
          `/api/public/sites/${encodeURIComponent(oldSlug)}/slots?date=${day}`,
        )
      ).status,
    ).toBe(404);
  });

  it("names the field of a bad block in Korean and stores nothing", async () => {
    const d = await draft(owner);
    const before = JSON.stringify(body(d));
    const contact = d.blocks.findIndex((b: any) => b.type === "contact");
    d.blocks[contact].instagram = "javascript:alert(1)";
    const res = await call("PUT", "/api/site", {
      session: owner,
      body: body(d),
    });
    expect(res.status).toBe(400);
    expect(res.json.fields[0].field).toBe(`blocks.${contact}.instagram`);
    expect(res.json.fields[0].message).toMatch(/[가-힣]/);
    const hours = d.blocks.findIndex((b: any) => b.type === "hours");
    d.blocks[contact].instagram = "";
    d.blocks[hours].week[2] = {
      closed: false,
      open: "20:00",
      close: "10:00",
      breakStart: "",
      breakEnd: "",
    };
    const bad = await call("PUT", "/api/site", {
      session: owner,
      body: body(d),
    });
    expect(bad.status).toBe(400);
    expect(bad.json.fields[0].field).toBe(`blocks.${hours}.week`);
    expect(JSON.stringify(body(await draft(owner)))).toBe(before);
  });

  it("refuses the draft and publishing without a session (401)", async () => {
    expect((await call("GET", "/api/site")).status).toBe(401);
    expect((await call("POST", "/api/site/publish")).status).toBe(401);
  });

  it("answers 404 for the public routes of an unknown or unpublished site", async () => {
    const res = await call(
      "GET",
      `/api/public/sites/${uniqueSlug("nobody")}/slots?date=${kstDate()}`,
    );
    expect(res.status).toBe(404);
    expect(res.json.code).toBe("site_not_found");
  });
});
