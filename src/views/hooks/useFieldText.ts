import { useGetLocale, useTranslate } from "@refinedev/core";
import { useCallback } from "react";
import { keys, resourceIdentifier } from "../../schema/i18nKeys";
import type { EffectiveResource, FieldError, Language } from "../../schema/types";
import { toLanguage } from "../../i18n/uiLocales";

/** Labels, option names and help of a resource's fields: administrator text first, else i18n keys. */
export function useFieldText(resource: EffectiveResource | undefined) {
  const translate = useTranslate();
  const lng: Language = toLanguage(useGetLocale()());
  const name = resource?.name ?? "";

  // A field the schema no longer has (say, a removed custom field in an old audit entry) shows its
  // key, and so does a custom field not yet named in this language (it has no i18n key to look up).
  const label = useCallback(
    (field: string) => {
      const def = resource?.fields[field];
      if (resource && !def) return field;
      if (def?.custom) return def.label?.[lng]?.trim() || field;
      return def?.label?.[lng] ?? translate(keys.field(name, field));
    },
    [resource, lng, translate, name],
  );
  const option = useCallback(
    (field: string, value: string) =>
      resource?.fields[field]?.optionLabels?.[value]?.[lng] ?? translate(keys.option(name, field, value)),
    [resource, lng, translate, name],
  );
  const help = useCallback(
    (field: string) => (resource?.fields[field]?.help ? (resource.fields[field].helpText?.[lng] ?? translate(keys.help(name, field))) : undefined),
    [resource, lng, translate, name],
  );
  const itemLabel = useCallback((field: string, sub: string) => translate(`${resourceIdentifier(name)}.items.${field}.${sub}`), [translate, name]);
  const error = useCallback((e: Pick<FieldError, "key" | "params">) => translate(e.key, e.params ?? {}), [translate]);
  return { label, option, help, error, itemLabel, lng, t: translate };
}
