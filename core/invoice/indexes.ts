// Where an invoice and its transmission item stand in the indexes, written once for the code that
// stores them (core/invoice) and the backfill that indexes items stored before the indexes existed.
import { Keys } from "../db/keys";
import type { InvoiceStatus, TransmissionStatus } from "./schema";

export const TX_SUFFIX = "#TX";

/** The 작성일자 index always; the open-items index (the alerts) while it is a draft. */
export const invoiceIndexes = (
  writeDate: string,
  id: string,
  status: InvoiceStatus,
) => ({
  ...Keys.invoiceByDate(writeDate, id),
  ...(status === "draft" ? Keys.invoiceOpen(id) : {}),
});

/** The 작성일자 index always; the open-items index until the transmission is sent. */
export const transmissionIndexes = (
  writeDate: string,
  id: string,
  status: TransmissionStatus,
) => ({
  ...Keys.invoiceByDate(writeDate, id, TX_SUFFIX),
  ...(status === "sent" ? {} : Keys.invoiceOpen(id, TX_SUFFIX)),
});
