export * as Billing from "./index";
import { QueryCommand } from "@aws-sdk/client-dynamodb";
import {
  dynamo,
  failedConditions,
  fromItem,
  getItem,
  putTx,
  queryIndex,
  queryPrefix,
  toItem,
  transact,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { assertCan, withActor } from "../actor";
import { VisibleError } from "../error";
import { Metering } from "../metering";
import { Plan, type Metric } from "../plan";
import { tenantRecord } from "../tenant/record";
import { kstMonth, nowMs } from "../time";
import type { TenantRecord } from "../tenant";
import { compute, nextMonth, previousMonth, type Statement } from "./statement";

export type { Statement, StatementLine } from "./statement";
export { compute, previousMonth, nextMonth } from "./statement";

// The monthly close. Which tenants: every tenant active in the month leaves a small marker
// (BILLMONTH#<month>, core/metering ensureUsageItem) indexed on gsi2 under 8 shards, and the close
// carries each closed tenant's marker into the next month — so a shop that did nothing all month
// still gets its plan fee. The close queries those 8 index partitions (~100 B per tenant) instead
// of scanning a table that holds every invoice, ledger line and session; functions keep their
// no-Scan permissions.
//
// Per tenant, one transaction: the statement (conditional on not existing) and the next month's
// marker. A re-run skips what is closed and finishes the rest; a closed statement never changes.

type UsageItem = Partial<Record<Metric, number>>;
type Marked = TenantRecord & { resellerId?: string };

export interface CloseResult {
  month: string;
  /** Tenants found for the month. */
  tenants: number;
  /** Statements written by this run. */
  closed: number;
  /** Statements that already existed (an earlier run). */
  already: number;
  /** Markers whose tenant no longer exists. */
  skipped: number;
}

/** Tenant ids with a marker for the month (every shard, every page). */
export async function tenantsOf(month: string): Promise<string[]> {
  const ids: string[] = [];
  for (const shard of Metering.billingShards()) {
    let start: Record<string, unknown> | undefined;
    do {
      const res = await dynamo().send(
        new QueryCommand({
          TableName: tableName(),
          IndexName: "gsi2",
          KeyConditionExpression: "gsi2pk = :pk",
          ExpressionAttributeValues: toItem({
            ":pk": Keys.billingShard(month, shard),
          }),
          ExclusiveStartKey: start as never,
          Limit: 500,
        }),
      );
      for (const item of res.Items ?? [])
        ids.push(fromItem<{ tenantId: string }>(item)!.tenantId);
      start = res.LastEvaluatedKey;
    } while (start);
  }
  return ids;
}

function assertClosable(month: string): void {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new VisibleError(
      "validation",
      "invalid_month",
      "월은 YYYY-MM 형식이어야 합니다.",
      {
        fields: [
          { field: "month", message: "월은 YYYY-MM 형식이어야 합니다." },
        ],
      },
    );
  if (month >= kstMonth())
    throw new VisibleError(
      "validation",
      "month_not_over",
      `${month}은(는) 아직 끝나지 않은 달입니다. 마감은 다음 달 1일 0시(한국 시간) 이후에 할 수 있습니다.`,
      { fields: [{ field: "month", message: "아직 끝나지 않은 달입니다." }] },
    );
}

/**
 * Freezes every tenant's usage of `month` into its statement. Idempotent and safe to re-run;
 * `limit` stops after that many new statements (used to simulate a run cut short).
 */
export async function closeMonth(
  month: string,
  opts: { limit?: number; concurrency?: number } = {},
): Promise<CloseResult> {
  assertClosable(month);
  const ids = [...new Set(await tenantsOf(month))];
  const result: CloseResult = {
    month,
    tenants: ids.length,
    closed: 0,
    already: 0,
    skipped: 0,
  };
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      if (opts.limit !== undefined && result.closed >= opts.limit) return;
      const tenantId = ids[next++];
      result[await closeTenant(tenantId, month)]++;
    }
  };
  await Promise.all(
    Array.from(
      { length: opts.limit !== undefined ? 1 : (opts.concurrency ?? 8) },
      worker,
    ),
  );
  return result;
}

