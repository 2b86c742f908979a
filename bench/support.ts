// Shared by the benchmark's sections: the owner a measured call runs as, and seeding.
import { BatchWriteItemCommand } from "@aws-sdk/client-dynamodb";
import { dynamo, toItem } from "../core/db/client";
import { tableName } from "../core/db/table";

export interface Owner {
  tenantId: string;
  userId: string;
}

/** The shop's owner as the core sees a signed-in request. */
export const ownerActor = (owner: Owner) => ({
  type: "user" as const,
  tenantId: owner.tenantId,
  userId: owner.userId,
  role: "owner" as const,
  sessionId: "bench",
});

/** Items written straight to the table (what is measured is set up, not measured), 25 a call. */
export async function putAll(items: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25)
    await dynamo().send(
      new BatchWriteItemCommand({
        RequestItems: {
          [tableName()]: items
            .slice(i, i + 25)
            .map((Item) => ({ PutRequest: { Item: toItem(Item) } })),
        },
      }),
    );
}
