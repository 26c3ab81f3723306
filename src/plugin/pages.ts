import { lazy } from "react";

// Every page is its own chunk: a host pays for none of them until a person opens one.
export const pages = {
  list: lazy(() => import("../views/list/ListPage")),
  form: lazy(() => import("../views/form/FormPage")),
  show: lazy(() => import("../views/show/ShowPage")),
  settings: lazy(() => import("../views/settings/SettingsPage")),
};
