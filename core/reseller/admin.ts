export * as ResellerAdmin from "./admin";
import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { getItem, putTx, toItem, transact } from "../db/client";
import { tableName } from "../db/table";
import { Keys } from "../db/keys";
import { useActor, useReseller, withActor } from "../actor";
import { VisibleError } from "../error";
import { createId, createSecret } from "../id";
import { Mail } from "../mail";
import * as Templates from "../mail/templates";
import { epochSeconds, nowMs } from "../time";

// A reseller's console admins: R#<rsl>/ADMIN#<usr> (with the scrypt hash once a password is set)
// and the global RADMIN#<email> lookup that keeps an address to one admin of one reseller. An
// admin gets a one-time link by e-mail (7 days) to set the password, kind "reseller-setup": the
// shop's reset page refuses it (core/auth checks the kind), and this module refuses shop tokens.
//
// The outbox keys its items by a tenant id; a reseller admin's e-mail has no shop, so it is stored
// under the reseller's id in that place (pk T#<rsl_…>, never a shop's id: rsl_ and ten_ differ).

export interface AdminRecord {
  id: string;
  resellerId: string;
  email: string;
  name: string;
  status: "active" | "invited";
  createdAt: string;
  passwordHash?: string;
  passwordSetAt?: string;
}

export interface SetupTokenRecord {
  kind: "reseller-setup";
  resellerId: string;
  adminId: string;
  email: string;
  expiresAt: number;
}

export const SETUP_HOURS = 7 * 24;

