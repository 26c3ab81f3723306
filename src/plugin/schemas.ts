import { builtInResources } from "../resources";

// Its own chunk, loaded with the first plugin page (pages.tsx) or by a host's loadSchemas().
export const builtInSchemas = Object.fromEntries(builtInResources.map((def) => [def.name, def]));
