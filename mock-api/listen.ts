import type { AddressInfo } from "node:net";
import { createMockApi, type MockApiOptions } from "./app";

/** Starts the mock API on a port (0 picks a free one) and tells where it listens. */
export async function listenMockApi(options: MockApiOptions, port = 0, host = "127.0.0.1") {
  const api = createMockApi(options);
  const server = await new Promise<ReturnType<typeof api.app.listen>>((resolve) => {
    const s = api.app.listen(port, host, () => resolve(s));
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    ...api,
    url: `http://${host}:${actual}`,
    port: actual,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
