export * as Site from "./index";
import * as v from "valibot";
import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import {
  dynamo,
  getItem,
  isConditionFailure,
  putTx,
  toItem,
  transact,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { assertCan, useTenant, withActor } from "../actor";
import { VisibleError } from "../error";
import { kstDate, nowMs } from "../time";
import { tenantRecord } from "../tenant/record";
import { INDUSTRIES, type Industry } from "../auth/schema";
import { SiteInput, type SiteView } from "./schema";
import { template } from "./templates";
import { renderSite, sitePath } from "./render";
import { siteStorage } from "./storage";

export interface SiteRecord {
  pk: string;
  sk: string;
  draft: SiteInput;
  /** The slug this tenant holds (its SLUG# lookup item). */
  slug: string;
  industry: Industry;
  updatedAt: string;
  published?: SiteInput;
  publishedAt?: string;
}

interface SlugRecord {
  pk: string;
  sk: string;
  tenantId: string;
}

/** Where visitors reach published pages: the homepages CDN on AWS, the local server locally. */
export const publicOrigin = () =>
  (
    process.env.SITES_URL ??
    process.env.APP_URL ??
    "http://localhost:3000"
  ).replace(/\/$/, "");
export const publicUrl = (slug: string) => `${publicOrigin()}${sitePath(slug)}`;

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b);

function view(r: SiteRecord): SiteView {
  return {
    ...r.draft,
    industry: r.industry,
    updatedAt: r.updatedAt,
    publishedAt: r.published ? r.publishedAt : undefined,
    url: r.published ? publicUrl(r.slug) : undefined,
    unpublishedChanges: !r.published || !same(r.published, r.draft),
  };
}

async function record(): Promise<SiteRecord | undefined> {
  return getItem<SiteRecord>(Keys.site(), true);
}

/**
 * The draft. Before the first save (or when a template is asked for) it is the template of the
 * shop's 업종, filled from the profile, and not stored until saved.
 */
export async function get(
  opts: { template?: Industry } = {},
): Promise<SiteView & { saved: boolean }> {
  assertCan("profile.read");
  const r = await record();
  if (r && !opts.template) return { ...view(r), saved: true };
  const t = await tenantRecord();
  const industry = opts.template ?? t.industry;
  const draft = template(industry, t);
  if (r) draft.slug = r.slug; // switching template keeps the address
  return {
    ...draft,
    industry,
    updatedAt: r?.updatedAt ?? "",
    publishedAt: r?.published ? r.publishedAt : undefined,
    url: r?.published ? publicUrl(r.slug) : undefined,
    unpublishedChanges: true,
    saved: false,
  };
}

const slugTaken = () =>
  new VisibleError(
    "conflict",
    "slug_taken",
    "이미 다른 가게가 쓰는 주소입니다. 다른 주소를 골라 주세요.",
    {
      fields: [{ field: "slug", message: "이미 다른 가게가 쓰는 주소입니다." }],
    },
  );
const changedMeanwhile = () =>
  new VisibleError(
    "conflict",
    "site_changed",
    "다른 곳에서 홈페이지가 바뀌었습니다. 새로고침한 뒤 다시 저장해 주세요.",
  );

/**
 * Saves the draft. A new slug is claimed with a conditional put on its lookup item in the same
 * transaction as the site item, and the old one released there too; a published page at the old
 * address is taken down (the owner publishes again at the new one).
 */
export async function save(
  input: SiteInput & { industry?: Industry },
): Promise<SiteView> {
  assertCan("profile.write");
  const draft = v.parse(SiteInput, input);
  const tenantId = useTenant();
  const prev = await record();
  const industry =
    input.industry && INDUSTRIES.includes(input.industry)
      ? input.industry
      : (prev?.industry ?? (await tenantRecord()).industry);
  const at = new Date(nowMs()).toISOString();
  const moving = prev && prev.slug !== draft.slug;
  const next: SiteRecord = {
    ...Keys.site(),
    draft,
    slug: draft.slug,
    industry,
    updatedAt: at,
    ...(prev?.published && !moving
      ? { published: prev.published, publishedAt: prev.publishedAt }
      : {}),
  };
  const items = [
    prev
      ? putTx(next as never, "slug = :prev", { ":prev": prev.slug })
      : putTx(next as never, "attribute_not_exists(pk)"),
  ];
  if (!prev || moving) {
    items.push(
      putTx(
        { ...Keys.slug(draft.slug), tenantId, createdAt: at },
        "attribute_not_exists(pk)",
      ),
    );
  }
  if (moving)
    items.push({
      Delete: {
        TableName: tableName(),
        Key: toItem(Keys.slug(prev.slug)),
        ConditionExpression: "tenantId = :me",
        ExpressionAttributeValues: toItem({ ":me": tenantId }),
      },
    });
  await transact(items, (i) => (i === 1 ? slugTaken() : changedMeanwhile()));
  if (moving && prev.published) await siteStorage().remove(prev.slug);
  return view(next);
}

