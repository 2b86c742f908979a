import * as v from "valibot";

// Valibot's built-in messages are English ("Invalid key: …"). Every schema here gives its own
// Korean message; this covers what none can: a missing key, an unexpected type deep in a value.
v.setGlobalMessage(
  (issue) =>
    issue.received === "undefined"
      ? "필수 항목입니다."
      : "입력 형식이 올바르지 않습니다.",
  undefined,
);
