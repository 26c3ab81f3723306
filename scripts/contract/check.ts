// `npm run contract:check -- --api-url URL [--adapter envelope] [--config backend.json] [--token T | --user U --password P]`
// Runs the conformance checks against a running backend through the plugin's own data provider,
// prints a pass/fail table, and exits 1 on any failure. The checks create one scratch branch and
// remove it again. CONTRACT_TOKEN may carry the token instead of --token; `--user`/`--password` sign
// in first (POST <api-url>/auth/login), e.g. as the mock API's `admin` / `demo123`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkContext, type BackendConfig } from "./check/backend";
import { runChecks } from "./check/runChecks";
import { signIn } from "./check/signIn";
import { anyFailed, formatTable } from "./check/table";

const ADAPTERS = ["simple-rest", "envelope"];
const USAGE =
  "usage: npm run contract:check -- --api-url URL [--adapter simple-rest|envelope] [--config backend.json] [--token TOKEN | --user NAME --password PASSWORD]";

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      "api-url": { type: "string" },
      adapter: { type: "string" },
      config: { type: "string" },
      token: { type: "string" },
      user: { type: "string" },
      password: { type: "string" },
      timeout: { type: "string" },
    },
  });
  const apiUrl = values["api-url"];
  if (!apiUrl) {
    console.error(USAGE);
    return 2;
  }
  if (values.user !== undefined && values.password === undefined) {
    console.error("--user needs --password");
    return 2;
  }
  const config = values.config ? (JSON.parse(readFileSync(path.resolve(values.config), "utf8")) as BackendConfig) : {};
  const adapter = (values.adapter ?? config.adapter ?? "simple-rest") as BackendConfig["adapter"];
  if (!ADAPTERS.includes(adapter!)) {
    console.error(`--adapter must be one of ${ADAPTERS.join(", ")}`);
    return 2;
  }
  const token = values.user !== undefined ? await signIn(apiUrl, values.user, values.password!) : (values.token ?? process.env.CONTRACT_TOKEN);
  const ctx = checkContext({
    ...config,
    apiUrl,
    adapter,
    token,
    timeoutMs: values.timeout ? Number(values.timeout) : undefined,
  });
  const results = await runChecks(ctx);
  console.log(formatTable(`Conformance of ${apiUrl} (adapter ${adapter})`, results));
  if (!token && results.some((r) => r.status === "fail" && /status 401/.test(r.detail))) {
    console.log("\nThe backend wants a signed-in user: add --user NAME --password PASSWORD (the mock API: admin / demo123) or --token TOKEN.");
  }
  return anyFailed(results) ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 2;
    },
  );
}
