import {
  CreateTableCommand,
  DescribeTableCommand,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { projectionOf, TABLE, tableName } from "./table";
import { dynamo } from "./client";

/** Creates the table (local and tests only) from the one schema in table.ts, if it does not exist. */
export async function ensureTable(): Promise<"created" | "exists"> {
  const name = tableName();
  try {
    await dynamo().send(new DescribeTableCommand({ TableName: name }));
    return "exists";
  } catch (err) {
    if ((err as Error).name !== "ResourceNotFoundException") throw err;
  }
  const indexes = Object.entries(TABLE.indexes);
  const attrs = new Set<string>([TABLE.partitionKey, TABLE.sortKey]);
  for (const [, ix] of indexes) {
    attrs.add(ix.partitionKey);
    attrs.add(ix.sortKey);
  }
  await dynamo().send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [...attrs].map((a) => ({
        AttributeName: a,
        AttributeType: "S",
      })),
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: "HASH" },
        { AttributeName: TABLE.sortKey, KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: indexes.map(([indexName, ix]) => ({
        IndexName: indexName,
        KeySchema: [
          { AttributeName: ix.partitionKey, KeyType: "HASH" },
          { AttributeName: ix.sortKey, KeyType: "RANGE" },
        ],
        Projection: projectionOf(ix),
      })),
    }),
  );
  await dynamo().send(
    new UpdateTimeToLiveCommand({
      TableName: name,
      TimeToLiveSpecification: {
        AttributeName: TABLE.ttlAttribute,
        Enabled: true,
      },
    }),
  );
  return "created";
}
