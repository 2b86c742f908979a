import { Hono } from "hono";
import { authApp } from "./auth/routes";
import { tenantApp } from "./tenant/routes";
import { docsApp } from "./docs/routes";

/** Every module mounted in one app: the local server and route tests use it; AWS runs one Lambda per module. */
export const api = new Hono()
  .route("/", authApp)
  .route("/", tenantApp)
  .route("/", docsApp);
api.notFound((c) =>
  c.json(
    { code: "not_found", message: "요청한 주소를 찾을 수 없습니다." },
    404,
  ),
);
