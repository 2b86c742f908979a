// Quota alerts: an e-mail to the owner at 80% and 100% of each included quota, once per tenant,
// metric, threshold and month. The flag on the usage item and the outbox message are one
// transaction, conditional on the flag being absent — a second flush, container or retry that
// sees the same crossing fails the condition and sends nothing.
import {
  failedConditions,
  isConditionFailure,
  queryPrefix,
  toItem,
  transact,
} from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { Mail } from "../mail";
import { quotaAlert } from "../mail/templates";
import { tenantRecord } from "../tenant/record";
import { nowMs } from "../time";
import { Plan, type AlertDue, type PlanInfo } from "../plan";
import type { UserRecord } from "../auth";
import type { TenantRecord } from "../tenant";

const appUrl = () =>
  (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");

/** Where alerts go: the business's contact address, else the owner's login. */
async function ownerAddress(t: TenantRecord): Promise<string | undefined> {
  if (t.contactEmail) return t.contactEmail;
  const users = await queryPrefix<UserRecord>(Keys.usersPrefix());
  return users.find((u) => u.role === "owner" && u.status === "active")?.email;
}

export async function sendQuotaAlerts(
  plan: PlanInfo,
  month: string,
  due: AlertDue[],
): Promise<number> {
  const t = await tenantRecord();
  const { businessName } = t;
  const to = await ownerAddress(t);
  // A reseller's shop: its webhooks hear of the crossing in the same transaction (tenant.quota_reached).
  const webhooks = t.resellerId
    ? (await import("../reseller/webhook")).Webhook
    : undefined;
  if (!to && !webhooks) return 0;
  let sent = 0;
  for (const d of due) {
    const at = new Date(nowMs()).toISOString();
    // The condition is on this alert's own flag. A jump straight to 100% also sets the 80% flag:
    // the 80% alert would only be noise then.
    const flags = [
      d.threshold,
      ...Plan.ALERT_THRESHOLDS.filter((t) => t < d.threshold),
    ].map((t) => Plan.alertFlag(t, d.metric));
    const mail = to
      ? Mail.enqueue(
          quotaAlert(to, {
            businessName,
            planName: plan.name,
            month,
            metric: d.metric,
            threshold: d.threshold,
            used: d.used,
            quota: d.quota,
            overage: plan.overage[d.metric],
            blockAt: plan.blockAt[d.metric],
            url: `${appUrl()}/usage`,
          }),
        )
      : undefined;
    const hooks =
      webhooks && t.resellerId
        ? await webhooks.forReseller(t.resellerId, () =>
            webhooks.quotaEvent({
              month,
              metric: d.metric,
              threshold: d.threshold,
              used: d.used,
              quota: d.quota,
            }),
          )
        : undefined;
    if (!mail && !hooks?.puts.length) continue;
    try {
      await transact([
        {
          Update: {
            TableName: tableName(),
            Key: toItem(Keys.usage(month)),
            UpdateExpression: `SET ${flags.map((_, i) => `#f${i} = :at`).join(", ")}`,
            ConditionExpression: "attribute_not_exists(#f0)",
            ExpressionAttributeNames: Object.fromEntries(
              flags.map((f, i) => [`#f${i}`, f]),
            ),
            ExpressionAttributeValues: toItem({ ":at": at }),
          },
        },
        ...(mail ? [mail.put] : []),
        ...(hooks?.puts ?? []),
      ]);
    } catch (err) {
      if (isConditionFailure(err) || failedConditions(err).length) continue;
      throw err;
    }
    if (mail) await Mail.notify(mail.id);
    await hooks?.notify();
    sent++;
  }
  return sent;
}
