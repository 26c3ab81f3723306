// The demo is what a hospital's host admin writes, so it may use the plugin only as a host can: by
// its package name (`refine-party-building`, `refine-party-building/sheet-worker`). A relative import
// that leaves src/demo/ reaches the plugin's internals (or the mock API), which a host cannot import;
// the demo's own locale file (locales/<lng>/demo.json) is the one thing outside it that it owns.
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const DEMO = path.join(ROOT, "src/demo") + path.sep;
const OWN_LOCALE = /^locales\/[\w-]+\/demo\.json$/;

/** @type {import("eslint").Rule.RuleModule} */
export default {
  meta: {
    type: "problem",
    docs: { description: "src/demo/ imports the plugin only through its public entries" },
    messages: {
      internal: "The demo may import the plugin only as a host does: from \"refine-party-building\" (or \"refine-party-building/sheet-worker\"), not \"{{source}}\".",
    },
    schema: [],
  },
  create(context) {
    const file = path.resolve(context.filename);
    const check = (node) => {
      const source = node?.type === "Literal" && typeof node.value === "string" ? node.value : undefined;
      if (!source || !source.startsWith(".")) return;
      const target = path.resolve(path.dirname(file), source);
      if (target.startsWith(DEMO) || OWN_LOCALE.test(path.relative(ROOT, target).split(path.sep).join("/"))) return;
      context.report({ node, messageId: "internal", data: { source } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