export function files(site: SiteInput) {
  const r = renderSite(site, { origin: publicOrigin(), today: kstDate() });
  return {
    rendered: r,
    files: [
      {
        name: "site.css" as const,
        body: r.css,
        contentType: "text/css; charset=utf-8",
      },
      {
        name: "sitemap.xml" as const,
        body: r.sitemap,
        contentType: "application/xml; charset=utf-8",
      },
      {
        name: "index.html" as const,
        body: r.html,
        contentType: "text/html; charset=utf-8",
      },
    ],
  };
}

/** Renders the saved draft to static files and stores them; publishing again replaces them. */
export async function publish(): Promise<
  SiteView & { bytes: { html: number; css: number } }
> {
  assertCan("profile.write");
  const r = await record();
  if (!r)
    throw new VisibleError(
      "not_found",
      "site_not_saved",
      "먼저 홈페이지를 저장해 주세요.",
    );
  const { rendered, files: out } = files(r.draft);
  await siteStorage().put(r.slug, out);
  const at = new Date(nowMs()).toISOString();
  try {
    await dynamo().send(
      new UpdateItemCommand({
        TableName: tableName(),
        Key: toItem(Keys.site()),
        UpdateExpression: "SET published = :d, publishedAt = :at",
        ConditionExpression: "updatedAt = :u AND slug = :s",
        ExpressionAttributeValues: toItem({
          ":d": r.draft,
          ":at": at,
          ":u": r.updatedAt,
          ":s": r.slug,
        }),
      }),
    );
  } catch (err) {
    if (isConditionFailure(err)) throw changedMeanwhile();
    throw err;
  }
  const enc = new TextEncoder();
  return {
    ...view({ ...r, published: r.draft, publishedAt: at }),
    bytes: {
      html: enc.encode(rendered.html).length,
      css: enc.encode(rendered.css).length,
    },
  };
}

export async function unpublish(): Promise<SiteView> {
  assertCan("profile.write");
  const r = await record();
  if (!r)
    throw new VisibleError(
      "not_found",
      "site_not_saved",
      "먼저 홈페이지를 저장해 주세요.",
    );
  await siteStorage().remove(r.slug);
  await dynamo().send(
    new UpdateItemCommand({
      TableName: tableName(),
      Key: toItem(Keys.site()),
      UpdateExpression: "REMOVE published, publishedAt",
    }),
  );
  const { published: _p, publishedAt: _a, ...rest } = r;
  return view(rest);
}

/** A visitor's view of a shop: the slug's tenant and its published page (404 when unpublished). */
export async function publishedBySlug(
  slug: string,
): Promise<{ tenantId: string; site: SiteInput }> {
  const gone = new VisibleError(
    "not_found",
    "site_not_found",
    "홈페이지를 찾을 수 없습니다. 주소를 확인해 주세요.",
  );
  if (!/^[a-z0-9가-힣-]{2,40}$/.test(slug)) throw gone;
  const lookup = await getItem<SlugRecord>(Keys.slug(slug));
  if (!lookup) throw gone;
  // The tenant comes from the stored lookup, never from the request.
  const r = await withActor({ type: "system", tenantId: lookup.tenantId }, () =>
    record(),
  );
  if (!r?.published || r.slug !== slug) throw gone;
  return { tenantId: lookup.tenantId, site: r.published };
}

/**
 * Everything the shop put into its homepage and everything it collected there, in one JSON file:
 * the shop owns it and can take it elsewhere (draft, published page, bookings, customer cards).
 */
export async function exportAll() {
  assertCan("profile.read");
  assertCan("data.read");
  const { Booking } = await import("./booking");
  const { Customer } = await import("./customer");
  const r = await record();
  const [bookings, customers] = await Promise.all([
    Booking.list(),
    Customer.list(),
  ]);
  return {
    format: "golmok-site-export/1",
    exportedAt: new Date(nowMs()).toISOString(),
    site: r
      ? {
          draft: r.draft,
          published: r.published ?? null,
          publishedAt: r.publishedAt ?? null,
          url: r.published ? publicUrl(r.slug) : null,
        }
      : null,
    bookings: bookings.items,
    customers: customers.items,
  };
}
