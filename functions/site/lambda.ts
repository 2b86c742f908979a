import { handle } from "hono/aws-lambda";
import { siteApp } from "./routes";
import { Metering } from "../../core/metering";

const app = handle(siteApp);
export const handler: typeof app = async (event, context) => {
  const res = await app(event, context);
  await Metering.flushIfDue();
  return res;
};
