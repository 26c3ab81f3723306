import type { DataProvider } from "@refinedev/core";
import type { i18n as I18n } from "i18next";
import type { PartyUser } from "../../domain/access";
import { overRulesOf, type ResourcePermissions } from "../../domain/permissions";
import type { ResourceSettings } from "../../schema/settingsTypes";
import { loadPartyLanguage } from "../../i18n/register";
// The modules themselves, not the folder's index: the store is in the entry, the validation and templates are not.
import { definitionBundle } from "../../schema/definitions/bundle";
import { definitionPermissions } from "../../schema/definitions/toResourceDef";
import { DEFINITIONS_RESOURCE, type ResourceDefinition } from "../../schema/definitions/types";
import { resourceIdentifier } from "../../schema/i18nKeys";
import type { Language } from "../../schema/types";

export interface DefinitionsSnapshot {
  definitions: readonly ResourceDefinition[];
  /** False until the first answer for the signed-in user (or its failure). */
  loaded: boolean;
}

const supported = (lng: string): lng is Language => lng === "zh-CN" || lng === "en-US";
const namespace = (i18n: I18n) => [i18n.options.defaultNS ?? "translation"].flat()[0] || "translation";

/**
 * The administrators' resource definitions, read once per signed-in user through the plugin's data
 * provider and shared by the host's resource list (menu), the routes' pages and the access checks.
 * A saved definition reloads it. Each definition's texts join the host's i18next under the keys the
 * generic pages read, before anyone is told of the change.
 */
export function createDefinitionsStore(dataProvider: DataProvider, getUser?: () => PartyUser | undefined) {
  let snapshot: DefinitionsSnapshot = { definitions: [], loaded: false };
  let loadedFor: string | undefined;
  let pending: Promise<void> | undefined;
  let i18n: I18n | undefined;
  /** Built-in resources' permissions from the administrators' settings, as the pages last read them. */
  let builtIn = new Map<string, ResourcePermissions>();
  let builtInStamp = "";
  const listeners = new Set<() => void>();
  const userKey = () => (getUser ? String(getUser()?.id ?? "") : "anyone");

  const addTexts = async (defs: readonly ResourceDefinition[]) => {
    const lng = i18n?.language;
    if (!i18n || !lng || !supported(lng)) return;
    await loadPartyLanguage(i18n, lng);
    const t = i18n.getFixedT(lng);
    for (const def of defs) i18n.addResourceBundle(lng, namespace(i18n), definitionBundle(def, lng, (key, params) => t(key, params)), true, true);
  };

  const publish = async (definitions: readonly ResourceDefinition[]) => {
    await addTexts(definitions);
    snapshot = { definitions, loaded: true };
    listeners.forEach((listener) => listener());
  };

  const reload = (): Promise<void> => {
    const key = userKey();
    if (!key) return Promise.resolve(); // not signed in yet
    loadedFor = key;
    pending = dataProvider
      .getList({ resource: resourceIdentifier(DEFINITIONS_RESOURCE), pagination: { mode: "off" } })
      .then((answer) => publish(answer.data as unknown as ResourceDefinition[]))
      .catch(() => publish(snapshot.definitions));
    return pending;
  };

  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    /** Loads the definitions unless they were loaded for the signed-in user already. */
    ensure: () => (loadedFor === userKey() && pending ? pending : reload()),
    reload,
    /** The i18next instance `party.i18n.register` was given: texts follow its language. */
    attach: (instance: I18n) => {
      if (i18n === instance) return;
      i18n = instance;
      instance.on("languageChanged", () => void publish(snapshot.definitions));
    },
    find: (name: string) => snapshot.definitions.find((d) => d.id === name),
    /** A defined resource's permissions, or a built-in one's from its settings (which narrow its rules). */
    permissionsOf: (name: string): ResourcePermissions | undefined => {
      const def = snapshot.definitions.find((d) => d.id === name);
      return def ? definitionPermissions(def) : builtIn.get(name);
    },
    /**
     * Takes the built-in resources' permissions from the settings the pages read (no request of its
     * own); the menu and buttons are told only when they changed.
     */
    adoptSettings: (settings: readonly ResourceSettings[]) => {
      const carrying = settings.filter((s) => s.permissions);
      const stamp = JSON.stringify(carrying.map((s) => [s.id, s.permissions]));
      if (stamp === builtInStamp) return;
      builtInStamp = stamp;
      builtIn = new Map(carrying.map((s) => [s.id, overRulesOf(s.permissions)!]));
      listeners.forEach((listener) => listener());
    },
  };
}
export type DefinitionsStore = ReturnType<typeof createDefinitionsStore>;
