export * as Reseller from "./index";
import { QueryCommand, type TransactWriteItem } from "@aws-sdk/client-dynamodb";
import {
  dynamo,
  fromItem,
  getItem,
  putTx,
  toItem,
  transact,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import {
  API_SCOPES,
  assertCan,
  useActor,
  useReseller,
  withActor,
  type ApiScope,
  type ResellerActor,
} from "../actor";
import { VisibleError } from "../error";
import { createId, createSecret } from "../id";
import { Auth, type UserRecord } from "../auth";
import * as Sso from "../auth/sso";
import { Brand, type BrandInput, type BrandRecord } from "./brand";
import { Mail } from "../mail";
import * as Templates from "../mail/templates";
import { Metering } from "../metering";
import type { PlanId } from "../plan";
import { epochSeconds, kstMonth, nowMs } from "../time";
import type { TenantRecord, TenantStatus } from "../tenant";
import { resellerId as newResellerId } from "./id";
import { ResellerAdmin } from "./admin";
import { toView } from "./view";
import { closedError } from "../tenant/record";
import { Webhook } from "./webhook";
import type {
  ProvisionInput,
  ResellerInput,
  ResellerKind,
  SsoTokenInput,
} from "./schema";

// A reseller (ISP, 조합·협회) lives under its own partition R#<id>: the reseller item, its admins,
// its API keys, one link item per shop it provisioned (R#<id>/TENANT#<ten>, with the shop's
// status and plan for listing) and one lookup per subscriber ID (idempotent provisioning).
// Nothing here is under a shop's T# partition except the shop's own records written when it is
// provisioned or its plan/status changes; a shop's id from a request is used only after its
// link item was found under the reseller's partition.

export interface ResellerRecord {
  id: string;
  name: string;
  kind: ResellerKind;
  shareBps: number;
  slug: string;
  status: "active" | "suspended";
  createdAt: string;
}

export interface LinkRecord {
  tenantId: string;
  subscriberId: string;
  businessName: string;
  ownerEmail: string;
  planId: PlanId;
  status: TenantStatus;
  createdAt: string;
  cancelAt?: string;
  exportUntil?: string;
}

export interface TenantView {
  id: string;
  subscriberId: string;
  businessName: string;
  status: TenantStatus;
  plan: { id: PlanId; name: string; priceKrw: number };
  createdAt: string;
  cancelAt: string | null;
  exportUntil: string | null;
  usage?: { month: string; metrics: Record<string, number> };
}

/** A cancelled shop reads and exports this long; then it is closed (core/tenant/record.ts closedError). */
export const EXPORT_DAYS = 30;

const notFound = () =>
  new VisibleError(
    "not_found",
    "tenant_not_found",
    "이 판매사의 사업장 중에 그런 사업장이 없습니다.",
  );

// ——— platform admin (`npm run admin`) ———

/** Creates a reseller with its first admin (a system actor: the platform admin's command). */
export async function create(
  input: ResellerInput,
): Promise<{ reseller: ResellerRecord; adminId: string }> {
  const actor = useActor();
  if (actor.type !== "system")
    throw new VisibleError(
      "forbidden",
      "platform_admin_only",
      "판매사는 골목 플랫폼 관리자만 만들 수 있습니다.",
    );
  const id = newResellerId();
  const adminId = createId("usr");
  const now = new Date(nowMs()).toISOString();
  const reseller: ResellerRecord = {
    id,
    name: input.name,
    kind: input.kind,
    shareBps: input.shareBps,
    slug: input.slug,
    status: "active",
    createdAt: now,
  };
  // The first admin is registered in the same transaction and e-mailed a set-password link.
  await withActor({ type: "system", resellerId: id }, async () => {
    const invite = ResellerAdmin.inviteItems(
      input.name,
      input.adminEmail,
      input.adminName,
      adminId,
    );
    await transact(
      [
        putTx({ ...Keys.reseller(), ...reseller }, "attribute_not_exists(pk)"),
        putTx(
          { ...Keys.resellerSlug(input.slug), resellerId: id },
          "attribute_not_exists(pk)",
        ),
        ...invite.items,
      ],
      (i) =>
        i === 1
          ? new VisibleError(
              "conflict",
              "slug_taken",
              "이미 쓰이고 있는 슬러그입니다.",
              {
                fields: [
                  { field: "slug", message: "이미 쓰이는 슬러그입니다." },
                ],
              },
            )
          : i === 3
            ? new VisibleError(
                "conflict",
                "email_taken",
                "이미 다른 판매사의 관리자인 이메일입니다.",
                {
                  fields: [
                    {
                      field: "adminEmail",
                      message: "이미 등록된 이메일입니다.",
                    },
                  ],
                },
              )
            : undefined,
    );
    await ResellerAdmin.notify(invite.mailId);
  });
  return { reseller, adminId };
}

/** The reseller actor of one of its admins, found by e-mail (the admin command acts as them). */
export async function adminActor(email: string): Promise<ResellerActor> {
  const lookup = await getItem<{ resellerId: string; adminId: string }>(
    Keys.resellerAdminEmail(email),
    true,
  );
  if (!lookup)
    throw new VisibleError(
      "not_found",
      "admin_not_found",
      "그런 판매사 관리자가 없습니다.",
    );
  return {
    type: "reseller",
    resellerId: lookup.resellerId,
    adminId: lookup.adminId,
    scopes: [...API_SCOPES],
  };
}

export async function get(): Promise<ResellerRecord> {
  const r = await getItem<ResellerRecord & { pk: string; sk: string }>(
    Keys.reseller(),
  );
  if (!r)
    throw new VisibleError(
      "not_found",
      "reseller_not_found",
      "판매사를 찾을 수 없습니다.",
    );
  const { pk: _pk, sk: _sk, ...rest } = r;
  return rest;
}

// ——— the reseller's API (its key or its admin) ———

/** A key must carry the scope; an admin has every scope. */
export function assertScope(scope: ApiScope): void {
  const actor = useActor();
  if (actor.type === "system") return;
  useReseller();
  if (actor.type === "reseller" && !actor.scopes.includes(scope))
    throw new VisibleError(
      "forbidden",
      "scope_missing",
      `이 API 키에는 ${scope} 권한이 없습니다.`,
    );
}

function resellerActor(): ResellerActor {
  const actor = useActor();
  if (actor.type !== "reseller") {
    useReseller();
    throw new VisibleError("forbidden", "forbidden", "권한이 없습니다.");
  }
  return actor;
}

/** Runs fn as the reseller bound to one of its shops: usage and billing reads only (core/actor GRANTS). */
function asTenant<T>(tenantId: string, fn: () => T): T {
  return withActor({ ...resellerActor(), tenantId }, fn);
}

async function link(tenantId: string): Promise<LinkRecord> {
  const l = await getItem<LinkRecord>(Keys.resellerTenant(tenantId), true);
  if (!l) throw notFound();
  return l;
}

async function withUsage(l: LinkRecord): Promise<TenantView> {
  const month = kstMonth();
  const usage = await asTenant(l.tenantId, () => {
    assertCan("usage.read");
    return Metering.current(month);
  });
  const { byModule: _m, ...metrics } = usage;
  return {
    ...toView(l),
    usage: {
      month,
      metrics: Object.fromEntries(
        Object.entries(metrics).map(([k, n]) => [
          k,
          Math.round((n as number) * 10) / 10,
        ]),
      ),
    },
  };
}

/**
 * Provisions a shop, idempotent on the reseller's subscriber ID: the SUB# lookup is a conditional
 * put in the same transaction as the tenant, its owner, the set-password token and the welcome
 * e-mail. A repeat (or a concurrent twin) gets the first shop back with `created: false`.
 */
export async function provision(
  input: ProvisionInput,
): Promise<{ created: boolean; tenant: TenantView }> {
  assertScope("tenants:write");
  assertCan("reseller.tenants.write");
  const rid = resellerActor().resellerId;
  const existing = await getItem<{ tenantId: string }>(
    Keys.resellerSubscriber(input.subscriberId),
    true,
  );
  if (existing)
    return { created: false, tenant: toView(await link(existing.tenantId)) };
  const reseller = await get();
  const tenantId = createId("ten");
  const userId = createId("usr");
  const token = createSecret();
  const now = new Date(nowMs()).toISOString();
  const month = kstMonth();
  return asTenant(tenantId, async () => {
    const mail = Mail.enqueue(
      Templates.resellerWelcome(
        input.ownerEmail,
        input.businessName,
        reseller.name,
        Auth.passwordSetupUrl(token),
      ),
    );
    const tenant: TenantRecord = {
      ...Keys.tenant(),
      id: tenantId,
      businessName: input.businessName,
      ownerName: input.ownerName,
      bizNo: input.bizNo,
      branchNo: "",
      address: input.address,
      businessType: "",
      businessItem: "",
      taxType: input.taxType,
      contactEmail: input.ownerEmail,
      contactPhone: input.contactPhone,
      industry: input.industry,
      planId: input.plan,
      status: "active",
      resellerId: rid,
      createdAt: now,
      updatedAt: now,
    };
    const user: UserRecord = {
      ...Keys.user(userId),
      id: userId,
      tenantId,
      email: input.ownerEmail,
      name: input.ownerName,
      role: "owner",
      status: "active",
      verified: false,
      createdAt: now,
    };
    const linkRecord: LinkRecord = {
      tenantId,
      subscriberId: input.subscriberId,
      businessName: input.businessName,
      ownerEmail: input.ownerEmail,
      planId: input.plan,
      status: "active",
      createdAt: now,
    };
    // The reseller's webhooks hear of it in the same transaction (core/reseller/webhook.ts).
    const hooks = await Webhook.event("tenant.provisioned", {
      tenant: toView(linkRecord),
    });
    const items: TransactWriteItem[] = [
      putTx(
        { ...Keys.resellerSubscriber(input.subscriberId), tenantId },
        "attribute_not_exists(pk)",
      ),
      putTx(
        { ...Keys.email(input.ownerEmail), userId, tenantId },
        "attribute_not_exists(pk)",
      ),
      putTx(
        tenant as unknown as Record<string, unknown>,
        "attribute_not_exists(pk)",
      ),
      putTx(user as unknown as Record<string, unknown>),
      putTx({ ...Keys.resellerTenant(tenantId), ...linkRecord }),
      // The close bills an idle shop its plan fee too: it is on this month's list from the start.
      putTx(Metering.billingMarker(month)),
      Auth.passwordSetupTx(token, tenantId, userId, input.ownerEmail),
      mail.put,
      ...hooks.puts,
    ];
    if (input.bizNo)
      items.push(
        putTx(
          { ...Keys.bizNo(input.bizNo), tenantId },
          "attribute_not_exists(pk)",
        ),
      );
    const subscriberTaken = new Error("subscriber taken");
    try {
      await transact(items, (i) => {
        if (i === 0) return subscriberTaken;
        if (i === 1)
          return new VisibleError(
            "conflict",
            "email_taken",
            "이미 골목을 쓰고 있는 이메일입니다.",
            {
              fields: [
                {
                  field: "ownerEmail",
                  message: "이미 골목을 쓰고 있는 이메일입니다.",
                },
              ],
            },
          );
        if (i === items.length - 1 && input.bizNo)
          return new VisibleError(
            "conflict",
            "bizno_taken",
            "이미 골목에 등록된 사업자등록번호입니다.",
            {
              fields: [
                {
                  field: "bizNo",
                  message: "이미 등록된 사업자등록번호입니다.",
                },
              ],
            },
          );
        return undefined;
      });
    } catch (err) {
      // A concurrent call with the same subscriber ID won: answer with its shop.
      if (err === subscriberTaken) {
        const won = await getItem<{ tenantId: string }>(
          Keys.resellerSubscriber(input.subscriberId),
          true,
        );
        if (won)
          return { created: false, tenant: toView(await link(won.tenantId)) };
        throw new VisibleError(
          "conflict",
          "stale_write",
          "같은 가입자 번호로 동시에 요청되었습니다. 다시 시도해 주세요.",
        );
      }
      throw err;
    }
    await Mail.notify(mail.id);
    await hooks.notify();
    return { created: true, tenant: toView(linkRecord) };
  });
}

/** One page of the reseller's shops with this month's usage (one read per shop). */
export async function list(
  opts: { limit?: number; cursor?: string } = {},
): Promise<{ tenants: TenantView[]; nextCursor: string | null }> {
  assertScope("tenants:read");
  assertCan("reseller.tenants.read");
  const prefix = Keys.resellerTenantsPrefix();
  let start: Record<string, unknown> | undefined;
  if (opts.cursor) {
    const sk = Buffer.from(opts.cursor, "base64url").toString("utf8");
    if (!sk.startsWith(prefix.skPrefix))
      throw new VisibleError(
        "validation",
        "invalid_cursor",
        "cursor가 올바르지 않습니다.",
        {
          fields: [{ field: "cursor", message: "cursor가 올바르지 않습니다." }],
        },
      );
    start = { pk: prefix.pk, sk };
  }
  const res = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
      ExpressionAttributeValues: toItem({
        ":pk": prefix.pk,
        ":p": prefix.skPrefix,
      }),
      ExclusiveStartKey: start ? toItem(start) : undefined,
      Limit: opts.limit ?? 50,
    }),
  );
  const links = (res.Items ?? []).map((i) => fromItem<LinkRecord>(i)!);
  const last =
    res.LastEvaluatedKey && fromItem<{ sk: string }>(res.LastEvaluatedKey);
  return {
    tenants: await Promise.all(links.map(withUsage)),
    nextCursor: last ? Buffer.from(last.sk).toString("base64url") : null,
  };
}

