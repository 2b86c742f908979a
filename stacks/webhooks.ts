import { Duration } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as sqs from "aws-cdk-lib/aws-sqs";
import { Cron, Queue, use, type StackContext } from "sst/constructs";
import { Data } from "./data";
import { lambda } from "./settings";
import { sendTo, tableAccess } from "./permissions";

export const WEBHOOK_WORKER_TIMEOUT_SECONDS = 30;

/**
 * Reseller webhooks, the mail outbox's pattern: deliveries are items in the table (written with
 * the event), an SQS queue + DLQ wakes a worker that POSTs them (a batch in parallel, 5 s each),
 * and a 5-minute sweeper re-announces retries that have come due and lost wake-ups.
 */
export function Webhooks({ stack, app }: StackContext) {
  const { table, dataKey } = use(Data);
  const home = { stage: app.stage, table };
  const dlq = new sqs.Queue(stack, "WebhookDLQ", {
    retentionPeriod: Duration.days(14),
    enforceSSL: true,
  });
  const queue = new Queue(stack, "WebhookQueue", {
    cdk: {
      queue: {
        visibilityTimeout: Duration.seconds(WEBHOOK_WORKER_TIMEOUT_SECONDS * 6),
        deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
        enforceSSL: true,
      },
    },
    consumer: {
      function: lambda(
        "functions/reseller/webhook-queue.handler",
        home,
        { GOLMOK_KMS_KEY_ID: dataKey.keyArn },
        {
          timeout: WEBHOOK_WORKER_TIMEOUT_SECONDS,
          permissions: [
            tableAccess(table),
            // The endpoints' signing secrets are sealed under the reseller's data key.
            new iam.PolicyStatement({
              actions: ["kms:Decrypt"],
              resources: [dataKey.keyArn],
            }),
          ],
        },
      ),
      cdk: { eventSource: { batchSize: 10, reportBatchItemFailures: true } },
    },
  });
  new Cron(stack, "WebhookSweep", {
    schedule: "rate(5 minutes)",
    job: {
      function: lambda(
        "functions/reseller/webhook-sweep.handler",
        home,
        { WEBHOOK_QUEUE_URL: queue.queueUrl },
        { permissions: [tableAccess(table), sendTo(queue.queueArn)] },
      ),
    },
  });
  stack.addOutputs({ WebhookQueueUrl: queue.queueUrl });
  return { queue };
}
