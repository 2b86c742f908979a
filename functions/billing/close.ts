import { Billing } from "../../core/billing";

/**
 * The scheduled close (EventBridge cron, 00:30 KST on the 1st, stacks/api.ts): closes the month
 * that just ended. Idempotent: a retry (Lambda retries a failed async invocation twice) or a
 * manual re-run skips the statements already written and finishes the rest.
 */
export const handler = async () => {
  const result = await Billing.closeMonth(Billing.monthToClose());
  console.log(
    JSON.stringify({ level: "info", msg: "monthly close", ...result }),
  );
  return result;
};
