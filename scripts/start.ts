// `npm start` (dev server) and `npm run serve` (production build + preview), each beside the mock API.
// PORT is the app's port (default 5173), API_PORT the mock API's (default 4010).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";

const mode = process.argv[2] === "serve" ? "serve" : "dev";
const env = { ...process.env, PORT: process.env.PORT ?? "5173", API_PORT: process.env.API_PORT ?? "4010" };
const bin = (name: string) => `node_modules/.bin/${name}`;

if (mode === "serve") {
  const build = spawnSync(bin("vite"), ["build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const children: ChildProcess[] = [
  spawn(bin("tsx"), ["mock-api/server.ts"], { stdio: "inherit", env }),
  spawn(bin("vite"), mode === "serve" ? ["preview"] : [], { stdio: ["inherit", "pipe", "inherit"], env }),
];
children[1].stdout?.on("data", (chunk: Buffer) => process.stdout.write(chunk));

console.log(`Demo admin  http://127.0.0.1:${env.PORT}/   (mock API on http://127.0.0.1:${env.API_PORT}, proxied at /api)`);

const stop = (code: number) => {
  for (const child of children) child.kill("SIGTERM");
  process.exit(code);
};
for (const child of children) child.on("exit", (code) => stop(code ?? 0));
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
