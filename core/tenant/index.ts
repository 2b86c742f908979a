export * as Tenant from "./index";
import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { getItem, putTx, queryPrefix, toItem, transact } from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { assertCan, useTenant } from "../actor";
import { VisibleError } from "../error";
import { hit, LIMITS } from "../ratelimit";
import { nowMs, kstDate, kstMonth, nextMonthStart } from "../time";
import { formatDateKo } from "../kr/money";
import { Auth } from "../auth";
import { Audit } from "../audit";
import { closedError, tenantRecord } from "./record";
import { Metering } from "../metering";
import { Plan, type Metric, type PlanId } from "../plan";
import type { Industry, ProfileInput, Role, TaxType } from "../auth/schema";
import type { UserRecord } from "../auth";

export interface TenantRecord {
  pk: string;
  sk: string;
  id: string;
  businessName: string;
  ownerName: string;
  bizNo: string;
  branchNo: string;
  address: string;
  businessType: string;
  businessItem: string;
  taxType: TaxType;
  contactEmail: string;
  contactPhone: string;
  industry: Industry;
  planId: PlanId;
  status: TenantStatus;
  /** Set when a reseller provisioned the shop (core/reseller). */
  resellerId?: string;
  /** When a reseller cancelled it; the shop keeps read access (export) until exportUntil. */
  cancelAt?: string;
  exportUntil?: string;
  /** The owner asked to delete the account (core/account); everything goes after purgeAfter. */
  deletionRequestedAt?: string;
  purgeAfter?: string;
  createdAt: string;
  updatedAt: string;
}

export type TenantStatus = "active" | "suspended" | "cancelled";

/**
 * A suspended or cancelled shop is read-only: no change, no sending. Called by the request
 * pipeline before every write of a signed-in user (one eventually consistent read, 0.5 RCU).
 */
export async function assertWritable(): Promise<void> {
  const t = await getItem<
    Pick<TenantRecord, "status" | "exportUntil" | "purgeAfter">
  >(Keys.tenant());
  if (t?.purgeAfter)
    throw new VisibleError(
      "forbidden",
      "tenant_deletion_pending",
      `계정 삭제가 요청되어 ${formatDateKo(kstDate(Date.parse(t.purgeAfter)))}에 모든 자료가 지워집니다. 그때까지 조회와 내려받기만 할 수 있습니다. 설정에서 삭제를 취소할 수 있습니다.`,
    );
  if (t?.status === "suspended")
    throw new VisibleError(
      "forbidden",
      "tenant_suspended",
      "이용이 정지된 사업장입니다. 조회와 내려받기만 할 수 있습니다. 가입하신 통신사·조합에 문의해 주세요.",
    );
  const closed = closedError(t);
  if (closed) throw closed;
  if (t?.status === "cancelled")
    throw new VisibleError(
      "forbidden",
      "tenant_cancelled",
      `해지된 사업장입니다. ${t.exportUntil ? formatDateKo(kstDate(Date.parse(t.exportUntil))) + "까지 " : ""}자료를 조회하고 내려받을 수 있습니다.`,
    );
}

export type Profile = ProfileInput & { updatedAt: string };

function toProfile(t: TenantRecord): Profile {
  return {
    businessName: t.businessName,
    ownerName: t.ownerName,
    bizNo: t.bizNo,
    branchNo: t.branchNo,
    address: t.address,
    businessType: t.businessType,
    businessItem: t.businessItem,
    taxType: t.taxType,
    contactEmail: t.contactEmail,
    contactPhone: t.contactPhone,
    industry: t.industry,
    updatedAt: t.updatedAt,
  };
}

export async function getProfile(): Promise<Profile> {
  assertCan("profile.read");
  return toProfile(await tenantRecord());
}

/** Saves the profile; a changed 사업자번호 moves its uniqueness guard in the same transaction. */
export async function updateProfile(input: ProfileInput): Promise<Profile> {
  assertCan("profile.write");
  const current = await tenantRecord();
  const tenantId = useTenant();
  const updatedAt = new Date(nowMs()).toISOString();
  const fields = { ...input, updatedAt };
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ":prev": current.updatedAt };
  const sets = Object.entries(fields).map(([k, v], i) => {
    names[`#f${i}`] = k;
    values[`:v${i}`] = v;
    return `#f${i} = :v${i}`;
  });
  const items: TransactWriteItem[] = [
    {
      Update: {
        TableName: tableName(),
        Key: toItem(Keys.tenant()),
        UpdateExpression: `SET ${sets.join(", ")}`,
        // Optimistic concurrency: refuses to overwrite a save made since we read.
        ConditionExpression: "updatedAt = :prev",
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: toItem(values),
      },
    },
  ];
  const bizChanged = input.bizNo !== current.bizNo;
  if (bizChanged && input.bizNo)
    items.push(
      putTx(
        { ...Keys.bizNo(input.bizNo), tenantId },
        "attribute_not_exists(pk)",
      ),
    );
  if (bizChanged && current.bizNo)
    items.push({
      Delete: {
        TableName: tableName(),
        Key: toItem(Keys.bizNo(current.bizNo)),
        ConditionExpression: "tenantId = :t",
        ExpressionAttributeValues: toItem({ ":t": tenantId }),
      },
    });
  await transact(items, (i) => {
    if (i === 0)
      return new VisibleError(
        "conflict",
        "stale_write",
        "다른 곳에서 먼저 저장했습니다. 새로고침 후 다시 저장해 주세요.",
      );
    if (i === 1 && input.bizNo)
      return new VisibleError(
        "conflict",
        "bizno_taken",
        "이미 골목에 등록된 사업자등록번호입니다.",
        {
          fields: [
            { field: "bizNo", message: "이미 등록된 사업자등록번호입니다." },
          ],
        },
      );
    return undefined;
  });
  return toProfile({ ...current, ...fields });
}

