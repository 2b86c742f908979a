import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 180_000,
    env: {
      GOLMOK_LOCAL: "1",
      STAGE: "local",
      TABLE_NAME: "golmok-test",
      MAIL_RETRY_BASE_MS: "200",
      GOLMOK_LOG_REQUESTS: "0",
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      // A test-only data key (never used outside tests): personal data is encrypted under it.
      GOLMOK_DATA_KEY: "cUdnSo+mG3vV671yZP6c5gpbREHXePZec0Cl4NoeI50=",
    },
  },
});
