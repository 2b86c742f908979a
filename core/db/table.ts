// The one DynamoDB table, described once: used by stacks/, the local bootstrap and tests.
export const TABLE = {
  partitionKey: "pk",
  sortKey: "sk",
  ttlAttribute: "expiresAt",
  indexes: {
    gsi1: { partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    gsi2: { partitionKey: "gsi2pk", sortKey: "gsi2sk" },
  },
} as const;

export type IndexName = keyof typeof TABLE.indexes;

export function tableName(): string {
  return process.env.TABLE_NAME ?? "golmok";
}
