import { Mail } from "../../core/mail";
import { withActor } from "../../core/actor";

/** Every few minutes: re-announce outbox messages whose retry time has come (lost wake-ups, SES outages). */
export const handler = async (): Promise<{ requeued: number }> => {
  const due = await Mail.due(200);
  for (const { tenantId, id } of due)
    await withActor({ type: "system", tenantId }, () => Mail.notify(id));
  return { requeued: due.length };
};
