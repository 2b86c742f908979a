import { Webhook } from "../../core/reseller/webhook";

/** Every few minutes: re-announce webhook deliveries whose retry time has come (and lost wake-ups). */
export const handler = async (): Promise<{ requeued: number }> => {
  const due = await Webhook.due(200);
  const byReseller = new Map<string, string[]>();
  for (const { resellerId, id } of due)
    byReseller.set(resellerId, [...(byReseller.get(resellerId) ?? []), id]);
  for (const [resellerId, ids] of byReseller)
    await Webhook.notify(resellerId, ids);
  return { requeued: due.length };
};
