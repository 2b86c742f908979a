export * as Console from "./console";
import { DeleteItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { dynamo, getItem, toItem, transact } from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { API_SCOPES, useActor, withActor, type ResellerActor } from "../actor";
import { VisibleError } from "../error";
import { createSecret } from "../id";
import { hit, LIMITS } from "../ratelimit";
import { epochSeconds, nowMs } from "../time";
import { dummyHash, hashPassword, verifyPassword } from "../auth/password";
import type { AdminRecord, SetupTokenRecord } from "./admin";
import type { ResellerRecord } from "./index";
import { RESELLER_KIND_LABEL } from "./schema";

// The reseller console's sign-in: e-mail + password of a reseller admin, a session of its own
// kind. The token (256 bits) is stored only as its SHA-256 under RSESSION# — never SESSION#, so a
// shop's session token is not a console session and a console token is not a shop session — and
// travels in its own HttpOnly cookie, scoped to /api/reseller-console. Writes need the session's
// CSRF token, as in the shop app.

export const CONSOLE_SESSION_HOURS = 12;

interface SessionRecord {
  resellerId: string;
  adminId: string;
  csrf: string;
  expiresAt: number;
}

export interface ConsoleMe {
  admin: { id: string; email: string; name: string };
  reseller: {
    id: string;
    name: string;
    kind: ResellerRecord["kind"];
    kindLabel: string;
    slug: string;
    shareBps: number;
  };
  csrfToken: string;
}

const badLogin = () =>
  new VisibleError(
    "unauthorized",
    "invalid_credentials",
    "이메일 또는 비밀번호가 올바르지 않습니다.",
  );
const invalidToken = () =>
  new VisibleError(
    "validation",
    "token_invalid",
    "링크가 만료되었거나 이미 사용되었습니다. 골목 운영팀에 새 링크를 요청해 주세요.",
  );

const asReseller = <T>(resellerId: string, fn: () => T): T =>
  withActor({ type: "system", resellerId }, fn);

async function load(
  resellerId: string,
  adminId: string,
): Promise<{ admin?: AdminRecord; reseller?: ResellerRecord }> {
  return asReseller(resellerId, async () => {
    const [admin, reseller] = await Promise.all([
      getItem<AdminRecord>(Keys.resellerAdmin(adminId), true),
      getItem<ResellerRecord>(Keys.reseller()),
    ]);
    return { admin, reseller };
  });
}

function toMe(
  admin: AdminRecord,
  reseller: ResellerRecord,
  csrf: string,
): ConsoleMe {
  return {
    admin: { id: admin.id, email: admin.email, name: admin.name },
    reseller: {
      id: reseller.id,
      name: reseller.name,
      kind: reseller.kind,
      kindLabel: RESELLER_KIND_LABEL[reseller.kind],
      slug: reseller.slug,
      shareBps: reseller.shareBps,
    },
    csrfToken: csrf,
  };
}

/** Checks the password and opens a console session (a new token every time). */
export async function login(
  email: string,
  password: string,
  ip: string,
): Promise<{ token: string; me: ConsoleMe }> {
  await hit(LIMITS.loginPerIp, ip);
  await hit(LIMITS.loginPerAccount, `console:${email}`);
  const lookup = await getItem<{ resellerId: string; adminId: string }>(
    Keys.resellerAdminEmail(email),
  );
  const { admin, reseller } = lookup
    ? await load(lookup.resellerId, lookup.adminId)
    : {};
  // The same scrypt work whether or not the admin exists, so timing does not tell.
  const ok = await verifyPassword(
    password,
    admin?.passwordHash ?? (await dummyHash()),
  );
  if (!admin || !reseller || !admin.passwordHash || !ok) throw badLogin();
  if (admin.status !== "active") throw badLogin();
  if (reseller.status !== "active")
    throw new VisibleError(
      "forbidden",
      "reseller_suspended",
      "이용이 정지된 판매사입니다. 골목 운영팀에 문의해 주세요.",
    );
  const token = createSecret();
  const session: SessionRecord = {
    resellerId: admin.resellerId,
    adminId: admin.id,
    csrf: createSecret(),
    expiresAt: epochSeconds() + CONSOLE_SESSION_HOURS * 3600,
  };
  await dynamo().send(
    new PutItemCommand({
      TableName: tableName(),
      Item: toItem({ ...Keys.consoleSession(token), ...session }),
    }),
  );
  return { token, me: toMe(admin, reseller, session.csrf) };
}

/** The console cookie's actor: the reseller admin (every scope), or undefined. */
export async function session(
  token: string,
): Promise<(ResellerActor & { adminId: string; csrf: string }) | undefined> {
  if (!token || token.length > 100) return undefined;
  const rec = await getItem<SessionRecord>(Keys.consoleSession(token));
  if (!rec || rec.expiresAt <= epochSeconds()) return undefined;
  return {
    type: "reseller",
    resellerId: rec.resellerId,
    adminId: rec.adminId,
    scopes: API_SCOPES,
    csrf: rec.csrf,
  };
}

export async function logout(token: string): Promise<void> {
  await dynamo().send(
    new DeleteItemCommand({
      TableName: tableName(),
      Key: toItem(Keys.consoleSession(token)),
    }),
  );
}

function useAdmin(): ResellerActor & { adminId: string } {
  const actor = useActor();
  if (actor.type !== "reseller" || !actor.adminId)
    throw new VisibleError(
      "unauthorized",
      "unauthenticated",
      "판매사 콘솔에 로그인해 주세요.",
    );
  return actor as ResellerActor & { adminId: string };
}

export async function me(csrf: string): Promise<ConsoleMe> {
  const actor = useAdmin();
  const { admin, reseller } = await load(actor.resellerId, actor.adminId);
  if (!admin || !reseller)
    throw new VisibleError(
      "unauthorized",
      "unauthenticated",
      "판매사 콘솔에 로그인해 주세요.",
    );
  return toMe(admin, reseller, csrf);
}

/** What the set-password page shows before the password is chosen. */
export async function setupInfo(
  token: string,
): Promise<{ email: string; resellerName: string }> {
  const rec = await peek(token);
  const { reseller } = await load(rec.resellerId, rec.adminId);
  if (!reseller) throw invalidToken();
  return { email: rec.email, resellerName: reseller.name };
}

async function peek(token: string): Promise<SetupTokenRecord> {
  const rec = await getItem<SetupTokenRecord>(Keys.token(token), true);
  if (!rec || rec.kind !== "reseller-setup" || rec.expiresAt <= epochSeconds())
    throw invalidToken();
  return rec;
}

/** Sets the admin's password from the e-mailed link: the token is consumed in the same transaction. */
export async function setPassword(
  token: string,
  password: string,
): Promise<void> {
  const rec = await peek(token);
  const passwordHash = await hashPassword(password);
  await transact(
    [
      {
        Delete: {
          TableName: tableName(),
          Key: toItem(Keys.token(token)),
          ConditionExpression:
            "attribute_exists(pk) AND kind = :k AND expiresAt > :now",
          ExpressionAttributeValues: toItem({
            ":k": "reseller-setup",
            ":now": epochSeconds(),
          }),
        },
      },
      asReseller(rec.resellerId, () => ({
        Update: {
          TableName: tableName(),
          Key: toItem(Keys.resellerAdmin(rec.adminId)),
          UpdateExpression:
            "SET passwordHash = :h, #status = :active, passwordSetAt = :at",
          // A setup link sets the first password only: a second link (a re-sent invitation)
          // is dead once the admin is active.
          ConditionExpression: "attribute_exists(pk) AND #status = :invited",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: toItem({
            ":h": passwordHash,
            ":active": "active",
            ":invited": "invited",
            ":at": new Date(nowMs()).toISOString(),
          }),
        },
      })),
    ],
    () => invalidToken(),
  );
}
