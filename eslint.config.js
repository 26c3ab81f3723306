import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import demoPublicApi from "./eslint-rules/demo-public-api.js";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "coverage", "tests/e2e/artifacts", "tests/lib-host/node_modules", "tests/lib-host/browser/.run-*", "bench/.out"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The demo is a host: it reaches the plugin through the public API only (tests/unit/lint/demoPublicApi.test.ts).
    files: ["src/demo/**/*.{ts,tsx}"],
    plugins: { party: { rules: { "demo-public-api": demoPublicApi } } },
    rules: { "party/demo-public-api": "error" },
  },
);
