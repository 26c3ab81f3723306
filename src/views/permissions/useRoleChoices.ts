import { useGetLocale, useTranslate } from "@refinedev/core";
import { useMemo } from "react";
import { BUILT_IN_ROLES } from "../../domain/access";
import { addedRoles } from "../../schema/roles";
import { toLanguage } from "../../i18n/uiLocales";
import { usePartyConfig } from "../context/PartyContext";
import { useResourceSettings } from "../hooks/useResourceSettings";

/** The roles a permission is set for, labelled in the page's language: secretary, member and those administrators added. */
export function useRoleChoices() {
  const t = useTranslate();
  const lng = toLanguage(useGetLocale()());
  const { dataProviderName } = usePartyConfig();
  const { settings } = useResourceSettings(dataProviderName);
  return useMemo(
    () => [
      ...BUILT_IN_ROLES.filter((role) => role !== "admin").map((role) => ({ value: role, label: t(`party.lowcode.roles.${role}`) })),
      ...addedRoles(settings).map((option) => ({ value: option.value, label: option.label[lng] || option.value })),
    ],
    [t, lng, settings],
  );
}
