// The demo picks its backend by configuration alone (src/demo/backends.ts).
import { describe, expect, it } from "vitest";
import { ENVELOPE_ENDPOINTS, ENVELOPE_FIELDS } from "../../../mock-api/envelope/naming";
import { BACKEND_KEY, selectedBackend } from "../../../src/demo/backends";

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

describe("selectedBackend", () => {
  it("the demo's envelope preset names what the envelope mock answers to", async () => {
    const demo = await import("../../../src/demo/envelopeBackend");
    expect(demo.ENVELOPE_ENDPOINTS).toEqual(ENVELOPE_ENDPOINTS);
    expect(demo.ENVELOPE_FIELDS).toEqual(ENVELOPE_FIELDS);
  });

  it("defaults to simple-rest through /api with no adapter options", () => {
    expect(selectedBackend("", memoryStorage())).toEqual({ apiUrl: "/api" });
  });

  it("?backend=envelope selects the envelope preset and remembers it", () => {
    const storage = memoryStorage();
    expect(selectedBackend("?backend=envelope", storage)).toMatchObject({
      adapter: "envelope",
      endpoints: ENVELOPE_ENDPOINTS,
      fieldMap: ENVELOPE_FIELDS,
    });
    expect(selectedBackend("", storage).adapter).toBe("envelope");
    expect(selectedBackend("?backend=simple-rest", storage)).toEqual({ apiUrl: "/api" });
  });

  it("localStorage may also move the address; a URL may not, and an unknown name is ignored", () => {
    const storage = memoryStorage({ [BACKEND_KEY]: JSON.stringify({ name: "envelope", apiUrl: "http://127.0.0.1:5555" }) });
    expect(selectedBackend("?apiUrl=http://evil.example", storage)).toMatchObject({ adapter: "envelope", apiUrl: "http://127.0.0.1:5555" });
    expect(selectedBackend("?backend=nope", memoryStorage({ [BACKEND_KEY]: "envelope" })).adapter).toBe("envelope");
    expect(selectedBackend("?backend=nope", memoryStorage())).toEqual({ apiUrl: "/api" });
  });
});
