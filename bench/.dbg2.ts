import { startMockApi } from "./support/mockApi";
const api = await startMockApi(20000);
for (const p of ["/resource-settings", "/branches?_start=0&_end=20", "/members?_start=0&_end=20&_sort=id&_order=asc", "/branches?id=1", "/members?_start=0&_end=20&_sort=id&_order=asc&gender=female", "/members?_start=0&_end=20&_sort=name&_order=asc&gender=female", "/members?_end=20&_order=asc&_sort=id&_start=0", "/branches?id=1&id=2&id=5"]) {
  const ts = [];
  for (let i = 0; i < 3; i++) { const t = performance.now(); const r = await fetch(api.url + p); await r.text(); ts.push(Math.round(performance.now() - t)); }
  console.log(p, ts.join(" "));
}
await api.close();
