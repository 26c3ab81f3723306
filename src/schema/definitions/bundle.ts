import { resourceIdentifier } from "../i18nKeys";
import type { Language } from "../types";
import type { ResourceDefinition } from "./types";

type Translate = (key: string, params?: Record<string, string>) => string;

/**
 * The strings a generic page reads by key (menu label, titles, document titles, field labels, help
 * and options, its name in the audit trail), built from a definition's own texts in one language, so
 * the pages need no special case.
 */
export function definitionBundle(def: ResourceDefinition, lng: Language, t: Translate): Record<string, unknown> {
  const id = resourceIdentifier(def.id);
  const label = def.label[lng] ?? def.id;
  const titles = {
    list: t("party.lowcode.titles.list", { label }),
    create: t("party.lowcode.titles.create", { label }),
    edit: t("party.lowcode.titles.edit", { label, id: "{{id}}" }),
    show: t("party.lowcode.titles.show", { label, id: "{{id}}" }),
  };
  const bundle: Record<string, unknown> = {
    [id]: {
      [id]: label,
      titles,
      fields: Object.fromEntries(def.fields.map((f) => [f.key, f.label[lng] ?? f.key])),
      help: Object.fromEntries(def.fields.filter((f) => f.help?.[lng]).map((f) => [f.key, f.help![lng]])),
      options: Object.fromEntries(def.fields.filter((f) => f.options?.length).map((f) => [f.key, Object.fromEntries(f.options!.map((o) => [o.value, o.label[lng] ?? o.value]))])),
    },
    documentTitle: { [id]: titles },
    // The audit trail names the resource of each entry, a defined one too.
    "party-audit-logs": { options: { resource: { [def.id]: label } } },
  };
  if (def.groupLabel?.[lng]) bundle[`party-${def.group}`] = { [`party-${def.group}`]: def.groupLabel[lng] };
  return bundle;
}
