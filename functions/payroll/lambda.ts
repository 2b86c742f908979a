import { handle } from "hono/aws-lambda";
import { payrollApp } from "./routes";
import { Metering } from "../../core/metering";

const app = handle(payrollApp);
export const handler: typeof app = async (event, context) => {
  const res = await app(event, context);
  await Metering.flushIfDue();
  return res;
};
