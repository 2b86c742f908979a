import * as iam from "aws-cdk-lib/aws-iam";
import * as s3 from "aws-cdk-lib/aws-s3";
import * as sqs from "aws-cdk-lib/aws-sqs";
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { Queue, type Stack } from "sst/constructs";
import {
  EXPORT_DAYS,
  EXPORT_TRIES,
  EXPORT_VISIBILITY_SECONDS,
  EXPORT_WORKER_TIMEOUT_SECONDS,
} from "../core/account/storage";
import { FONT_FILES } from "../functions/bundle";
import { lambda, type Home } from "./settings";
import { tableAccess } from "./permissions";

/**
 * Finished data exports (core/account): private, encrypted, TLS only, each zip deleted after
 * 7 days. Downloads are presigned GET URLs (15 minutes) handed out by the account function, so a
 * zip bigger than a Lambda response (6 MB) never passes through API Gateway.
 */
export function exportsBucket(stack: Stack, stage: string): s3.Bucket {
  return new s3.Bucket(stack, "Exports", {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    lifecycleRules: [
      { prefix: "exports/", expiration: Duration.days(EXPORT_DAYS) },
    ],
    removalPolicy:
      stage === "prod" ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    autoDeleteObjects: stage !== "prod",
  });
}

/** Write and read (presigned) exports; the purge also lists and deletes a tenant's. */
export function exportsAccess(
  bucket: s3.IBucket,
  purge = false,
): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({
      actions: purge ? ["s3:DeleteObject"] : ["s3:PutObject", "s3:GetObject"],
      resources: [bucket.arnForObjects("exports/*")],
    }),
    ...(purge
      ? [
          new iam.PolicyStatement({
            actions: ["s3:ListBucket"],
            resources: [bucket.bucketArn],
            conditions: { StringLike: { "s3:prefix": ["exports/*"] } },
          }),
        ]
      : []),
  ];
}

/**
 * Builds the zips: the account function records an export and sends its id here; the worker has
 * Lambda's 15 minutes and 2 GB (more CPU for the PDFs), so a shop with years of invoices is not
 * cut off by API Gateway's 29 s. One export a message; a message whose worker died is tried once
 * more, then kept in the dead-letter queue (the record shows failed, core/account EXPORT_STALE_MS).
 */
export function exportQueue(
  stack: Stack,
  home: Home,
  bucket: s3.IBucket,
  dataKeyArn: string,
): sqs.IQueue {
  const dlq = new sqs.Queue(stack, "ExportDLQ", {
    retentionPeriod: Duration.days(14),
    enforceSSL: true,
  });
  const queue = new Queue(stack, "ExportQueue", {
    cdk: {
      queue: {
        visibilityTimeout: Duration.seconds(EXPORT_VISIBILITY_SECONDS),
        deadLetterQueue: { queue: dlq, maxReceiveCount: EXPORT_TRIES },
        enforceSSL: true,
      },
    },
    consumer: {
      function: lambda(
        "functions/account/export-queue.handler",
        home,
        {
          EXPORTS_BUCKET: bucket.bucketName,
          GOLMOK_FONT_DIR: "/var/task/fonts",
          // Full resident and account numbers, when the owner asks for them, are opened here.
          GOLMOK_KMS_KEY_ID: dataKeyArn,
        },
        {
          timeout: EXPORT_WORKER_TIMEOUT_SECONDS,
          memorySize: 2048,
          copyFiles: FONT_FILES,
          permissions: [
            tableAccess(home.table),
            ...exportsAccess(bucket),
            new iam.PolicyStatement({
              actions: ["kms:Decrypt"],
              resources: [dataKeyArn],
            }),
          ],
        },
      ),
      cdk: { eventSource: { batchSize: 1 } },
    },
  });
  return queue.cdk.queue;
}
