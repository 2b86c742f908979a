import type { SQSBatchResponse, SQSEvent } from "aws-lambda";
import { Webhook } from "../../core/reseller/webhook";

/**
 * Webhook worker: each SQS message names one stored delivery. The batch's deliveries go out in
 * parallel (each POST has its own timeout, 5 s), so one hanging endpoint costs the batch at most
 * that; a failed POST leaves the delivery pending with backoff for the sweeper, not for SQS.
 */
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const failures = await Promise.all(
    event.Records.map(async (record) => {
      try {
        const { resellerId, id } = JSON.parse(record.body) as {
          resellerId: string;
          id: string;
        };
        await Webhook.deliver(resellerId, id);
        return undefined;
      } catch (err) {
        console.error(
          JSON.stringify({
            level: "error",
            msg: "webhook worker failed",
            messageId: record.messageId,
            error: String(err),
          }),
        );
        return { itemIdentifier: record.messageId };
      }
    }),
  );
  return { batchItemFailures: failures.filter((f) => f !== undefined) };
};
