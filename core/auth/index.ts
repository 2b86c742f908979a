export * as Auth from "./index";
import {
  DeleteItemCommand,
  PutItemCommand,
  TransactWriteItemsCommand,
  type TransactWriteItem,
} from "@aws-sdk/client-dynamodb";
import {
  dynamo,
  failedConditions,
  getItem,
  putTx,
  queryPrefix,
  toItem,
  transact,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { useUser, withActor, type Actor } from "../actor";
import { VisibleError } from "../error";
import { createId, createSecret } from "../id";
import { Mail } from "../mail";
import * as Templates from "../mail/templates";
import { hit, LIMITS } from "../ratelimit";
import { epochSeconds, kstMonth, nowMs } from "../time";
import { dummyHash, hashPassword, verifyPassword } from "./password";
import {
  ROLE_LABEL,
  type Role,
  type SignupInput,
  type TaxType,
} from "./schema";
import { Plan, type PlanId } from "../plan";
import type { TenantRecord } from "../tenant";
import { closedError } from "../tenant/record";
import { Audit } from "../audit";
import { Brand, type BrandView } from "../reseller/brand";
import * as Sso from "./sso";

export const SESSION_DAYS = 14;
const HOURS = 3600;
const TOKEN_TTL = {
  verify: 24 * HOURS,
  reset: 1 * HOURS,
  invite: 7 * 24 * HOURS,
} as const;
type TokenKind = keyof typeof TOKEN_TTL;

export interface UserRecord {
  pk: string;
  sk: string;
  id: string;
  tenantId: string;
  email: string;
  name: string;
  role: Role;
  status: "active" | "invited";
  verified: boolean;
  passwordHash?: string;
  createdAt: string;
}

interface SessionRecord {
  userId: string;
  tenantId: string;
  role: Role;
  planId: PlanId;
  csrf: string;
  expiresAt: number;
  /** A cancelled shop's session: its export period ends then (ms); see session(). */
  closesAt?: number;
}

interface TokenRecord {
  kind: TokenKind;
  tenantId: string;
  userId: string;
  email: string;
  expiresAt: number;
}

export interface Me {
  user: { id: string; email: string; name: string; role: Role };
  tenant: {
    id: string;
    businessName: string;
    industry: string;
    taxType: TaxType;
    plan: { id: PlanId; name: string; priceKrw: number };
    /** Set while the owner's deletion request waits out its 30 days (core/account). */
    deletion?: { requestedAt: string; purgeAfter: string };
  };
  /** The reseller's white-label brand for a shop it provisioned; null for a shop that signed up. */
  brand: BrandView | null;
  csrfToken: string;
}

const appUrl = () =>
  (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");

const invalidToken = () =>
  new VisibleError(
    "validation",
    "token_invalid",
    "링크가 만료되었거나 이미 사용되었습니다. 다시 요청해 주세요.",
  );

function tokenTx(token: string, record: TokenRecord) {
  const key = Keys.token(token);
  return putTx({
    ...key,
    ...record,
    ...Keys.tenantRef(record.tenantId, key.pk),
  });
}

/**
 * For a shop provisioned by a reseller (core/reseller): a one-time link, in the provisioning
 * transaction, with which the owner sets a first password. It is a reset token (the same page,
 * the same single-use consumption) that lives 7 days; using it also proves the address.
 */
export function passwordSetupTx(
  token: string,
  tenantId: string,
  userId: string,
  email: string,
) {
  return tokenTx(token, {
    kind: "reset",
    tenantId,
    userId,
    email,
    expiresAt: epochSeconds() + TOKEN_TTL.invite,
  });
}
export const passwordSetupUrl = (token: string) =>
  `${appUrl()}/reset?token=${token}`;

/** Creates the tenant, its owner, the uniqueness guards and the verification e-mail in one transaction. */
export async function signup(
  input: SignupInput,
  ip: string,
  opts: { preverified?: boolean } = {},
): Promise<{ tenantId: string; userId: string }> {
  await hit(LIMITS.signupPerIp, ip);
  const tenantId = createId("ten");
  const userId = createId("usr");
  const now = new Date(nowMs()).toISOString();
  const token = createSecret();
  const passwordHash = await hashPassword(input.password);
  return withActor({ type: "system", tenantId }, async () => {
    const mail = Mail.enqueue(
      Templates.verifyEmail(
        input.email,
        input.businessName,
        `${appUrl()}/verify?token=${token}`,
      ),
    );
    const tenant: TenantRecord = {
      ...Keys.tenant(),
      id: tenantId,
      businessName: input.businessName,
      ownerName: input.ownerName,
      bizNo: input.bizNo,
      branchNo: "",
      address: "",
      businessType: "",
      businessItem: "",
      taxType: "general",
      contactEmail: input.email,
      contactPhone: input.phone,
      industry: input.industry,
      planId: "basic",
      status: "active",
      createdAt: now,
      updatedAt: now,
    };
    const user: UserRecord = {
      ...Keys.user(userId),
      id: userId,
      tenantId,
      email: input.email,
      name: input.ownerName,
      role: "owner",
      status: "active",
      verified: opts.preverified === true,
      passwordHash,
      createdAt: now,
    };
    const items = [
      putTx(
        { ...Keys.email(input.email), userId, tenantId },
        "attribute_not_exists(pk)",
      ),
      putTx(
        tenant as unknown as Record<string, unknown>,
        "attribute_not_exists(pk)",
      ),
      putTx(user as unknown as Record<string, unknown>),
      ...(opts.preverified
        ? []
        : [
            tokenTx(token, {
              kind: "verify",
              tenantId,
              userId,
              email: input.email,
              expiresAt: epochSeconds() + TOKEN_TTL.verify,
            }),
            mail.put,
          ]),
    ];
    if (input.bizNo)
      items.push(
        putTx(
          { ...Keys.bizNo(input.bizNo), tenantId },
          "attribute_not_exists(pk)",
        ),
      );
    await transact(items, (i) => {
      if (i === 0)
        return new VisibleError(
          "conflict",
          "email_taken",
          "이미 가입된 이메일입니다. 로그인하거나 비밀번호 찾기를 이용해 주세요.",
          {
            fields: [{ field: "email", message: "이미 가입된 이메일입니다." }],
          },
        );
      if (i === items.length - 1 && input.bizNo)
        return new VisibleError(
          "conflict",
          "bizno_taken",
          "이미 골목에 등록된 사업자등록번호입니다. 고객센터로 문의해 주세요.",
          {
            fields: [
              { field: "bizNo", message: "이미 등록된 사업자등록번호입니다." },
            ],
          },
        );
      return undefined;
    });
    if (!opts.preverified) await Mail.notify(mail.id);
    return { tenantId, userId };
  });
}

/** Reads a one-time token without consuming it; undefined when unknown, expired or of another kind. */
async function peekToken(
  token: string,
  kind: TokenKind,
): Promise<TokenRecord | undefined> {
  const rec = await getItem<TokenRecord>(Keys.token(token), true);
  if (!rec || rec.kind !== kind || rec.expiresAt <= epochSeconds())
    return undefined;
  return rec;
}

/** The delete that consumes a token exactly once: it fails if someone else used it first. */
function consumeTx(token: string, kind: TokenKind) {
  return {
    Delete: {
      TableName: tableName(),
      Key: toItem(Keys.token(token)),
      ConditionExpression:
        "attribute_exists(pk) AND kind = :k AND expiresAt > :now",
      ExpressionAttributeValues: toItem({ ":k": kind, ":now": epochSeconds() }),
    },
  };
}

function userUpdateTx(
  tenantId: string,
  userId: string,
  set: Record<string, unknown>,
) {
  return withActor({ type: "system", tenantId }, () => {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const parts = Object.entries(set).map(([k, v], i) => {
      names[`#f${i}`] = k;
      values[`:v${i}`] = v;
      return `#f${i} = :v${i}`;
    });
    return {
      Update: {
        TableName: tableName(),
        Key: toItem(Keys.user(userId)),
        UpdateExpression: `SET ${parts.join(", ")}`,
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: toItem(values),
      },
    };
  });
}

export async function verifyEmail(token: string): Promise<void> {
  const rec = await peekToken(token, "verify");
  if (!rec) throw invalidToken();
  await transact(
    [
      consumeTx(token, "verify"),
      userUpdateTx(rec.tenantId, rec.userId, { verified: true }),
    ],
    () => invalidToken(),
  );
}

async function loadUser(
  tenantId: string,
  userId: string,
): Promise<UserRecord | undefined> {
  return withActor({ type: "system", tenantId }, () =>
    getItem<UserRecord>(Keys.user(userId), true),
  );
}

async function loadTenant(tenantId: string): Promise<TenantRecord | undefined> {
  return withActor({ type: "system", tenantId }, () =>
    getItem<TenantRecord>(Keys.tenant()),
  );
}

const badLogin = () =>
  new VisibleError(
    "unauthorized",
    "invalid_credentials",
    "이메일 또는 비밀번호가 올바르지 않습니다.",
  );

/** Checks the password and opens a new session (a fresh token on every login: no fixation). */
export async function login(
  email: string,
  password: string,
  ip: string,
): Promise<{ token: string; me: Me }> {
  await hit(LIMITS.loginPerIp, ip);
  await hit(LIMITS.loginPerAccount, email);
  const lookup = await getItem<{ userId: string; tenantId: string }>(
    Keys.email(email),
  );
  const user = lookup
    ? await loadUser(lookup.tenantId, lookup.userId)
    : undefined;
  // Same work whether or not the account exists, so timing does not reveal it.
  const ok = await verifyPassword(
    password,
    user?.passwordHash ?? (await dummyHash()),
  );
  if (!user || !user.passwordHash || !ok || user.status !== "active") {
    // A failed attempt on a real account is the owner's to see (no password in the entry).
    if (user)
      await Audit.record(
        user.tenantId,
        "auth.login_failed",
        {},
        { userId: user.id, ip },
      );
    throw badLogin();
  }
  if (!user.verified)
    throw new VisibleError(
      "forbidden",
      "email_not_verified",
      "이메일 인증이 필요합니다. 받은 메일의 인증 링크를 눌러 주세요.",
    );
  const tenant = await loadTenant(user.tenantId);
  if (!tenant) throw badLogin();
  const opened = await openSession(user, tenant);
  await Audit.record(user.tenantId, "auth.login", {}, { userId: user.id, ip });
  return opened;
}

async function openSession(
  user: UserRecord,
  tenant: TenantRecord,
  alongWith: TransactWriteItem[] = [],
): Promise<{ token: string; me: Me }> {
  const closed = closedError(tenant);
  if (closed) throw closed;
  const token = createSecret();
  const session: SessionRecord = {
    userId: user.id,
    tenantId: user.tenantId,
    role: user.role,
    planId: tenant.planId,
    csrf: createSecret(),
    expiresAt: epochSeconds() + SESSION_DAYS * 24 * HOURS,
    // Sessions last 14 days and the export period 30: a session opened before the cancel ends
    // before the shop closes; one opened during the export period is checked when it comes.
    ...(tenant.status === "cancelled" && tenant.exportUntil
      ? { closesAt: Date.parse(tenant.exportUntil) }
      : {}),
  };
  const key = Keys.session(token);
  const pointer = withActor({ type: "system", tenantId: user.tenantId }, () =>
    toItem({
      ...Keys.userSession(user.id, key.pk),
      session: key.pk,
      expiresAt: session.expiresAt,
    }),
  );
  const item = toItem({
    ...key,
    ...session,
    ...Keys.tenantRef(user.tenantId, key.pk),
  });
  if (alongWith.length)
    // One transaction: what the session depends on (an SSO token's consumption), the user's
    // pointer and the session.
    await dynamo().send(
      new TransactWriteItemsCommand({
        TransactItems: [
          ...alongWith,
          { Put: { TableName: tableName(), Item: pointer } },
          { Put: { TableName: tableName(), Item: item } },
        ],
      }),
    );
  else {
    // The user's pointer first: a session that exists always has one, so revokeSessions finds it.
    await dynamo().send(
      new PutItemCommand({ TableName: tableName(), Item: pointer }),
    );
    await dynamo().send(
      new PutItemCommand({ TableName: tableName(), Item: item }),
    );
  }
  return { token, me: await toMe(user, tenant, session.csrf) };
}

async function toMe(
  user: UserRecord,
  tenant: TenantRecord,
  csrf: string,
): Promise<Me> {
  const plan = planOf(tenant.planId);
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
    tenant: {
      id: tenant.id,
      businessName: tenant.businessName,
      industry: tenant.industry,
      taxType: tenant.taxType,
      plan,
      ...(tenant.purgeAfter && tenant.deletionRequestedAt
        ? {
            deletion: {
              requestedAt: tenant.deletionRequestedAt,
              purgeAfter: tenant.purgeAfter,
            },
          }
        : {}),
    },
    brand: await Brand.ofTenant(tenant.resellerId),
    csrfToken: csrf,
  };
}

function planOf(id: PlanId) {
  const p = Plan.get(id, kstMonth());
  return { id: p.id, name: p.name, priceKrw: p.priceKrw };
}

/** Resolves a session cookie to the actor it stands for, or undefined when missing/expired. */
export async function session(
  token: string,
): Promise<
  | (Extract<Actor, { type: "user" }> & { csrf: string; planId: PlanId })
  | undefined
> {
  if (!token || token.length > 100) return undefined;
  const rec = await getItem<SessionRecord & { pk: string }>(
    Keys.session(token),
  );
  if (!rec || rec.expiresAt <= epochSeconds()) return undefined;
  // Past a cancelled shop's export period: refused (unless it was resumed meanwhile).
  if (rec.closesAt && rec.closesAt <= nowMs()) {
    const closed = closedError(await loadTenant(rec.tenantId));
    if (closed) throw closed;
  }
  return {
    type: "user",
    userId: rec.userId,
    tenantId: rec.tenantId,
    role: rec.role,
    sessionId: rec.pk,
    csrf: rec.csrf,
    planId: rec.planId,
  };
}

/**
 * The deletes that end a user's open sessions (at most `max` of them), for a transaction that
 * must not leave a session behind if it commits (a member removed or given another role).
 * Whatever is beyond `max`, or opened meanwhile, revokeSessions sweeps right after.
 */
export async function sessionEndTx(
  tenantId: string,
  userId: string,
  max: number,
): Promise<TransactWriteItem[]> {
  const pointers = await withActor({ type: "system", tenantId }, () =>
    queryPrefix<{ pk: string; sk: string; session: string }>(
      Keys.userSessionsPrefix(userId),
      true,
    ),
  );
  return pointers.slice(0, max).flatMap((p) =>
    [
      { pk: p.session, sk: "SESSION" },
      { pk: p.pk, sk: p.sk },
    ].map((key) => ({
      Delete: { TableName: tableName(), Key: toItem(key) },
    })),
  );
}

/** Ends every open session of a user (after a password reset): their pointers name them. */
export async function revokeSessions(
  tenantId: string,
  userId: string,
): Promise<number> {
  return withActor({ type: "system", tenantId }, async () => {
    const pointers = await queryPrefix<{
      pk: string;
      sk: string;
      session: string;
    }>(Keys.userSessionsPrefix(userId), true);
    for (const p of pointers) {
      await dynamo().send(
        new DeleteItemCommand({
          TableName: tableName(),
          Key: toItem({ pk: p.session, sk: "SESSION" }),
        }),
      );
      await dynamo().send(
        new DeleteItemCommand({
          TableName: tableName(),
          Key: toItem({ pk: p.pk, sk: p.sk }),
        }),
      );
    }
    return pointers.length;
  });
}

export async function logout(token: string): Promise<void> {
  await dynamo().send(
    new DeleteItemCommand({
      TableName: tableName(),
      Key: toItem(Keys.session(token)),
    }),
  );
}

export async function me(csrf: string): Promise<Me> {
  const actor = useUser();
  const [user, tenant] = await Promise.all([
    loadUser(actor.tenantId, actor.userId),
    loadTenant(actor.tenantId),
  ]);
  if (!user || !tenant)
    throw new VisibleError(
      "unauthorized",
      "unauthenticated",
      "로그인이 필요합니다.",
    );
  return toMe(user, tenant, csrf);
}

/** Always answers the same way, whether or not the address has an account. */
export async function requestPasswordReset(
  email: string,
  ip: string,
): Promise<void> {
  await hit(LIMITS.resetPerIp, ip);
  await hit(LIMITS.resetPerAccount, email);
  const lookup = await getItem<{ userId: string; tenantId: string }>(
    Keys.email(email),
  );
  if (!lookup) return;
  const user = await loadUser(lookup.tenantId, lookup.userId);
  if (!user || user.status !== "active") return;
  const token = createSecret();
  await withActor({ type: "system", tenantId: lookup.tenantId }, async () => {
    const mail = Mail.enqueue(
      Templates.passwordReset(email, `${appUrl()}/reset?token=${token}`),
    );
    await transact([
      tokenTx(token, {
        kind: "reset",
        tenantId: lookup.tenantId,
        userId: lookup.userId,
        email,
        expiresAt: epochSeconds() + TOKEN_TTL.reset,
      }),
      mail.put,
    ]);
    await Mail.notify(mail.id);
  });
}

export async function confirmPasswordReset(
  token: string,
  password: string,
): Promise<void> {
  const rec = await peekToken(token, "reset");
  if (!rec) throw invalidToken();
  const passwordHash = await hashPassword(password);
  // Following the e-mailed link also proves the address.
  await transact(
    [
      consumeTx(token, "reset"),
      userUpdateTx(rec.tenantId, rec.userId, { passwordHash, verified: true }),
    ],
    () => invalidToken(),
  );
  // Whoever knew the old password (or held a session made with it) is out.
  await revokeSessions(rec.tenantId, rec.userId);
}

/** Invites a staff member or accountant: reserves the e-mail, stores the invited user and the invitation mail. */
export async function invite(
  email: string,
  role: Exclude<Role, "owner">,
  businessName: string,
): Promise<void> {
  const actor = useUser();
  const userId = createId("usr");
  const token = createSecret();
  const mail = Mail.enqueue(
    Templates.invite(
      email,
      businessName,
      ROLE_LABEL[role],
      `${appUrl()}/invite?token=${token}`,
    ),
  );
  const user: UserRecord = {
    ...Keys.user(userId),
    id: userId,
    tenantId: actor.tenantId,
    email,
    name: "",
    role,
    status: "invited",
    verified: false,
    createdAt: new Date(nowMs()).toISOString(),
  };
  await transact(
    [
      putTx(
        { ...Keys.email(email), userId, tenantId: actor.tenantId },
        "attribute_not_exists(pk)",
      ),
      putTx(user as unknown as Record<string, unknown>),
      tokenTx(token, {
        kind: "invite",
        tenantId: actor.tenantId,
        userId,
        email,
        expiresAt: epochSeconds() + TOKEN_TTL.invite,
      }),
      mail.put,
      Audit.tx("member.invite", { invitedUserId: userId, email, role }),
    ],
    (i) =>
      i === 0
        ? new VisibleError(
            "conflict",
            "email_taken",
            "이미 골목을 쓰고 있는 이메일입니다.",
            {
              fields: [
                {
                  field: "email",
                  message: "이미 골목을 쓰고 있는 이메일입니다.",
                },
              ],
            },
          )
        : undefined,
  );
  await Mail.notify(mail.id);
}

export async function inviteInfo(
  token: string,
): Promise<{ email: string; businessName: string; role: Role }> {
  const rec = await peekToken(token, "invite");
  const user = rec && (await loadUser(rec.tenantId, rec.userId));
  const tenant = rec && (await loadTenant(rec.tenantId));
  if (!rec || !user || !tenant) throw invalidToken();
  return {
    email: rec.email,
    businessName: tenant.businessName,
    role: user.role,
  };
}

export async function acceptInvite(
  token: string,
  name: string,
  password: string,
): Promise<{ token: string; me: Me }> {
  const rec = await peekToken(token, "invite");
  if (!rec) throw invalidToken();
  const passwordHash = await hashPassword(password);
  await transact(
    [
      consumeTx(token, "invite"),
      userUpdateTx(rec.tenantId, rec.userId, {
        name,
        passwordHash,
        status: "active",
        verified: true,
      }),
      withActor({ type: "system", tenantId: rec.tenantId }, () =>
        Audit.tx("member.join", { email: rec.email }, { userId: rec.userId }),
      ),
    ],
    () => invalidToken(),
  );
  const [user, tenant] = await Promise.all([
    loadUser(rec.tenantId, rec.userId),
    loadTenant(rec.tenantId),
  ]);
  if (!user || !tenant) throw invalidToken();
  return openSession(user, tenant);
}

/**
 * Redeems an SSO hand-off token (core/auth/sso.ts) on the login page of the reseller `slug`:
 * signature, audience (this app and this reseller), expiry; the shop must be that reseller's and
 * not closed, the user an active member of it. The jti is consumed by a conditional put in the
 * same transaction as the new session, so a token opens at most one session. A fresh session
 * token every time (no fixation); `previous` (the browser's old session, if any) is ended.
 */
export async function redeemSso(
  token: string,
  slug: string,
  previous?: string,
): Promise<{ token: string; me: Me }> {
  const claims = Sso.verify(token, Sso.audience(appUrl(), slug));
  const lookup = await getItem<{ resellerId: string }>(Keys.resellerSlug(slug));
  if (!lookup || lookup.resellerId !== claims.rsl) throw Sso.invalid();
  const linked = await withActor(
    { type: "system", resellerId: claims.rsl },
    () => getItem(Keys.resellerTenant(claims.ten), true),
  );
  const tenant = await loadTenant(claims.ten);
  if (!linked || !tenant || tenant.resellerId !== claims.rsl)
    throw new VisibleError(
      "not_found",
      "tenant_not_found",
      "이 판매사의 사업장 중에 그런 사업장이 없습니다.",
    );
  // A cancelled shop during its export period: a read-only session, as a password login gets;
  // past it openSession refuses with tenant_closed.
  const user = await loadUser(claims.ten, claims.usr);
  if (!user || user.status !== "active")
    throw new VisibleError(
      "unauthorized",
      "sso_member_invalid",
      "이 사업장의 구성원이 아닙니다. 가입하신 통신사·조합에 문의해 주세요.",
    );
  const consume: TransactWriteItem = putTx(
    { ...Keys.ssoJti(claims.jti), expiresAt: claims.exp + 3600 },
    "attribute_not_exists(pk)",
  );
  let opened: { token: string; me: Me };
  try {
    opened = await openSession(user, tenant, [consume]);
  } catch (err) {
    if (failedConditions(err).includes(0)) throw Sso.used();
    throw err;
  }
  if (previous) await logout(previous);
  return opened;
}
