import { useEffect, useSyncExternalStore } from "react";
import type { ResourceDefinition } from "../../schema/definitions";
import { usePartyConfig } from "../context/PartyContext";

const NONE = { definitions: [] as readonly ResourceDefinition[], loaded: true };
const noSubscription = () => () => undefined;

/** The administrators' resource definitions, loaded once per signed-in user and kept current. */
export function useDefinitions() {
  const { definitions: source } = usePartyConfig();
  const snapshot = useSyncExternalStore(source?.subscribe ?? noSubscription, source?.getSnapshot ?? (() => NONE));
  useEffect(() => void source?.ensure(), [source]);
  return { ...snapshot, reload: () => source?.reload() ?? Promise.resolve() };
}