export async function tenant(tenantId: string): Promise<TenantView> {
  assertScope("tenants:read");
  assertCan("reseller.tenants.read");
  return withUsage(await link(tenantId));
}

/** Moves the shop to another plan: the tenant and the link item change together. */
export async function changePlan(
  tenantId: string,
  planId: PlanId,
): Promise<TenantView> {
  assertScope("tenants:write");
  assertCan("reseller.tenants.write");
  const l = await link(tenantId);
  if (l.planId !== planId)
    await update(tenantId, l.status, { planId }, [], "planChangedAt", {
      type: "tenant.plan_changed",
      data: {
        tenant: toView({ ...l, planId }),
        previousPlan: l.planId,
      },
    });
  return withUsage({ ...l, planId });
}

export type StatusAction = "suspend" | "resume" | "cancel";
const STATUS_EVENT = {
  suspend: "tenant.suspended",
  resume: "tenant.resumed",
  cancel: "tenant.cancelled",
} as const;

/** suspend: read-only, no sending · resume · cancel: read-only, export for 30 days. Repeats are no-ops. */
export async function setStatus(
  tenantId: string,
  action: StatusAction,
): Promise<TenantView> {
  assertScope("tenants:write");
  assertCan("reseller.tenants.write");
  const l = await link(tenantId);
  const target: TenantStatus =
    action === "suspend"
      ? "suspended"
      : action === "cancel"
        ? "cancelled"
        : "active";
  if (l.status === target) return withUsage(l);
  if (action === "suspend" && l.status === "cancelled")
    throw new VisibleError(
      "conflict",
      "tenant_cancelled",
      "해지된 사업장은 정지할 수 없습니다. 먼저 재개(resume)하세요.",
    );
  const now = nowMs();
  const set: Record<string, unknown> = { status: target };
  const remove: string[] = [];
  if (target === "cancelled") {
    set.cancelAt = new Date(now).toISOString();
    set.exportUntil = new Date(now + EXPORT_DAYS * 86_400_000).toISOString();
  } else if (l.status === "cancelled") remove.push("cancelAt", "exportUntil");
  const next = { ...l, ...set } as LinkRecord;
  for (const r of remove)
    delete (next as unknown as Record<string, unknown>)[r];
  await update(tenantId, l.status, set, remove, "statusChangedAt", {
    type: STATUS_EVENT[action],
    data: { tenant: toView(next), previousStatus: l.status },
  });
  return withUsage(next);
}

