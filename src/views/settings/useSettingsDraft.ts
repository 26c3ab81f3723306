import { useCreate, useInvalidate, useUpdate } from "@refinedev/core";
import { useMemo, useState } from "react";
import { isPartyHttpError } from "../../data/httpError";
import { titleLookup } from "../../schema/definitions";
import { mergeSchema } from "../../schema/mergeSchema";
import { knownRoles } from "../../schema/roles";
import type { ResourceSettings } from "../../schema/settingsTypes";
import type { FieldError } from "../../schema/types";
import { validateSettings } from "../../schema/validateSettings";
import { usePartyConfig } from "../context/PartyContext";
import { useDefinitions } from "../hooks/useDefinitions";
import { SETTINGS_RESOURCE, useResourceSettings } from "../hooks/useResourceSettings";

const USABLE_KEY = /^[a-z][a-zA-Z0-9]*$/;

/**
 * An administrator's working copy of one resource's settings, its errors as you type (the
 * backend's own function), its preview schema, and saving it.
 */
export function useSettingsDraft(resourceName: string) {
  const config = usePartyConfig();
  const { settings } = useResourceSettings(config.dataProviderName);
  const { definitions } = useDefinitions();
  const stored = settings.find((s) => s.id === resourceName);
  const [draft, setDraft] = useState<ResourceSettings>(() => stored ?? { id: resourceName });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const base = config.resources[resourceName];
  const targets = useMemo(() => [...Object.keys(config.resources), ...definitions.map((d) => d.id)], [config.resources, definitions]);
  const roles = useMemo(() => knownRoles(settings), [settings]);
  const live = useMemo(() => validateSettings(base, draft, { targets, roles }), [base, draft, targets, roles]);
  // The preview never fails on a half-typed field: custom fields with broken keys are left out.
  const preview = useMemo(() => {
    const usable = { ...draft, customFields: draft.customFields?.filter((f) => USABLE_KEY.test(f.key)) };
    return mergeSchema(base, config.overrides[resourceName], usable, titleLookup(config.resources, definitions));
  }, [base, config, resourceName, draft, definitions]);
  const { mutateAsync: create, mutation: createMutation } = useCreate();
  const { mutateAsync: update, mutation: updateMutation } = useUpdate();
  const invalidate = useInvalidate();

  const save = async (): Promise<boolean> => {
    setErrors(live);
    if (live.length) return false;
    const common = { resource: SETTINGS_RESOURCE, dataProviderName: config.dataProviderName, successNotification: false as const };
    try {
      const saved = stored
        ? await update({ ...common, id: resourceName, values: { ...draft, id: resourceName } })
        : await create({ ...common, values: { ...draft, id: resourceName } });
      setDraft(saved.data as ResourceSettings);
      await invalidate({ resource: SETTINGS_RESOURCE, dataProviderName: config.dataProviderName, invalidates: ["list", "many", "detail"] });
      return true;
    } catch (error) {
      // Another administrator saved first (409): say so, with what differs, rather than overwrite.
      if (isPartyHttpError(error) && error.kind === "conflict") {
        const current = (error.current ?? {}) as Record<string, unknown>;
        const parts = Object.keys({ ...current, ...draft }).filter((k) => k !== "version" && JSON.stringify(current[k]) !== JSON.stringify((draft as unknown as Record<string, unknown>)[k]));
        setErrors([{ field: "version", key: "party.settings.errors.conflict", params: { parts: parts.join(", ") } }]);
        return false;
      }
      if (isPartyHttpError(error) && error.fieldErrors) {
        setErrors(Object.entries(error.fieldErrors).flatMap(([field, list]) => list.map((e) => ({ field, ...e }))));
      }
      return false;
    }
  };

  const edit = (next: ResourceSettings) => {
    setErrors([]);
    setDraft(next);
  };

  return { draft, setDraft: edit, preview, errors, live, targets, save, saving: createMutation.isPending || updateMutation.isPending };
}
