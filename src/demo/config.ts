// The demo reaches the mock API through the dev/preview server's /api proxy (see vite.config.ts),
// so API_PORT is the only setting and the browser never needs CORS.
export const API_BASE = import.meta.env.VITE_API_URL ?? "/api";
export const PLUGIN_API = API_BASE;
export const HOST_API = `${API_BASE}/host`;
