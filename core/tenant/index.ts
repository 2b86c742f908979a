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
  return (await queryPrefix<UserRecord>(Keys.usersPrefix())).map((u) => {
    return {
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      status: u.status,
    };
  });
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