const appUrl = () =>
  (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
export const setupUrl = (token: string) =>
  `${appUrl()}/console/password?token=${token}`;

const emailTaken = () =>
  new VisibleError(
    "conflict",
    "email_taken",
    "이미 판매사 관리자로 등록된 이메일입니다.",
    { fields: [{ field: "email", message: "이미 등록된 이메일입니다." }] },
  );

/**
 * The items that register an admin and e-mail the set-password link: the admin, the e-mail
 * lookup (conditional: one admin per address), the token and the outbox message. Runs as the
 * reseller (the actor's reseller builds every key).
 */
export function inviteItems(
  resellerName: string,
  email: string,
  name: string,
  adminId = createId("usr"),
): { items: TransactWriteItem[]; mailId: string; adminId: string } {
  const resellerId = useReseller();
  const token = createSecret();
  const now = new Date(nowMs()).toISOString();
  const admin: AdminRecord = {
    id: adminId,
    resellerId,
    email,
    name,
    status: "invited",
    createdAt: now,
  };
  const record: SetupTokenRecord = {
    kind: "reseller-setup",
    resellerId,
    adminId,
    email,
    expiresAt: epochSeconds() + SETUP_HOURS * 3600,
  };
  return withActor({ type: "system", resellerId, tenantId: resellerId }, () => {
    const mail = Mail.enqueue(
      Templates.resellerAdminSetup(
        email,
        resellerName,
        setupUrl(token),
        SETUP_HOURS,
      ),
    );
    return {
      adminId,
      mailId: mail.id,
      items: [
        putTx({ ...Keys.resellerAdmin(adminId), ...admin }),
        putTx(
          { ...Keys.resellerAdminEmail(email), resellerId, adminId },
          "attribute_not_exists(pk)",
        ),
        putTx({ ...Keys.token(token), ...record }),
        mail.put,
      ],
    };
  });
}

/** Wakes the mail sender for an admin's e-mail (stored under the reseller's id, see above). */
export function notify(mailId: string): Promise<void> {
  const resellerId = useReseller();
  return withActor({ type: "system", resellerId, tenantId: resellerId }, () =>
    Mail.notify(mailId),
  );
}

/** Adds an admin to an existing reseller (the platform admin's command). */
export async function add(
  resellerRef: string,
  email: string,
  name: string,
): Promise<{ resellerId: string; adminId: string }> {
  if (useActor().type !== "system")
    throw new VisibleError(
      "forbidden",
      "platform_admin_only",
      "판매사 관리자는 골목 플랫폼 관리자만 추가할 수 있습니다.",
    );
  const resellerId = await resolve(resellerRef);
  return withActor({ type: "system", resellerId }, async () => {
    const reseller = await getItem<{ name: string }>(Keys.reseller(), true);
    if (!reseller)
      throw new VisibleError(
        "not_found",
        "reseller_not_found",
        "판매사를 찾을 수 없습니다.",
      );
    const invite = inviteItems(reseller.name, email, name);
    await transact(invite.items, (i) => (i === 1 ? emailTaken() : undefined));
    await notify(invite.mailId);
    return { resellerId, adminId: invite.adminId };
  });
}

/**
 * Sends an invited admin a fresh set-password link (the first one expired or was lost): a new
 * one-time token and e-mail in one transaction, conditional on the admin still being invited. An
 * admin who has set a password is refused (admin_active): a reset would have to end the admin's
 * open console sessions, which are not indexed by admin yet.
 */
export async function reinvite(
  resellerRef: string,
  email: string,
): Promise<{ resellerId: string; adminId: string }> {
  if (useActor().type !== "system")
    throw new VisibleError(
      "forbidden",
      "platform_admin_only",
      "판매사 관리자 초대는 골목 플랫폼 관리자만 다시 보낼 수 있습니다.",
    );
  const resellerId = await resolve(resellerRef);
  return withActor({ type: "system", resellerId }, async () => {
    const notFound = () =>
      new VisibleError(
        "not_found",
        "admin_not_found",
        "이 판매사에 그 이메일의 관리자가 없습니다.",
        { fields: [{ field: "email", message: "등록된 관리자가 아닙니다." }] },
      );
    const lookup = await getItem<{ resellerId: string; adminId: string }>(
      Keys.resellerAdminEmail(email),
      true,
    );
    if (!lookup || lookup.resellerId !== resellerId) throw notFound();
    const [reseller, admin] = await Promise.all([
      getItem<{ name: string }>(Keys.reseller(), true),
      getItem<AdminRecord>(Keys.resellerAdmin(lookup.adminId), true),
    ]);
    if (!reseller || !admin) throw notFound();
    const active = () =>
      new VisibleError(
        "conflict",
        "admin_active",
        "이미 비밀번호를 정한 관리자입니다. 새 초대는 비밀번호를 정하기 전에만 보낼 수 있습니다.",
      );
    if (admin.status !== "invited") throw active();
    const token = createSecret();
    const record: SetupTokenRecord = {
      kind: "reseller-setup",
      resellerId,
      adminId: admin.id,
      email: admin.email,
      expiresAt: epochSeconds() + SETUP_HOURS * 3600,
    };
    const mail = withActor(
      { type: "system", resellerId, tenantId: resellerId },
      () =>
        Mail.enqueue(
          Templates.resellerAdminSetup(
            admin.email,
            reseller.name,
            setupUrl(token),
            SETUP_HOURS,
          ),
        ),
    );
    await transact(
      [
        {
          ConditionCheck: {
            TableName: tableName(),
            Key: toItem(Keys.resellerAdmin(admin.id)),
            ConditionExpression: "#s = :invited",
            ExpressionAttributeNames: { "#s": "status" },
            ExpressionAttributeValues: toItem({ ":invited": "invited" }),
          },
        },
        putTx({ ...Keys.token(token), ...record }),
        mail.put,
      ],
      (i) => (i === 0 ? active() : undefined),
    );
    await notify(mail.id);
    return { resellerId, adminId: admin.id };
  });
}

/** A reseller by its id (rsl_…) or its slug. */
async function resolve(ref: string): Promise<string> {
  if (/^rsl_[0-9a-z]{26}$/.test(ref)) return ref;
  const bySlug = await getItem<{ resellerId: string }>(
    Keys.resellerSlug(ref.trim().toLowerCase()),
    true,
  );
  if (!bySlug)
    throw new VisibleError(
      "not_found",
      "reseller_not_found",
      "그런 판매사(id 또는 slug)가 없습니다.",
    );
  return bySlug.resellerId;
}
