import type { AddressInfo } from "node:net";
import type { MockApiOptions } from "../app";
import { listenMockApi } from "../listen";
import { createEnvelopeApi } from "./app";

/**
 * The envelope backend on a port (0 picks a free one), over its own simple-rest mock on another free
 * port (or over `target`, an already running simple-rest backend).
 */
export async function listenEnvelopeApi(options: MockApiOptions & { target?: string }, port = 0, host = "127.0.0.1") {
  const inner = options.target ? undefined : await listenMockApi(options, 0, host);
  const app = createEnvelopeApi({ target: options.target ?? inner!.url });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const s = app.listen(port, host, () => resolve(s));
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    /** The wrapped simple-rest mock (undefined when wrapping an external `target`). */
    inner,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await inner?.close();
    },
  };
}
