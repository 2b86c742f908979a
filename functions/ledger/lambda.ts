import { handle } from "hono/aws-lambda";
import { ledgerApp } from "./routes";
import { Metering } from "../../core/metering";

const app = handle(ledgerApp);
export const handler: typeof app = async (event, context) => {
  const res = await app(event, context);
  await Metering.flushIfDue();
  return res;
};
