import { Duration, Stack } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as ses from "aws-cdk-lib/aws-ses";
import * as sns from "aws-cdk-lib/aws-sns";
import * as sqs from "aws-cdk-lib/aws-sqs";
import { LambdaSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Cron, Function, Queue, use, type StackContext } from "sst/constructs";
import { Data } from "./data";
import { lambda, mailDomain } from "./settings";
import { tableAccess } from "./permissions";

const WORKER_TIMEOUT_SECONDS = 30;

/** SES identity + configuration set with delivery events, the outbox queue + DLQ, worker, sweeper. */
export function Mail({ stack, app }: StackContext) {
  const { table } = use(Data);
  const domain = mailDomain();
  const identity = new ses.EmailIdentity(stack, "Identity", {
    identity: ses.Identity.domain(domain),
  });
  const configurationSet = new ses.ConfigurationSet(stack, "ConfigurationSet", {
    configurationSetName: `golmok-${app.stage}`,
  });
  const events = new sns.Topic(stack, "MailEvents");
  configurationSet.addEventDestination("ToSns", {
    destination: ses.EventDestination.snsTopic(events),
    events: [
      ses.EmailSendingEvent.BOUNCE,
      ses.EmailSendingEvent.COMPLAINT,
      ses.EmailSendingEvent.DELIVERY,
      ses.EmailSendingEvent.REJECT,
    ],
  });

  const identityArn = Stack.of(stack).formatArn({
    service: "ses",
    resource: "identity",
    resourceName: domain,
  });
  const configurationSetArn = Stack.of(stack).formatArn({
    service: "ses",
    resource: "configuration-set",
    resourceName: configurationSet.configurationSetName,
  });
  const env = { SES_CONFIGURATION_SET: configurationSet.configurationSetName };

  const dlq = new sqs.Queue(stack, "OutboxDLQ", {
    retentionPeriod: Duration.days(14),
    enforceSSL: true,
  });
  const outbox = new Queue(stack, "Outbox", {
    cdk: {
      queue: {
        // ≥ 6 × the worker timeout, so a message is not redelivered while a batch is still running.
        visibilityTimeout: Duration.seconds(WORKER_TIMEOUT_SECONDS * 6),
        deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
        enforceSSL: true,
      },
    },
    consumer: {
      function: lambda("functions/mail/queue.handler", table, env, {
        timeout: WORKER_TIMEOUT_SECONDS,
        permissions: [
          tableAccess(table),
          new iam.PolicyStatement({
            actions: ["ses:SendEmail"],
            resources: [identityArn, configurationSetArn],
          }),
        ],
      }),
      cdk: { eventSource: { batchSize: 10, reportBatchItemFailures: true } },
    },
  });

  new Cron(stack, "OutboxSweep", {
    schedule: "rate(5 minutes)",
    job: {
      function: lambda(
        "functions/mail/sweep.handler",
        table,
        { ...env, OUTBOX_QUEUE_URL: outbox.queueUrl },
        {
          permissions: [
            tableAccess(table),
            new iam.PolicyStatement({
              actions: ["sqs:SendMessage"],
              resources: [outbox.queueArn],
            }),
          ],
        },
      ),
    },
  });

  const eventsFn = new Function(
    stack,
    "MailEventsHandler",
    lambda(
      "functions/mail/events.handler",
      table,
      {},
      { permissions: [tableAccess(table)] },
    ),
  );
  events.addSubscription(new LambdaSubscription(eventsFn));

  stack.addOutputs({ OutboxQueueUrl: outbox.queueUrl, MailDomain: domain });
  return { outbox, identity, configurationSet, env, identityArn };
}
