// The one DynamoDB table, described once: used by stacks/, the local bootstrap and tests.
export const TABLE = {
  partitionKey: "pk",
  sortKey: "sk",
  ttlAttribute: "expiresAt",
  indexes: {
    // The outbox's due messages: the sweeper reads only which tenant and message, so the index
    // holds just those — every lease and status update of a message (its body included) would
    // otherwise be written to the index again at full size.
    gsi1: {
      partitionKey: "gsi1pk",
      sortKey: "gsi1sk",
      include: ["tenantId", "id"],
    },
    // The close's tenant markers and a reseller's statements: read whole.
    gsi2: { partitionKey: "gsi2pk", sortKey: "gsi2sk", include: null },
  },
} as const;

/** An index's projection in the DynamoDB API's terms. */
export function projectionOf(ix: { include: readonly string[] | null }) {
  return ix.include
    ? { ProjectionType: "INCLUDE" as const, NonKeyAttributes: [...ix.include] }
    : { ProjectionType: "ALL" as const };
}

export type IndexName = keyof typeof TABLE.indexes;

export function tableName(): string {
  return process.env.TABLE_NAME ?? "golmok";
}
