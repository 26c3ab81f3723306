import { useCreate, useCustomMutation, useApiUrl, useUpdate } from "@refinedev/core";
import { useMemo, useState } from "react";
import { isPartyHttpError } from "../../../data/httpError";
import { MENU_GROUPS, SCREEN_MANIFEST } from "../../../resources/manifest";
import { definitionToResource, DEFINITIONS_RESOURCE, titleLookup, validateDefinition, type ResourceDefinition } from "../../../schema/definitions";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import { mergeSchema } from "../../../schema/mergeSchema";
import type { FieldError } from "../../../schema/types";
import { usePartyConfig } from "../../context/PartyContext";
import { useDefinitions } from "../../hooks/useDefinitions";
import { differingParts } from "./draftOps";

const RESOURCE = resourceIdentifier(DEFINITIONS_RESOURCE);

/**
 * One definition being designed: the draft, its errors as you type (the backend's own function),
 * the preview schema, and saving it (422 and 409 answered in words) or deleting it.
 */
export function useDefinitionDraft(initial: ResourceDefinition, isNew: boolean, onSaved: (saved: ResourceDefinition) => void) {
  const config = usePartyConfig();
  const { definitions, reload } = useDefinitions();
  const [draft, setDraft] = useState(initial);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState<{ current: ResourceDefinition; parts: string[] }>();
  const others = useMemo(() => definitions.filter((d) => d.id !== initial.id || isNew), [definitions, initial.id, isNew]);
  const errors = useMemo(
    () =>
      validateDefinition(draft, {
        builtIns: [...Object.keys(config.resources), ...SCREEN_MANIFEST.map((s) => s.name)],
        groups: [...MENU_GROUPS.map((g) => g.name), ...others.map((d) => d.group)],
        definitions: others,
        isNew,
      }),
    [draft, config.resources, others, isNew],
  );
  // The preview never fails on a half-typed definition: fields with broken keys are left out.
  const preview = useMemo(() => {
    const usable = { ...draft, fields: draft.fields.filter((f) => /^[a-z][a-zA-Z0-9]*$/.test(f.key)) };
    const def = { ...usable, titleField: usable.fields.some((f) => f.key === draft.titleField) ? draft.titleField : (usable.fields[0]?.key ?? "") };
    return mergeSchema(definitionToResource({ ...def, id: def.id || "preview" }, titleLookup(config.resources, definitions)));
  }, [draft, config.resources, definitions]);

  const { mutateAsync: create, mutation: creating } = useCreate();
  const { mutateAsync: update, mutation: updating } = useUpdate();
  const { mutateAsync: custom } = useCustomMutation();
  const apiUrl = useApiUrl(config.dataProviderName);
  const common = { resource: RESOURCE, dataProviderName: config.dataProviderName, successNotification: false as const, errorNotification: false as const };

  const edit = (next: ResourceDefinition) => {
    setServerErrors([]);
    setDraft(next);
  };

  const save = async (): Promise<boolean> => {
    if (errors.length) return false;
    try {
      const saved = isNew ? await create({ ...common, values: draft }) : await update({ ...common, id: draft.id, values: draft });
      const stored = saved.data as unknown as ResourceDefinition;
      setDraft(stored);
      setConflict(undefined);
      await reload();
      onSaved(stored);
      return true;
    } catch (error) {
      if (isPartyHttpError(error) && error.kind === "conflict" && error.current) {
        const current = error.current as unknown as ResourceDefinition;
        setConflict({ current, parts: differingParts(draft, current) });
      } else if (isPartyHttpError(error) && error.fieldErrors) {
        setServerErrors(Object.entries(error.fieldErrors).flatMap(([field, list]) => list.map((e) => ({ field, ...e }))));
      } else throw error;
      return false;
    }
  };

  /** Takes the other administrator's version (the draft's edits are dropped). */
  const takeTheirs = () => {
    if (!conflict) return;
    setDraft(conflict.current);
    setConflict(undefined);
  };
  /** Keeps this draft over theirs: saved again on their version. */
  const keepMine = () => {
    if (!conflict) return;
    setDraft({ ...draft, version: conflict.current.version });
    setConflict(undefined);
  };

  const remove = async (typed: string) => {
    try {
      // A resource with records is deleted only with its identifier typed (the backend checks it).
      const url = `${apiUrl}/${DEFINITIONS_RESOURCE}/${encodeURIComponent(draft.id)}?confirm=${encodeURIComponent(typed)}`;
      await custom({ url, method: "delete", values: {}, dataProviderName: config.dataProviderName, successNotification: false, errorNotification: false });
      await reload();
      return true;
    } catch (error) {
      if (isPartyHttpError(error) && error.fieldErrors) setServerErrors(Object.entries(error.fieldErrors).flatMap(([field, list]) => list.map((e) => ({ field, ...e }))));
      return false;
    }
  };

  return { draft, edit, errors: [...errors, ...serverErrors], preview, save, saving: creating.isPending || updating.isPending, conflict, takeTheirs, keepMine, remove };
}
