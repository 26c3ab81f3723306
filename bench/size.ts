// `npm run bench:size`: builds the demo twice (with the plugin, and with src/demo/party.ts swapped
// for an empty stub) into bench/.out/, then reports the initial JS, the plugin's eager weight and the
// largest lazy chunks from the build manifest, and, from a real cold load of the members list
// (signed in, fresh Chromium profile), every script byte fetched until the first rows show, beside
// the hand-written page (bench/handwritten/) and a minimal one-chunk Refine + antd app
// (bench/minimal/). Writes bench/results/size.json.
import { readFileSync } from "node:fs";
import path from "node:path";
import { build, type Manifest, type Plugin } from "vite";
import { buildHandwritten, buildMinimal } from "./support/build";
import { coldLoad, scriptGzipKb } from "./support/coldLoad";
import { adminSession, startMockApi } from "./support/mockApi";
import { gzipKb, OUT, printTable, removeBuilds, round, ROOT, writeResult } from "./support/report";
import { serve } from "./support/serve";

const PARTY = path.join(ROOT, "src/demo/party.ts");
const STUB = path.join(ROOT, "bench/size/no-party.ts");
/**
 * The shown language's strings and antd/dayjs locales (zh-CN, the default): their own chunks, which
 * the entry loads before the first render. Counted in "startup" and in the first page.
 */
const HOST_LANGUAGE = ["src/demo/languages/zh-CN.ts", "node_modules/antd/es/locale/zh_CN.js", "node_modules/dayjs/locale/zh-cn.js"];
const STARTUP_LANGUAGE = [...HOST_LANGUAGE, "src/i18n/languages/plugin-zh-CN.ts"];
const TARGETS = { initialJsGzipKb: 250, pluginEagerGzipKb: 40, firstPageJsGzipKb: 350 };
const GOALS = { firstPageJsGzipKb: 300 };

interface Built {
  dir: string;
  manifest: Manifest;
  /** Rendered (pre-minification) bytes per package of each chunk file. */
  modules: Record<string, Record<string, number>>;
}

const packageOf = (id: string) =>
  /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? path.relative(ROOT, id).replace(/\/[^/]+$/, "/");

function collect(modules: Built["modules"]): Plugin {
  return {
    name: "bench-collect",
    generateBundle(_, bundle) {
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== "chunk") continue;
        const perPackage: Record<string, number> = {};
        for (const [id, info] of Object.entries(chunk.modules)) perPackage[packageOf(id)] = (perPackage[packageOf(id)] ?? 0) + info.renderedLength;
        modules[file] = perPackage;
      }
    },
  };
}

function withoutPlugin(): Plugin {
  return {
    name: "bench-without-plugin",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer?.startsWith(path.join(ROOT, "src/demo/"))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === PARTY ? STUB : null;
    },
  };
}

async function buildDemo(name: string, extra: Plugin[]): Promise<Built> {
  const dir = path.join(OUT, "size", name);
  const modules: Built["modules"] = {};
  await build({
    configFile: path.join(ROOT, "vite.config.ts"),
    logLevel: "warn",
    plugins: [...extra, collect(modules)],
    build: { outDir: dir, emptyOutDir: true, manifest: "manifest.json" },
  });
  const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
  return { dir, manifest, modules };
}

/** Manifest keys reachable from `starts` through static imports. */
function staticClosure(manifest: Manifest, starts: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length) {
    const key = stack.pop()!;
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    stack.push(...(manifest[key].imports ?? []));
  }
  return seen;
}

const jsFiles = (b: Built, keys: Iterable<string>) => [...keys].map((k) => b.manifest[k].file).filter((f) => f.endsWith(".js"));
const sizeOf = (b: Built, file: string) => gzipKb(readFileSync(path.join(b.dir, file)));
const rawKb = (b: Built, file: string) => readFileSync(path.join(b.dir, file)).length / 1024;
const sum = (values: number[]) => values.reduce((a, v) => a + v, 0);

function initial(b: Built, language: string[]) {
  const entry = Object.keys(b.manifest).find((k) => b.manifest[k].isEntry)!;
  const keys = staticClosure(b.manifest, [entry]);
  const files = jsFiles(b, keys);
  const startup = jsFiles(b, staticClosure(b.manifest, [...keys, ...language]));
  return {
    keys,
    files,
    gzip: sum(files.map((f) => sizeOf(b, f))),
    raw: sum(files.map((f) => rawKb(b, f))),
    startupGzip: sum(startup.map((f) => sizeOf(b, f))),
  };
}

