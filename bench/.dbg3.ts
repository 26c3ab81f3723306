import { launch } from "./support/browser";
import { startMockApi } from "./support/mockApi";
import { serve } from "./support/serve";
import path from "node:path";
const api = await startMockApi(20000);
const h = await serve(path.resolve("bench/.out/handwritten"), api.url);
const b = await launch({});
const t0 = performance.now();
const T = () => Math.round(performance.now() - t0);
b.page.on("request", (r) => r.url().includes("/api/") && console.log(T(), "REQ", r.url().slice(-60)));
b.page.on("requestfinished", (r) => r.url().includes("/api/") && console.log(T(), "FIN", r.url().slice(-60)));
await b.page.goto(h.url + "/members");
console.log(T(), "goto done");
await b.page.waitForSelector(".ant-table-tbody tr.ant-table-row");
console.log(T(), "rows");
await b.page.waitForTimeout(1000);
for (let i = 0; i < 3; i++) {
  const s = T(); console.log(s, "click");
  await b.page.locator("li.ant-pagination-next").click();
  console.log(T(), "clicked");
  await b.page.waitForFunction((n) => document.querySelector(".ant-table-tbody tr.ant-table-row")?.getAttribute("data-row-key") === String(n), (i + 1) * 20 + 1, { polling: "raf" });
  console.log(T(), "row changed");
  await b.page.waitForTimeout(1000);
}
await b.close(); await h.close(); await api.close();
