// Checking a big import in slices: every slice's progress must get its turn to render before the
// next slice starts, or the bar stands still until the end. React renders in a task of its own,
// stood in for here by a timer set when progress is reported.
import { afterEach, describe, expect, it } from "vitest";
import { builtInResources } from "../../../src/resources";
import { mergeSchema } from "../../../src/schema/mergeSchema";
import { CHECK_SLICE, mapImportInSlices } from "../../../src/views/transfer/mapImport";

const branches = mergeSchema(builtInResources.find((def) => def.name === "branches")!);
const sheet = (count: number) => ({
  headers: ["name", "type"],
  rows: Array.from({ length: count }, (_, i) => [`第${i + 1}党支部`, "clinical"]),
});
const check = (count: number, onProgress: (done: number) => void) =>
  mapImportInSlices(onProgress, branches, sheet(count), (h) => h, (_field, text) => text, { today: "2026-11-23", mode: "create" });

describe("mapImportInSlices", () => {
  const original = (globalThis as { scheduler?: unknown }).scheduler;
  afterEach(() => {
    (globalThis as { scheduler?: unknown }).scheduler = original;
  });

  it("judges every row and reports the rows judged after each slice", async () => {
    const reported: number[] = [];
    const rows = await check(CHECK_SLICE * 2 + 10, (done) => reported.push(done));
    expect(rows).toHaveLength(CHECK_SLICE * 2 + 10);
    expect(rows.every((row) => row.errors.length === 0)).toBe(true);
    expect(reported).toEqual([CHECK_SLICE, CHECK_SLICE * 2, CHECK_SLICE * 2 + 10]);
  });

  it("lets a render task queued with each progress report run before the next slice, even where scheduler.yield exists", async () => {
    // Chrome's scheduler.yield() continues ahead of queued tasks; a prompt stand-in shows the same.
    (globalThis as { scheduler?: unknown }).scheduler = { yield: () => Promise.resolve() };
    const rendered: number[] = [];
    const unrenderedAtNextSlice: number[] = [];
    let last = 0;
    await check(CHECK_SLICE * 3, (done) => {
      if (last > 0 && rendered.at(-1) !== last) unrenderedAtNextSlice.push(last);
      last = done;
      setTimeout(() => rendered.push(done));
    });
    expect(unrenderedAtNextSlice).toEqual([]);
  });
});
