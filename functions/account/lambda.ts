import { handle } from "hono/aws-lambda";
import { accountApp } from "./routes";
import { Metering } from "../../core/metering";

const app = handle(accountApp);
export const handler: typeof app = async (event, context) => {
  const res = await app(event, context);
  await Metering.flushIfDue();
  return res;
};
