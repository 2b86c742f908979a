import { monotonicFactory } from "ulid";

const next = monotonicFactory();
/** Prefixed ULIDs for reseller-side items (`rsl_…`, `key_…`), like core/id.ts. */
export const resellerId = () => `rsl_${next().toLowerCase()}`;
export const keyId = () => `key_${next().toLowerCase()}`;
export const webhookId = () => `whk_${next().toLowerCase()}`;
export const deliveryId = () => `dlv_${next().toLowerCase()}`;
export const eventId = () => `evt_${next().toLowerCase()}`;
