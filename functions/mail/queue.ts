import type { SQSBatchResponse, SQSEvent } from "aws-lambda";
import { Mail } from "../../core/mail";
import { Metering } from "../../core/metering";

/** Outbox worker: each SQS message names one stored e-mail; failures of SES leave it pending for the sweeper. */
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchResponse["batchItemFailures"] = [];
  for (const record of event.Records) {
    try {
      const { tenantId, id } = JSON.parse(record.body) as {
        tenantId: string;
        id: string;
      };
      await Mail.deliver(tenantId, id);
    } catch (err) {
      console.error(
        JSON.stringify({
          level: "error",
          msg: "outbox worker failed",
          messageId: record.messageId,
          error: String(err),
        }),
      );
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  await Metering.flush();
  return { batchItemFailures };
};
