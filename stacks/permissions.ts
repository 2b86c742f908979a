import * as iam from "aws-cdk-lib/aws-iam";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";

/**
 * Least privilege on the one table: item reads and writes and queries — no Scan. IAM has no
 * action named TransactWriteItems: each Put/Update/Delete/ConditionCheck inside a transaction is
 * authorized as PutItem/UpdateItem/DeleteItem/ConditionCheckItem.
 */
export const TABLE_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:Query",
  "dynamodb:BatchWriteItem",
  "dynamodb:ConditionCheckItem",
];

export function tableAccess(table: dynamodb.ITable): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: TABLE_ACTIONS,
    resources: [table.tableArn, `${table.tableArn}/index/*`],
  });
}

export function sendTo(queueArn: string): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: ["sqs:SendMessage"],
    resources: [queueArn],
  });
}
