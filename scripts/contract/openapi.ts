// `npm run contract:openapi`: writes docs/openapi.json from the built-in schemas.
//   `npm run contract:openapi -- --check` only compares, and exits 1 when the committed file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildOpenApi, renderOpenApi } from "./openapi/buildOpenApi";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const OPENAPI_FILE = path.join(ROOT, "docs/openapi.json");

export function currentOpenApiText(): string {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  return renderOpenApi(buildOpenApi(version));
}

function main() {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
  const text = currentOpenApiText();
  const rel = path.relative(process.cwd(), OPENAPI_FILE);
  if (values.check) {
    let committed = "";
    try {
      committed = readFileSync(OPENAPI_FILE, "utf8");
    } catch {
      // missing counts as stale
    }
    const fresh = committed === text;
    console.log(fresh ? `${rel} is up to date` : `${rel} is stale: run npm run contract:openapi`);
    process.exitCode = fresh ? 0 : 1;
    return;
  }
  writeFileSync(OPENAPI_FILE, text);
  const doc = JSON.parse(text) as { paths: object; components: { schemas: object } };
  console.log(`Wrote ${rel}: ${Object.keys(doc.paths).length} paths, ${Object.keys(doc.components.schemas).length} schemas`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