async function closeTenant(
  tenantId: string,
  month: string,
): Promise<"closed" | "already" | "skipped"> {
  return withActor({ type: "system", tenantId }, async () => {
    if (await getItem(Keys.statement(month), true)) return "already";
    const t = await getItem<Marked>(Keys.tenant(), true);
    if (!t) return "skipped";
    const usage = (await getItem<UsageItem>(Keys.usage(month), true)) ?? {};
    const statement = compute({
      tenantId,
      resellerId: t.resellerId ?? null,
      month,
      plan: Plan.get(t.planId ?? "basic", month),
      usage,
      status: "closed",
      closedAt: new Date(nowMs()).toISOString(),
    });
    // A reseller-provisioned shop's statement is indexed under its reseller for the roll-up.
    const index = statement.resellerId
      ? {
          gsi2pk: Keys.resellerStatements(statement.resellerId, month),
          gsi2sk: tenantId,
        }
      : {};
    try {
      await transact([
        putTx(
          { ...Keys.statement(month), ...statement, ...index },
          "attribute_not_exists(pk)",
        ),
        // Carried forward: next month's close finds the tenant even if it does nothing all month.
        putTx(Metering.billingMarker(nextMonth(month))),
      ]);
    } catch (err) {
      if (failedConditions(err).includes(0)) return "already";
      throw err;
    }
    return "closed";
  });
}

const strip = ({
  pk: _pk,
  sk: _sk,
  gsi2pk: _gpk,
  gsi2sk: _gsk,
  ...s
}: Statement & {
  pk?: string;
  sk?: string;
  gsi2pk?: string;
  gsi2sk?: string;
}): Statement => s;

export interface ResellerRollUp {
  resellerId: string;
  month: string;
  tenants: number;
  planFeeKrw: number;
  overageKrw: number;
  totalKrw: number;
  supplyKrw: number;
  vatKrw: number;
  /** Shops per plan. */
  byPlan: Record<string, number>;
  statements: Statement[];
}

/**
 * The closed statements of a reseller's shops for a month, summed (issue 7 builds the reseller's
 * route on it; `resellerId` must be the signed-in reseller's own). One index query, paginated.
 * Every price is a multiple of ₩11, so the sum of the shops' 공급가액 is the split of the sum.
 */
export async function resellerRollUp(
  resellerId: string,
  month: string,
): Promise<ResellerRollUp> {
  const statements = (
    await queryIndex<Statement>(
      "gsi2",
      Keys.resellerStatements(resellerId, month),
    )
  ).map(strip);
  const sum = (f: (s: Statement) => number) =>
    statements.reduce((n, s) => n + f(s), 0);
  const byPlan: Record<string, number> = {};
  for (const s of statements) byPlan[s.plan.id] = (byPlan[s.plan.id] ?? 0) + 1;
  return {
    resellerId,
    month,
    tenants: statements.length,
    planFeeKrw: sum((s) => s.planFeeKrw),
    overageKrw: sum((s) => s.overageKrw),
    totalKrw: sum((s) => s.totalKrw),
    supplyKrw: sum((s) => s.supplyKrw),
    vatKrw: sum((s) => s.vatKrw),
    byPlan,
    statements,
  };
}

/** The actor tenant's closed statements, newest first, and this month's projected charge. */
export async function statements(): Promise<{
  statements: Statement[];
  current: Statement;
}> {
  assertCan("usage.read");
  const [closed, current] = await Promise.all([
    queryPrefix<Statement>(Keys.statementsPrefix()),
    projected(),
  ]);
  return { statements: closed.map(strip).reverse(), current };
}

/** One closed month's statement. */
export async function statement(month: string): Promise<Statement> {
  assertCan("usage.read");
  const s = await getItem<Statement>(Keys.statement(month));
  if (!s)
    throw new VisibleError(
      "not_found",
      "statement_not_found",
      month >= kstMonth()
        ? `${month}은(는) 아직 마감되지 않았습니다. 요금 명세는 다음 달 1일에 확정됩니다.`
        : `${month}의 요금 명세가 없습니다.`,
    );
  return strip(s);
}

/** This month so far, priced as the close would price it now. */
export async function projected(month = kstMonth()): Promise<Statement> {
  assertCan("usage.read");
  const [t, usage] = await Promise.all([
    tenantRecord() as Promise<Marked>,
    Metering.current(month),
  ]);
  return compute({
    tenantId: t.id,
    resellerId: t.resellerId ?? null,
    month,
    plan: Plan.get(t.planId ?? "basic", month),
    usage,
    status: "projected",
  });
}

/** The month the scheduled close (00:30 KST on the 1st) closes: the one that just ended. */
export const monthToClose = (ms = nowMs()) => previousMonth(kstMonth(ms));
