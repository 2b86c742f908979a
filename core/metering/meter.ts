import { AsyncLocalStorage } from "node:async_hooks";

/** What one request consumed, filled in by the DynamoDB client middleware. */
export interface RequestMeter {
  readUnits: number;
  writeUnits: number;
  dbCalls: number;
  /** Items returned by reads (a Query's Count, a GetItem's item): what a report really read. */
  itemsRead: number;
  /** Items written (a transaction's items, a batch's requests, one for a single write). */
  itemsWritten: number;
}

const current = new AsyncLocalStorage<RequestMeter>();

export function newMeter(): RequestMeter {
  return {
    readUnits: 0,
    writeUnits: 0,
    dbCalls: 0,
    itemsRead: 0,
    itemsWritten: 0,
  };
}

export function withMeter<T>(meter: RequestMeter, fn: () => T): T {
  return current.run(meter, fn);
}

export function useMeter(): RequestMeter | undefined {
  return current.getStore();
}