const started = performance.now();
const withPlugin = await buildDemo("with-plugin", []);
const hostOnly = await buildDemo("host-only", [withoutPlugin()]);
const buildSeconds = (performance.now() - started) / 1000;

const init = initial(withPlugin, STARTUP_LANGUAGE);
// Without the plugin nothing registers its strings, though the chunk exists (refineI18nProvider can load it).
const host = initial(hostOnly, HOST_LANGUAGE);

/**
 * Every script the browser fetches on a cold load of the members list until its first rows (with
 * their branch names) show: gzip kB of the files it asked for, whatever imported them. The median
 * of three loads (lazy chunks may be asked for in a different order, not in a different number).
 */
interface FirstPage {
  gzipKb: number;
  files: number;
  /** Every script of the list's loads and of the work bench's (for the chart check). */
  scripts: string[];
  /** The list's loads' alone. */
  listScripts: string[];
}

async function firstPageJs(dirs: Record<"plugin" | "handwritten" | "minimal", string>) {
  const api = await startMockApi(2_000);
  const storage = await adminSession(api.url, api.seed);
  const out: Record<string, FirstPage> = {};
  try {
    for (const [name, dir] of Object.entries(dirs)) {
      const served = await serve(dir, api.url);
      try {
        const url = served.url + (name === "plugin" ? "/party/members" : "/members");
        const loads = [];
        for (let n = 0; n < 3; n++) loads.push(await coldLoad(url, { storage: name === "plugin" ? storage : {}, relationColumn: name === "minimal" ? undefined : "所在支部" }));
        const sizes = loads.map((l) => ({ gzipKb: scriptGzipKb(dir, l.scripts), files: new Set(l.scripts.map((s) => s.url)).size })).sort((a, b) => a.gzipKb - b.gzipKb);
        const listScripts = [...new Set(loads.flatMap((l) => l.scripts.map((s) => s.url.split("?")[0])))];
        const scripts = [...listScripts];
        // The page a person lands on after signing in is the work bench: what it fetches counts too.
        if (name === "plugin") scripts.push(...(await coldLoad(`${served.url}/party/workbench`, { storage })).scripts.map((s) => s.url.split("?")[0]));
        out[name] = { gzipKb: round(sizes[1].gzipKb), files: sizes[1].files, scripts, listScripts };
      } finally {
        await served.close();
      }
    }
  } finally {
    await api.close();
  }
  return out as Record<keyof typeof dirs, FirstPage>;
}
const firstPages = await firstPageJs({ plugin: withPlugin.dir, handwritten: await buildHandwritten(), minimal: await buildMinimal() });
const firstPage = firstPages.plugin.gzipKb;
const lazy = Object.entries(withPlugin.manifest)
  .filter(([key, chunk]) => !init.keys.has(key) && chunk.file.endsWith(".js"))
  .map(([key, chunk]) => ({ file: chunk.file, source: chunk.src ?? chunk.name ?? key, gzipKb: round(sizeOf(withPlugin, chunk.file)) }))
  .sort((a, b) => b.gzipKb - a.gzipKb);

// The chart library (@ant-design/plots and the AntV packages under it) loads only on the screens that
// draw: no chunk holding it may be among the initial files or the first pages' scripts.
const isChartPackage = (pkg: string) => pkg === "@ant-design/plots" || pkg.startsWith("@antv/");
const chartFiles = Object.entries(withPlugin.modules)
  .filter(([, pkgs]) => Object.keys(pkgs).some(isChartPackage))
  .map(([file]) => path.basename(file));
const firstPageScripts = new Set(firstPages.plugin.scripts.map((url) => path.basename(url)));
const chartsInInitial = init.files.filter((f) => chartFiles.includes(path.basename(f)));
const chartsInFirstPage = chartFiles.filter((f) => firstPageScripts.has(f));
const chartGzipKb = round(sum(Object.keys(withPlugin.modules).filter((f) => chartFiles.includes(path.basename(f))).map((f) => sizeOf(withPlugin, f))));

/** The packages (and plugin folders) the files hold, largest first, in rendered kB. */
function largestPackages(files: readonly string[], count = 15) {
  const packages: Record<string, number> = {};
  for (const file of files) for (const [pkg, bytes] of Object.entries(withPlugin.modules[file] ?? {})) packages[pkg] = (packages[pkg] ?? 0) + bytes;
  return Object.entries(packages)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([pkg, bytes]) => ({ package: pkg, renderedKb: round(bytes / 1024) }));
}
const topPackages = largestPackages(init.files);
// What the first page holds beyond the entry: where the bytes between the plugin and the references are.
const firstPageOnly = [...new Set(firstPages.plugin.listScripts.map((url) => `assets/${path.basename(url)}`))].filter((f) => !init.files.includes(f));
const topFirstPagePackages = largestPackages(firstPageOnly, 20);

