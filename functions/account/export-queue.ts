import type { SQSEvent } from "aws-lambda";
import { Account } from "../../core/account";
import { Metering } from "../../core/metering";

/**
 * Export worker: each SQS message names one export to build (core/account buildExport). A build
 * that fails is marked failed and not retried (the owner asks again); a message that cannot be
 * read is left to the queue's retry and dead-letter queue.
 */
export const handler = async (event: SQSEvent): Promise<void> => {
  for (const record of event.Records) {
    const { tenantId, id } = JSON.parse(record.body) as {
      tenantId: string;
      id: string;
    };
    await Account.buildExport(tenantId, id);
  }
  await Metering.flush();
};
