import { purgeDue } from "../../core/account/purge";

/**
 * The daily purge (EventBridge cron, 03:00 KST, stacks/api.ts): deletes every tenant whose 30-day
 * grace after a deletion request is over. Idempotent and resumable: a retry, or tomorrow's run,
 * finishes a tenant a failed run left halfway (its record, which lists it, goes last).
 */
export const handler = async () => {
  const results = await purgeDue();
  console.log(
    JSON.stringify({
      level: "info",
      msg: "account purge",
      tenants: results.length,
      results,
    }),
  );
  return results;
};
