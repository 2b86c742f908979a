import { randomBytes } from "node:crypto";
import { monotonicFactory } from "ulid";

const next = monotonicFactory();
export type IdPrefix = "ten" | "usr" | "mail" | "inv" | "emp" | "run" | "req";

/** Prefixed ULIDs: sortable by time (`ten_01J…`). */
export function createId(prefix: IdPrefix): string {
  return `${prefix}_${next().toLowerCase()}`;
}

/** An unguessable token for links and sessions (256 bits). */
export function createSecret(): string {
  return randomBytes(32).toString("base64url");
}