export interface Member {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: "active" | "invited";
}

export async function listMembers(): Promise<Member[]> {
  assertCan("members.read");
  return (await queryPrefix<UserRecord>(Keys.usersPrefix())).map(memberView);
}

const memberNotFound = () =>
  new VisibleError(
    "not_found",
    "member_not_found",
    "구성원을 찾을 수 없습니다.",
  );

/** The member `userId` of this shop, other than the owner (whose role and place are fixed). */
async function otherMember(userId: string): Promise<UserRecord> {
  const u = await getItem<UserRecord>(Keys.user(userId), true);
  if (!u) throw memberNotFound();
  if (u.role === "owner")
    throw new VisibleError(
      "forbidden",
      "owner_fixed",
      "대표의 역할은 바꾸거나 삭제할 수 없습니다.",
    );
  return u;
}

const memberView = (u: UserRecord): Member => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  status: u.status,
});

// A session carries its role and is checked without the user item, so the member's sessions end
// in the same transaction as the change (two deletes each, within the 100 items of a
// transaction); a sweep right after ends any beyond these or opened meanwhile.
const SESSIONS_IN_TX = 48;

/**
 * 역할 변경 (대표만): 직원 ↔ 세무사, with its audit entry in the same transaction. A session carries
 * its role, so the member's open sessions end with it: the new role holds from their next sign-in.
 */
export async function changeRole(
  userId: string,
  role: "staff" | "accountant",
): Promise<Member> {
  assertCan("members.manage");
  const u = await otherMember(userId);
  if (u.role === role) return memberView(u);
  await transact(
    [
      {
        Update: {
          TableName: tableName(),
          Key: toItem(Keys.user(userId)),
          UpdateExpression: "SET #role = :to",
          // Changed by someone else meanwhile (or removed): answered as a conflict, not applied.
          ConditionExpression: "attribute_exists(pk) AND #role = :from",
          ExpressionAttributeNames: { "#role": "role" },
          ExpressionAttributeValues: toItem({ ":to": role, ":from": u.role }),
        },
      },
      Audit.tx("member.role", {
        memberUserId: userId,
        email: u.email,
        from: u.role,
        to: role,
      }),
      ...(await Auth.sessionEndTx(u.tenantId, userId, SESSIONS_IN_TX)),
    ],
    (i) => (i === 0 ? memberChanged() : undefined),
  );
  await Auth.revokeSessions(u.tenantId, userId);
  return memberView({ ...u, role });
}

const memberChanged = () =>
  new VisibleError(
    "conflict",
    "member_changed",
    "다른 곳에서 이 구성원이 바뀌었습니다. 새로 고친 뒤 다시 해 주세요.",
  );

/**
 * 구성원 삭제 (대표만): the member (or an invitation not yet accepted) leaves the shop — the user,
 * its e-mail login, an audit entry and their open sessions in one transaction.
 * What they recorded stays, under their user id. The e-mail can be invited again afterwards.
 */
export async function removeMember(userId: string): Promise<void> {
  assertCan("members.manage");
  const u = await otherMember(userId);
  await transact(
    [
      {
        Delete: {
          TableName: tableName(),
          Key: toItem(Keys.user(userId)),
          ConditionExpression: "attribute_exists(pk) AND #role = :role",
          ExpressionAttributeNames: { "#role": "role" },
          ExpressionAttributeValues: toItem({ ":role": u.role }),
        },
      },
      {
        Delete: {
          TableName: tableName(),
          Key: toItem(Keys.email(u.email)),
          ConditionExpression: "userId = :u",
          ExpressionAttributeValues: toItem({ ":u": userId }),
        },
      },
      Audit.tx("member.remove", {
        memberUserId: userId,
        email: u.email,
        role: u.role,
      }),
      ...(await Auth.sessionEndTx(u.tenantId, userId, SESSIONS_IN_TX - 1)),
    ],
    (i) => (i < 2 ? memberChanged() : undefined),
  );
  await Auth.revokeSessions(u.tenantId, userId);
}

export async function invite(
  email: string,
  role: "staff" | "accountant",
): Promise<void> {
  assertCan("members.invite");
  await hit(LIMITS.invitePerTenant, useTenant());
  const t = await tenantRecord();
  await Auth.invite(email, role, t.businessName);
}

export interface UsageView {
  month: string;
  plan: { id: PlanId; name: string; priceKrw: number };
  resetsAt: string;
  metrics: {
    id: Metric;
    label: string;
    used: number;
    quota: number | null;
    unit: string;
  }[];
}

export async function usage(month = kstMonth()): Promise<UsageView> {
  assertCan("usage.read");
  const [t, used] = await Promise.all([
    tenantRecord(),
    Metering.current(month),
  ]);
  const plan = Plan.get(t.planId, month);
  return {
    month,
    plan: { id: plan.id, name: plan.name, priceKrw: plan.priceKrw },
    resetsAt: nextMonthStart(month),
    metrics: (Object.keys(plan.quotas) as Metric[]).map((id) => ({
      id,
      label: Plan.METRIC_LABEL[id].label,
      unit: Plan.METRIC_LABEL[id].unit,
      used: Math.round((used[id] ?? 0) * 10) / 10,
      quota: plan.quotas[id],
    })),
  };
}