/** One transaction on the shop's record and the reseller's link, conditional on the status read. */
async function update(
  tenantId: string,
  expectedStatus: TenantStatus,
  set: Record<string, unknown>,
  remove: string[],
  stamp: string,
  event: {
    type: Parameters<typeof Webhook.event>[0];
    data: Parameters<typeof Webhook.event>[1];
  },
): Promise<void> {
  const rid = resellerActor().resellerId;
  const at = new Date(nowMs()).toISOString();
  const names: Record<string, string> = { "#status": "status" };
  const values: Record<string, unknown> = { ":expected": expectedStatus };
  const sets = Object.entries(set).map(([k, v], i) => {
    names[`#s${i}`] = k;
    values[`:s${i}`] = v;
    return `#s${i} = :s${i}`;
  });
  const removes = remove.map((k, i) => {
    names[`#r${i}`] = k;
    return `#r${i}`;
  });
  const expression = (extraSet: string[]) =>
    [
      `SET ${[...sets, ...extraSet].join(", ")}`,
      ...(removes.length ? [`REMOVE ${removes.join(", ")}`] : []),
    ].join(" ");
  const stale = () =>
    new VisibleError(
      "conflict",
      "stale_write",
      "같은 사업장이 동시에 바뀌었습니다. 다시 시도해 주세요.",
    );
  const hooks = await Webhook.event(event.type, event.data);
  await asTenant(tenantId, () =>
    transact(
      [
        {
          Update: {
            TableName: tableName(),
            Key: toItem(Keys.tenant()),
            UpdateExpression: expression([`#stamp = :at`]),
            ConditionExpression: "resellerId = :rid AND #status = :expected",
            ExpressionAttributeNames: { ...names, "#stamp": stamp },
            ExpressionAttributeValues: toItem({
              ...values,
              ":rid": rid,
              ":at": at,
            }),
          },
        },
        {
          Update: {
            TableName: tableName(),
            Key: toItem(Keys.resellerTenant(tenantId)),
            UpdateExpression: expression([]),
            ConditionExpression: "attribute_exists(pk) AND #status = :expected",
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: toItem(values),
          },
        },
        ...hooks.puts,
      ],
      (i) => (i < 2 ? stale() : undefined),
    ),
  );
  await hooks.notify();
}

