import * as v from "valibot";
import { describeRoute, resolver } from "hono-openapi";

export const ErrorBody = v.object({
  code: v.string(),
  message: v.string(),
  fields: v.optional(
    v.array(v.object({ field: v.string(), message: v.string() })),
  ),
  requestId: v.string(),
});
export const Ok = v.object({ ok: v.literal(true) });

const errorResponses = {
  400: {
    description: "입력 오류 (code, 필드별 메시지)",
    content: { "application/json": { schema: resolver(ErrorBody) } },
  },
  401: {
    description: "로그인 필요",
    content: { "application/json": { schema: resolver(ErrorBody) } },
  },
  403: {
    description: "권한 없음 / CSRF",
    content: { "application/json": { schema: resolver(ErrorBody) } },
  },
  429: {
    description: "요청 제한 또는 요금제 한도 초과",
    content: { "application/json": { schema: resolver(ErrorBody) } },
  },
};

/** describeRoute with the shared error responses and a JSON success schema. */
export function doc(
  tag: string,
  summary: string,
  ok: v.GenericSchema,
  status: 200 | 201 | 202 = 200,
) {
  return describeRoute({
    tags: [tag],
    summary,
    responses: {
      [status]: {
        description: "성공",
        content: { "application/json": { schema: resolver(ok) } },
      },
      ...errorResponses,
    },
  });
}
