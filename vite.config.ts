import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

// The demo calls /api; dev and preview servers forward it to the mock API on API_PORT.
const apiPort = Number(process.env.API_PORT ?? 4010);
const proxy = {
  "/api": {
    target: `http://127.0.0.1:${apiPort}`,
    changeOrigin: true,
    rewrite: (path: string) => path.replace(/^\/api/, "") || "/",
  },
};
const port = Number(process.env.PORT ?? 5173);

/**
 * @refinedev/antd ships one 127 kB module (dist/index.mjs): whatever any lazy page uses from it
 * (List → pro-layout, useForm → antd Form, Tabs, Card …) lands in the chunk the layout loads first.
 * Its package also ships its sources, one module per component, so a build resolves to those and
 * rolldown can leave page-only parts in the page chunks. Build only: dev keeps the prebundled dist.
 * A release without `src/` falls back to the dist module.
 */
function refineAntdFromSource(): Plugin {
  // Importers arrive by their real path, so a symlinked node_modules (workspaces, pnpm) is resolved first.
  const linked = path.resolve(import.meta.dirname, "node_modules/@refinedev/antd/src");
  const src = existsSync(linked) ? realpathSync(linked) : linked;
  const alias = /^@(components|hooks|definitions|contexts)(\/.*)?$/;
  return {
    name: "refine-antd-from-source",
    apply: "build",
    enforce: "pre",
    resolveId(source, importer, options) {
      if (source === "@refinedev/antd") return existsSync(path.join(src, "index.tsx")) ? path.join(src, "index.tsx") : null;
      const match = importer?.startsWith(src) ? alias.exec(source) : null;
      return match ? this.resolve(path.join(src, match[1], match[2] ?? ""), importer, { ...options, skipSelf: true }) : null;
    },
  };
}

/**
 * Packages without a `sideEffects` field are kept whole once imported, used or not: @refinedev/antd
 * imports react-markdown (MarkdownField) and @refinedev/core papaparse (useImport/useExport) at the top;
 * antd's Modal and Drawer import one context from rc-field-form, whose index then brought the whole form engine.
 * These have no import-time effects, so unused ones are dropped (papaparse still loads for import/export).
 */
function pureModules(): Plugin {
  const pure = /\/node_modules\/(react-markdown|remark-gfm|papaparse|sunflower-antd|@refinedev\/ui-types|rc-field-form|@rc-component\/async-validator)\//;
  return {
    name: "pure-modules",
    apply: "build",
    transform: { filter: { id: pure }, handler: (code) => ({ code, moduleSideEffects: false }) },
  };
}

/**
 * The demo imports the plugin by its package name, as a host does; here the names point at the sources
 * (the library build's two entries). An ESLint rule keeps src/demo/ to these public entries.
 */
const publicEntries = {
  "refine-party-building/sheet-worker": path.resolve(import.meta.dirname, "src/views/transfer/sheetWorker.ts"),
  "refine-party-building": path.resolve(import.meta.dirname, "src/index.ts"),
};
const publicAlias = Object.entries(publicEntries).map(([name, file]) => ({ find: new RegExp(`^${name}$`), replacement: file }));

export default defineConfig({
  plugins: [react(), refineAntdFromSource(), pureModules()],
  resolve: { alias: publicAlias },
  // Module workers can split: the import worker loads exceljs only for .xlsx, papaparse only for .csv.
  worker: { format: "es" },
  server: { port, strictPort: true, host: "127.0.0.1", proxy },
  preview: { port, strictPort: true, host: "127.0.0.1", proxy },
  build: {
    outDir: "dist/demo",
    target: "es2022",
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The sources re-export their types without `export type`; only those names may be shimmed.
      shimMissingExports: true,
      onLog(level, log, handler) {
        if (log.code !== "SHIMMED_EXPORT") return handler(level, log);
        if (!log.message.includes("node_modules/@refinedev/antd/src/")) handler("error", log);
      },
    },
  },
});
