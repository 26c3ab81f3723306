import { createPartyBuilding } from "../index";
import { i18next } from "./i18n";
import { currentToken, currentUser } from "./auth";
import { PLUGIN_API } from "./config";

// Exactly what a hospital's host admin writes (see README, "Embed it in your Refine app").
export const party = createPartyBuilding({
  apiUrl: PLUGIN_API,
  routePrefix: "/party",
  dataProviderName: "party",
  auth: { getToken: currentToken },
  getUser: currentUser,
});
party.i18n.register(i18next);
