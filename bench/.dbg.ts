import { launch } from "./support/browser";
import { adminSession, startMockApi } from "./support/mockApi";
import { serve } from "./support/serve";
import path from "node:path";
const api = await startMockApi(20000);
const s = await serve(path.resolve("bench/.out/list-demo"), api.url);
const h = await serve(path.resolve("bench/.out/handwritten"), api.url);
const storage = await adminSession(api.url, api.db);
console.log(storage);
for (const [srv, p, st] of [[s, "/party/members", storage], [h, "/members", {}]] as const) {
  const b = await launch(st);
  b.page.on("request", (r) => r.url().includes("/api/") && console.log("REQ", r.url()));
  b.page.on("console", (m) => console.log("CONSOLE", m.type(), m.text().slice(0, 200)));
  b.page.on("pageerror", (e) => console.log("ERR", e.message));
  await b.page.goto(srv.url + p);
  await b.page.waitForTimeout(4000);
  await b.page.screenshot({ path: `/tmp/ana/${p.replace(/\//g, "_")}.png` });
  console.log(await b.page.evaluate(() => document.querySelector(".ant-table-tbody tr.ant-table-row")?.outerHTML.slice(0, 1500)));
  await b.close();
}
await s.close(); await h.close(); await api.close();
