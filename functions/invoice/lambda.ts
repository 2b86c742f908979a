import { handle } from "hono/aws-lambda";
import { invoiceApp } from "./routes";
import { Metering } from "../../core/metering";

const app = handle(invoiceApp);
export const handler: typeof app = async (event, context) => {
  const res = await app(event, context);
  await Metering.flushIfDue();
  return res;
};
