import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { dynamo, toItem } from "../../core/db/client";
import { tableName } from "../../core/db/table";

/** Sets attributes of a stored item directly — for simulating time passing or a used-up quota. */
export async function setAttributes(
  key: { pk: string; sk: string },
  attrs: Record<string, unknown>,
): Promise<void> {
  const names = Object.keys(attrs);
  await dynamo().send(
    new UpdateItemCommand({
      TableName: tableName(),
      Key: toItem(key),
      UpdateExpression: `SET ${names.map((_, i) => `#a${i} = :v${i}`).join(", ")}`,
      ExpressionAttributeNames: Object.fromEntries(
        names.map((n, i) => [`#a${i}`, n]),
      ),
      ExpressionAttributeValues: toItem(
        Object.fromEntries(names.map((n, i) => [`:v${i}`, attrs[n]])),
      ),
    }),
  );
}
