import { readSheet, SheetError, type Sheet } from "./readSheet";
import type { SheetReply } from "./sheetWorker";

/** How the import dialog reads a file (the `readSheet` option). */
export type SheetReader = (file: File) => Promise<Sheet>;

/**
 * A SheetReader that reads in a Web Worker, so the page stays responsive while exceljs or papaparse
 * work. The host creates the worker (its bundler must see `new Worker(new URL(...))`); the worker
 * module calls `answerSheetRequests()` from `refine-party-building/sheet-worker`. Where workers are
 * missing or the worker cannot start, the file is read in the page instead.
 */
export function readSheetInWorker(createWorker: () => Worker): SheetReader {
  return (file) => {
    if (typeof Worker === "undefined") return readSheet(file);
    return new Promise((resolve, reject) => {
      const worker = createWorker();
      worker.onmessage = ({ data }: MessageEvent<SheetReply>) => {
        worker.terminate();
        if ("sheet" in data) resolve(data.sheet);
        else if ("key" in data) reject(new SheetError(data.key, data.params));
        else reject(new Error(data.unreadable));
      };
      // The worker catches every failure of reading, so an error event means it never ran.
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        readSheet(file).then(resolve, reject);
      };
      worker.postMessage(file);
    });
  };
}
