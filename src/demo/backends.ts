import type { PartyBuildingOptions } from "refine-party-building";
import { PLUGIN_API } from "./config";
import { ENVELOPE_ENDPOINTS, ENVELOPE_FIELDS } from "./envelopeBackend";

/** The options that say which backend the plugin talks to; no page knows which one it is. */
export type BackendChoice = Required<Pick<PartyBuildingOptions, "apiUrl">> & Pick<PartyBuildingOptions, "adapter" | "endpoints" | "fieldMap">;

// The envelope mock (`npm run mock:envelope`) is called directly; it answers CORS.
const ENVELOPE_API = (import.meta.env.VITE_ENVELOPE_API_URL as string | undefined) ?? "http://127.0.0.1:4020";

export const BACKENDS = {
  "simple-rest": { apiUrl: PLUGIN_API },
  envelope: { apiUrl: ENVELOPE_API, adapter: "envelope", endpoints: ENVELOPE_ENDPOINTS, fieldMap: ENVELOPE_FIELDS },
} satisfies Record<string, BackendChoice>;
export type BackendName = keyof typeof BACKENDS;

export const BACKEND_KEY = "party.backend";

interface Stored {
  name?: string;
  apiUrl?: string;
}

const isName = (name: unknown): name is BackendName => typeof name === "string" && name in BACKENDS;

function readStored(storage: Storage): Stored {
  const raw = storage.getItem(BACKEND_KEY);
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    return parsed && typeof parsed === "object" ? (parsed as Stored) : { name: String(parsed) };
  } catch {
    return { name: raw };
  }
}

/**
 * The demo's backend, chosen by configuration alone: `?backend=envelope` (remembered in localStorage),
 * localStorage `party.backend` = `"envelope"` or `{ "name": "envelope", "apiUrl": "http://…" }`, or the
 * build-time VITE_BACKEND; default simple-rest through /api. A URL may only pick a preset: an address
 * from a link could send the user's token anywhere, so only storage can change `apiUrl`.
 */
export function selectedBackend(search: string = window.location.search, storage: Storage = localStorage): BackendChoice {
  const fromUrl = new URLSearchParams(search).get("backend");
  if (isName(fromUrl)) storage.setItem(BACKEND_KEY, JSON.stringify({ name: fromUrl }));
  const stored = readStored(storage);
  const name = isName(stored.name) ? stored.name : isName(import.meta.env.VITE_BACKEND) ? import.meta.env.VITE_BACKEND : "simple-rest";
  return { ...BACKENDS[name], ...(stored.apiUrl ? { apiUrl: stored.apiUrl } : {}) };
}
