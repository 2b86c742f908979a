import { Duration, Stack } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as ses from "aws-cdk-lib/aws-ses";
import * as sns from "aws-cdk-lib/aws-sns";
import * as sqs from "aws-cdk-lib/aws-sqs";
import { LambdaSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Cron, Function, Queue, use, type StackContext } from "sst/constructs";
import { FONT_FILES } from "../functions/bundle";
import { Data } from "./data";
import { lambda, mailDomain } from "./settings";
import { sendTo, tableAccess } from "./permissions";

export const WORKER_TIMEOUT_SECONDS = 30;

/** SES identity + configuration set with delivery events, the outbox queue + DLQ, worker, sweeper. */
export function Mail({ stack, app }: StackContext) {
  const { table } = use(Data);
  const home = { stage: app.stage, table };
  const domain = mailDomain();
  const configurationSet = new ses.ConfigurationSet(stack, "ConfigurationSet", {
    configurationSetName: `golmok-${app.stage}`,
  });
  // The configuration set is also the identity's default, so no send escapes the event feed.
  const identity = new ses.EmailIdentity(stack, "Identity", {
    identity: ses.Identity.domain(domain),
    configurationSet,
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

  const sesArn = (resource: string, resourceName: string) =>
    Stack.of(stack).formatArn({ service: "ses", resource, resourceName });
  const identityArn = sesArn("identity", domain);
  const configurationSetArn = sesArn(
    "configuration-set",
    configurationSet.configurationSetName,
  );
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
      // Invoice e-mails carry a PDF rendered at send time (Mail.attachmentsFrom): the worker
      // gets the Korean font files the invoice module uses.
      function: lambda(
        "functions/mail/queue.handler",
        home,
        { ...env, GOLMOK_FONT_DIR: "/var/task/fonts" },
        {
          copyFiles: FONT_FILES,
          timeout: WORKER_TIMEOUT_SECONDS,
          permissions: [
            tableAccess(table),
            // SES v2 SendEmail is authorized as ses:SendEmail (SendRawEmail covers raw MIME), and
            // only for this identity through this configuration set.
            new iam.PolicyStatement({
              actions: ["ses:SendEmail", "ses:SendRawEmail"],
              resources: [identityArn, configurationSetArn],
            }),
          ],
        },
      ),
      cdk: { eventSource: { batchSize: 10, reportBatchItemFailures: true } },
    },
  });

  new Cron(stack, "OutboxSweep", {
    schedule: "rate(5 minutes)",
    job: {
      function: lambda(
        "functions/mail/sweep.handler",
        home,
        { ...env, OUTBOX_QUEUE_URL: outbox.queueUrl },
        { permissions: [tableAccess(table), sendTo(outbox.queueArn)] },
      ),
    },
  });

  const eventsFn = new Function(
    stack,
    "MailEventsHandler",
    lambda(
      "functions/mail/events.handler",
      home,
      {},
      { permissions: [tableAccess(table)] },
    ),
  );
  events.addSubscription(new LambdaSubscription(eventsFn));

  stack.addOutputs({ OutboxQueueUrl: outbox.queueUrl, MailDomain: domain });
  return { outbox, identity, configurationSet, env, identityArn };
}
