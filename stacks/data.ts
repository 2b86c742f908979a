import { RemovalPolicy } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as kms from "aws-cdk-lib/aws-kms";
import type { StackContext } from "sst/constructs";
import { TABLE } from "../core/db/table";

const S = dynamodb.AttributeType.STRING;

/** The one table, from core/db/table.ts: on-demand, PITR, TTL; retained and protected on prod. */
export function Data({ stack, app }: StackContext) {
  const prod = app.stage === "prod";
  const table = new dynamodb.Table(stack, "Table", {
    partitionKey: { name: TABLE.partitionKey, type: S },
    sortKey: { name: TABLE.sortKey, type: S },
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    timeToLiveAttribute: TABLE.ttlAttribute,
    deletionProtection: prod,
    removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    encryption: dynamodb.TableEncryption.AWS_MANAGED,
  });
  for (const [indexName, ix] of Object.entries(TABLE.indexes)) {
    table.addGlobalSecondaryIndex({
      indexName,
      partitionKey: { name: ix.partitionKey, type: S },
      sortKey: { name: ix.sortKey, type: S },
      ...(ix.include
        ? {
            projectionType: dynamodb.ProjectionType.INCLUDE,
            nonKeyAttributes: [...ix.include],
          }
        : { projectionType: dynamodb.ProjectionType.ALL }),
    });
  }
  // The KMS key under which each tenant's data key (for resident and account numbers) is sealed.
  const dataKey = new kms.Key(stack, "PersonalDataKey", {
    description:
      "Golmok: wraps per-tenant data keys for personal data (주민등록번호, 계좌번호)",
    enableKeyRotation: true,
    removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
  stack.addOutputs({ TableName: table.tableName });
  return { table, dataKey };
}
