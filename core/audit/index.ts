export * as Audit from "./index";
import { randomBytes } from "node:crypto";
import { QueryCommand, type TransactWriteItem } from "@aws-sdk/client-dynamodb";
import {
  dynamo,
  fromItem,
  putItem,
  putTx,
  queryPrefix,
  toItem,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { assertCan, useActor, withActor } from "../actor";
import { VisibleError } from "../error";
import { nowMs } from "../time";

// The tenant's audit log: who did what, across modules (the ledger keeps its own, finer trail of
// every entry change). An entry is written in the same transaction as the action it records
// where the action is one; sign-ins (a lone PutItem of the session) get a conditional put right
// after, so a login costs one write unit more instead of a transaction's double.
//
// Never put a secret in `detail`: no passwords, tokens, 주민등록번호 or account numbers — only ids,
// names, roles and counts. `safeDetail` refuses keys that look like one, so a slip fails loudly.

export const ACTIONS = {
  "auth.login": "로그인",
  "auth.login_failed": "로그인 실패",
  "member.invite": "구성원 초대",
  "member.join": "초대 수락",
  "member.role": "역할 변경",
  "member.remove": "구성원 삭제",
  "data.export": "데이터 내려받기",
  "account.deletion_requested": "계정 삭제 요청",
  "account.deletion_cancelled": "계정 삭제 취소",
  "invoice.issue": "세금계산서 발급",
  "payroll.confirm": "급여 확정",
} as const;
export type Action = keyof typeof ACTIONS;

export type Detail = Record<string, string | number | boolean | null>;

export interface Entry {
  id: string;
  at: string;
  action: Action;
  label: string;
  userId: string;
  userName?: string;
  userEmail?: string;
  ip?: string;
  detail: Detail;
}

interface AuditItem {
  pk: string;
  sk: string;
  id: string;
  at: string;
  action: Action;
  userId: string;
  ip?: string;
  detail: Detail;
}

const FORBIDDEN_KEY = /password|token|secret|rrn|account|bank|csrf|sealed/i;

function safeDetail(detail: Detail): Detail {
  for (const k of Object.keys(detail))
    if (FORBIDDEN_KEY.test(k))
      throw new Error(`audit detail may not carry "${k}"`);
  return detail;
}

function actorId(): string {
  const a = useActor();
  if (a.type === "user") return a.userId;
  if (a.type === "reseller") return `reseller:${a.resellerId}`;
  return "system";
}

function item(
  action: Action,
  detail: Detail,
  opts: { userId?: string; ip?: string; at?: string } = {},
): AuditItem {
  const at = opts.at ?? new Date(nowMs()).toISOString();
  const id = randomBytes(6).toString("hex");
  return {
    ...Keys.audit(at, id),
    id,
    at,
    action,
    userId: opts.userId ?? actorId(),
    ...(opts.ip ? { ip: opts.ip } : {}),
    detail: safeDetail(detail),
  };
}

/** The audit entry as one more item of the action's own transaction (the actor's tenant). */
export function tx(
  action: Action,
  detail: Detail = {},
  opts: { userId?: string; ip?: string } = {},
): TransactWriteItem {
  return putTx(
    item(action, detail, opts) as unknown as Record<string, unknown>,
    "attribute_not_exists(pk)",
  );
}

/** For an action that is not a transaction (a sign-in): a conditional put right after it. */
export async function record(
  tenantId: string,
  action: Action,
  detail: Detail = {},
  opts: { userId?: string; ip?: string } = {},
): Promise<void> {
  await withActor({ type: "system", tenantId }, () =>
    putItem(
      item(action, detail, opts) as unknown as Record<string, unknown>,
      "attribute_not_exists(pk)",
    ),
  );
}

export const PAGE_SIZE = 50;

const badCursor = () =>
  new VisibleError(
    "validation",
    "invalid_cursor",
    "페이지 위치(cursor)가 올바르지 않습니다. 처음부터 다시 불러와 주세요.",
    { fields: [{ field: "cursor", message: "올바르지 않은 cursor입니다." }] },
  );

/**
 * One page of the log, newest first. The cursor carries only the last sort key; the partition is
 * always the actor's own, so another tenant's cursor reads nothing of that tenant.
 */
export async function list(
  cursor?: string,
  limit = PAGE_SIZE,
): Promise<{ items: Entry[]; cursor: string | null }> {
  assertCan("audit.read");
  const prefix = Keys.auditPrefix();
  let start: string | undefined;
  if (cursor) {
    start = Buffer.from(cursor, "base64url").toString("utf8");
    if (!start.startsWith(prefix.skPrefix) || start.length > 120)
      throw badCursor();
  }
  const [res, users] = await Promise.all([
    dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
        ExpressionAttributeValues: toItem({
          ":pk": prefix.pk,
          ":p": prefix.skPrefix,
        }),
        ScanIndexForward: false,
        Limit: limit,
        ...(start
          ? { ExclusiveStartKey: toItem({ pk: prefix.pk, sk: start }) }
          : {}),
      }),
    ),
    queryPrefix<{ id: string; name: string; email: string }>(
      Keys.usersPrefix(),
    ),
  ]);
  const people = new Map(users.map((u) => [u.id, u]));
  const items = (res.Items ?? []).map((raw) => {
    const i = fromItem<AuditItem>(raw)!;
    const who = people.get(i.userId);
    return {
      id: i.id,
      at: i.at,
      action: i.action,
      label: ACTIONS[i.action] ?? i.action,
      userId: i.userId,
      ...(who ? { userName: who.name, userEmail: who.email } : {}),
      ...(i.ip ? { ip: i.ip } : {}),
      detail: i.detail ?? {},
    };
  });
  const last = res.LastEvaluatedKey
    ? fromItem<{ sk: string }>(res.LastEvaluatedKey)!.sk
    : undefined;
  return {
    items,
    cursor: last ? Buffer.from(last, "utf8").toString("base64url") : null,
  };
}
