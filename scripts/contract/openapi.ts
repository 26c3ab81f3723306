// `npm run contract:openapi`: writes docs/openapi.json from the built-in schemas.
//   `npm run contract:openapi -- --check` only compares, and exits 1 when the committed file is stale.
//   `npm run contract:openapi -- --api-url URL --token T --out FILE` adds the resources that backend's
//   administrators defined (GET /resource-definitions) and writes the document to FILE.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { builtInResources } from "../../src/resources";
import { fetchDefinedResources } from "./definedResources";
import { buildOpenApi, renderOpenApi } from "./openapi/buildOpenApi";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const OPENAPI_FILE = path.join(ROOT, "docs/openapi.json");

export function currentOpenApiText(): string {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  return renderOpenApi(buildOpenApi(version));
}

async function main() {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false }, "api-url": { type: "string" }, token: { type: "string" }, out: { type: "string" } } });
  if (values["api-url"]) {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    const defined = await fetchDefinedResources(values["api-url"], values.token);
    const text = renderOpenApi(buildOpenApi(version, [...builtInResources, ...defined]));
    if (!values.out) return void process.stdout.write(text);
    writeFileSync(values.out, text);
    console.log(`Wrote ${values.out} with ${defined.length} defined resource(s): ${defined.map((d) => d.name).join(", ") || "none"}`);
    return;
  }
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

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) void main();
