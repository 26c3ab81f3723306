import { lazy, type ComponentType } from "react";
import { PartyContext, type PartyScope } from "../views/context/PartyContext";
import { withSchemas } from "./withSchemas";

export const loadSchemas = () => import("./schemas").then((m) => m.builtInSchemas);

const loadLocale = () => import("../views/context/PartyLocale").then((m) => m.PartyLocale);

/**
 * A page's chunk and the schemas load together, then the page renders inside the plugin's context,
 * with antd in the plugin's language (PartyLocale).
 */
export function page(load: () => Promise<{ default: ComponentType }>) {
  return lazy(async () => {
    const [{ default: Page }, resources, PartyLocale] = await Promise.all([load(), loadSchemas(), loadLocale()]);
    return {
      default: ({ scope }: { scope: PartyScope }) => (
        <PartyContext.Provider value={withSchemas(scope, resources)}>
          <PartyLocale>
            <Page />
          </PartyLocale>
        </PartyContext.Provider>
      ),
    };
  });
}

/** Each page's chunk; a second import() of the same module answers the first one's promise. */
export const pageChunks = {
  list: () => import("../views/list/ListPage"),
  form: () => import("../views/form/FormPage"),
  show: () => import("../views/show/ShowPage"),
  settings: () => import("../views/settings/SettingsPage"),
};
export type PageKind = keyof typeof pageChunks;

// Every page is its own chunk: a host pays for none of them, nor for the schemas, until a person opens one.
export const pages = {
  list: page(pageChunks.list),
  form: page(pageChunks.form),
  show: page(pageChunks.show),
  settings: page(pageChunks.settings),
};