const figures = {
  initialJsGzipKb: round(init.gzip),
  initialJsRawKb: round(init.raw),
  initialJsFiles: init.files.length,
  startupJsGzipKb: round(init.startupGzip),
  firstPageJsGzipKb: round(firstPage),
  firstPageJsFiles: firstPages.plugin.files,
  handwrittenFirstPageJsGzipKb: firstPages.handwritten.gzipKb,
  minimalFirstPageJsGzipKb: firstPages.minimal.gzipKb,
  firstPageRatioVsMinimal: round(firstPage / firstPages.minimal.gzipKb, 2),
  hostWithoutPluginGzipKb: round(host.gzip),
  pluginEagerGzipKb: round(init.gzip - host.gzip),
  pluginStartupGzipKb: round(init.startupGzip - host.startupGzip),
  lazyChunks: lazy.length,
  chartLibraryChunks: chartFiles.length,
  chartLibraryGzipKb: chartGzipKb,
  chartLibraryInFirstPage: chartsInInitial.length + chartsInFirstPage.length > 0,
};
const ok = (value: number, target: number) => (value <= target ? "ok" : "OVER");
printTable("Bundle size (gzip, zlib -9)", ["figure", "kB", "target", ""], [
  ["initial JS: entry + static imports", figures.initialJsGzipKb, `≤ ${TARGETS.initialJsGzipKb}`, ok(figures.initialJsGzipKb, TARGETS.initialJsGzipKb)],
  ["  (raw, minified)", figures.initialJsRawKb, "", ""],
  ["startup: initial + shown language's chunks", figures.startupJsGzipKb, "", ""],
  [`first page: every script fetched until the members list's rows show (${figures.firstPageJsFiles} files)`, figures.firstPageJsGzipKb, `≤ ${TARGETS.firstPageJsGzipKb} (goal ≤ ${GOALS.firstPageJsGzipKb})`, ok(figures.firstPageJsGzipKb, TARGETS.firstPageJsGzipKb)],
  ["  the same, hand-written page (one chunk)", figures.handwrittenFirstPageJsGzipKb, "", ""],
  ["  the same, minimal one-resource Refine + antd app (one chunk)", figures.minimalFirstPageJsGzipKb, "", ""],
  ["  ratio plugin / minimal", figures.firstPageRatioVsMinimal, "", ""],
  ["host without the plugin, initial JS", figures.hostWithoutPluginGzipKb, "", ""],
  ["plugin eager weight (difference)", figures.pluginEagerGzipKb, `≤ ${TARGETS.pluginEagerGzipKb}`, ok(figures.pluginEagerGzipKb, TARGETS.pluginEagerGzipKb)],
  ["  with its strings in the shown language", figures.pluginStartupGzipKb, "", ""],
  [`chart library (${figures.chartLibraryChunks} lazy chunk(s)), loaded by the dashboard and the comparison only`, figures.chartLibraryGzipKb, "not in the first page", figures.chartLibraryInFirstPage ? "OVER" : "ok"],
]);
printTable("Largest lazy chunks", ["chunk", "source", "gzip kB"], lazy.slice(0, 10).map((c) => [c.file, c.source, c.gzipKb]));
printTable("Largest packages in the initial JS (rendered, before minification)", ["package", "kB"], topPackages.map((p) => [p.package, p.renderedKb]));
printTable("Largest packages the first page adds to the initial JS (rendered, before minification)", ["package", "kB"], topFirstPagePackages.map((p) => [p.package, p.renderedKb]));

const file = writeResult("size", {
  ...figures,
  targets: TARGETS,
  goals: GOALS,
  buildSeconds: round(buildSeconds),
  initialFiles: init.files,
  largestLazyChunks: lazy.slice(0, 12),
  topInitialPackages: topPackages,
  topFirstPagePackages,
  references: { reactAdminMinimalGzipKb: 327 },
});
console.log(`\nWrote ${file}`);
if (figures.chartLibraryInFirstPage) {
  console.error(`The chart library is in the first page's JS: ${[...chartsInInitial, ...chartsInFirstPage].join(", ")}`);
  process.exitCode = 1;
}
removeBuilds("size", "handwritten", "minimal");
