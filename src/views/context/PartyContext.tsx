import { createContext, useContext } from "react";
import type { PartyUser } from "../../domain/access";
import type { ResourceOverride, ResourceSettings } from "../../schema/settingsTypes";
import type { ResourceDef } from "../../schema/types";
import type { SheetReader } from "../transfer/readSheetInWorker";
import type { ResourcePermissions } from "../../domain/permissions";
import type { ResourceDefinition } from "../../schema/definitions";

/** The administrators' resource definitions as the plugin keeps them (src/plugin/definitions). */
export interface DefinitionsSource {
  subscribe(listener: () => void): () => void;
  getSnapshot(): { definitions: readonly ResourceDefinition[]; loaded: boolean };
  /** Loads them unless loaded for the signed-in user. */
  ensure(): Promise<void>;
  /** Loads them again (after a save). */
  reload(): Promise<void>;
  permissionsOf(name: string): ResourcePermissions | undefined;
  /** Takes the built-in resources' permissions from the settings the pages read. */
  adoptSettings(settings: readonly ResourceSettings[]): void;
}

export interface PartyConfig {
  resources: Record<string, ResourceDef>;
  overrides: Record<string, ResourceOverride>;
  dataProviderName: string;
  routePrefix: string;
  /** The signed-in user, when the host enforces roles; without it everything is allowed. */
  getUser?: () => PartyUser | undefined;
  /** Reads import files; absent means in the page. */
  readSheet?: SheetReader;
  /** The administrators' resource definitions (absent when pages are rendered outside a plugin instance). */
  definitions?: DefinitionsSource;
}

/** The configuration a host's routes carry before any page loads; the schemas come with the pages. */
export type PartyScope = Omit<PartyConfig, "resources">;

export const PartyContext = createContext<PartyConfig | null>(null);

export function usePartyConfig(): PartyConfig {
  const config = useContext(PartyContext);
  if (!config) throw new Error("Plugin pages must be rendered through createPartyBuilding().routes");
  return config;
}
