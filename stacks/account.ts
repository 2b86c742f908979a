import * as iam from "aws-cdk-lib/aws-iam";
import * as s3 from "aws-cdk-lib/aws-s3";
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import type { Stack } from "sst/constructs";
import { EXPORT_DAYS } from "../core/account/storage";

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