const appUrl = () =>
  (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");

export interface SsoTokenView {
  token: string;
  url: string;
  expiresAt: string;
  tenantId: string;
  email: string;
}

/**
 * Mints an SSO hand-off token (core/auth/sso.ts) for a member of one of the reseller's shops (the
 * owner unless `email` names another member): 60 s, single use, bound to this app and this
 * reseller. The URL carries it in the fragment, which browsers never send to a server.
 */
export async function ssoToken(input: SsoTokenInput): Promise<SsoTokenView> {
  assertScope("sso:write");
  assertCan("reseller.tenants.write");
  const rid = resellerActor().resellerId;
  const l = await link(input.tenantId);
  // A cancelled shop's owner may still come in from the portal to export, as with a password,
  // until the export period ends.
  const closed = closedError(l);
  if (closed) throw closed;
  const email = input.email || l.ownerEmail;
  const noMember = () =>
    new VisibleError(
      "not_found",
      "member_not_found",
      "이 사업장에 그 이메일의 구성원이 없습니다.",
      {
        fields: [{ field: "email", message: "이 사업장의 구성원이 아닙니다." }],
      },
    );
  const lookup = await getItem<{ userId: string; tenantId: string }>(
    Keys.email(email),
    true,
  );
  if (!lookup || lookup.tenantId !== input.tenantId) throw noMember();
  const user = await withActor(
    { type: "system", tenantId: input.tenantId },
    () => getItem<UserRecord>(Keys.user(lookup.userId), true),
  );
  if (!user) throw noMember();
  if (user.status !== "active")
    throw new VisibleError(
      "conflict",
      "member_not_active",
      "아직 초대를 수락하지 않은 구성원입니다.",
      {
        fields: [
          { field: "email", message: "초대를 수락하지 않은 구성원입니다." },
        ],
      },
    );
  const reseller = await get();
  const exp = epochSeconds() + Sso.TTL_SECONDS;
  const token = Sso.sign({
    aud: Sso.audience(appUrl(), reseller.slug),
    rsl: rid,
    ten: input.tenantId,
    usr: user.id,
    exp,
    jti: Sso.newJti(),
  });
  return {
    token,
    url: `${appUrl()}/r/${reseller.slug}/sso#token=${token}`,
    expiresAt: new Date(exp * 1000).toISOString(),
    tenantId: input.tenantId,
    email: user.email,
  };
}

/** The reseller's brand as set (null before the first PUT). */
export async function brand(): Promise<BrandRecord | null> {
  assertScope("tenants:read");
  resellerActor();
  return Brand.get();
}

export async function setBrand(input: BrandInput): Promise<BrandRecord> {
  assertScope("brand:write");
  assertCan("reseller.tenants.write");
  resellerActor();
  return Brand.put(input);
}
