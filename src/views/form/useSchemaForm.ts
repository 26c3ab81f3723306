import { useForm } from "@refinedev/antd";
import type { FormInstance } from "antd";
import { useTranslate, type BaseRecord, type HttpError } from "@refinedev/core";
import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { isPartyHttpError } from "../../data/httpError";
import { editableFields } from "../../domain/access";
import { inputFields } from "../../schema/defineResource";
import { keepsStoredValue } from "../../schema/maskField";
import { isSentSecret } from "../../schema/writeOnly";
import { usePartyConfig } from "../context/PartyContext";
import type { EffectiveResource, RuleContext } from "../../schema/types";
import { useErrorNotification } from "../hooks/useErrorNotification";
import { todayIso } from "./today";

/**
 * What the form sends: every input field (cleared ones as null, text trimmed) plus the version it
 * edited; a sensitive value still as the backend masked it, or a blank write-only one, is left out,
 * so the stored one stays.
 */
export function toPayload(resource: EffectiveResource, fields: string[], values: Record<string, unknown>, version?: unknown, original?: Record<string, unknown>) {
  const payload: Record<string, unknown> = {};
  for (const name of fields) {
    const value = values[name];
    if (keepsStoredValue(resource.fields[name], value, original, name)) continue;
    // A write-only value left blank (an edit's password) is not sent: the stored one stays.
    if (resource.fields[name].writeOnly && !isSentSecret(resource.fields[name], value)) continue;
    payload[name] = value === undefined || value === "" ? null : typeof value === "string" ? value.trim() : value;
    if (resource.fields[name].kind === "boolean" && payload[name] === null) payload[name] = false;
  }
  if (version !== undefined) payload.version = version;
  return payload;
}

/** Schema defaults, then values passed in the URL (e.g. `?pairingId=3` from a parent's detail page). */
export function defaultValues(resource: EffectiveResource, query: URLSearchParams): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(resource.fields)) {
    if (field.default !== undefined) values[name] = field.default;
    const given = query.get(name);
    if (given !== null && !field.readOnly) values[name] = field.kind === "relation" && /^\d+$/.test(given) ? Number(given) : given;
  }
  return values;
}

function restore(form: FormInstance | undefined, unsaved: { values: Record<string, unknown>; errors?: Record<string, string[]> }) {
  if (!form) return;
  const { version: _version, ...sent } = unsaved.values;
  // The payload says "cleared" with null; the inputs expect undefined for empty.
  form.setFieldsValue(Object.fromEntries(Object.entries(sent).map(([name, value]) => [name, value ?? undefined])));
  if (unsaved.errors) form.setFields(Object.entries(unsaved.errors).map(([name, errors]) => ({ name, errors })));
}

/**
 * Refine's antd useForm, driven by a schema: server field errors land on the fields with their
 * parameters, failures are notified in the user's language, and typed values stay in the form.
 */
export function useSchemaForm(resource: EffectiveResource, action: "create" | "edit") {
  const translate = useTranslate();
  const [query] = useSearchParams();
  const errorNotification = useErrorNotification();
  // On a 409 the stored record arrives here; the person then reloads it or overwrites it.
  const [conflict, setConflict] = useState<Record<string, unknown>>();
  const [baseVersion, setBaseVersion] = useState<unknown>();
  // What the person submitted when a save failed, and the field errors it got. Refine refetches the
  // record after a failed update and the form resets to it; these are put back so nothing typed is lost.
  const [unsaved, setUnsaved] = useState<{ values: Record<string, unknown>; errors?: Record<string, string[]> }>();
  const form = useForm<BaseRecord, HttpError>({
    warnWhenUnsavedChanges: true,
    disableServerSideValidation: true,
    redirect: "show",
    errorNotification: (error) => ({ ...errorNotification(error), message: translate("party.errors.valuesKept") }),
    onMutationError: (error, variables) => {
      if (isPartyHttpError(error) && error.kind === "conflict" && error.current) setConflict(error.current);
      const errors =
        isPartyHttpError(error) && error.fieldErrors
          ? Object.fromEntries(Object.entries(error.fieldErrors).map(([name, list]) => [name, list.map((e) => translate(e.key, e.params ?? {}))]))
          : undefined;
      setUnsaved({ values: variables as Record<string, unknown>, errors });
      restore(form.formProps.form, { values: variables as Record<string, unknown>, errors });
    },
    onMutationSuccess: () => setUnsaved(undefined),
  });
  const original = form.query?.data?.data;
  const antdForm = form.formProps.form;
  useEffect(() => {
    if (unsaved) restore(antdForm, unsaved);
  }, [original, unsaved, antdForm]);
  const { getUser } = usePartyConfig();
  // A member rating a commitment sees only the rating fields; others see every input field.
  const fields = useMemo(() => editableFields(getUser?.(), resource.name, inputFields(resource, action)), [resource, action, getUser]);
  const context = (): RuleContext => ({ today: todayIso(), mode: action, original: original as Record<string, unknown> | undefined });
  const version = baseVersion ?? original?.version;
  // A failed save is already shown (field errors, notification, conflict panel); nothing to rethrow.
  const save = (payload: Record<string, unknown>) => form.onFinish(payload).catch(() => undefined);
  const stored = original as Record<string, unknown> | undefined;
  const onFinish = (values: Record<string, unknown>) => save(toPayload(resource, fields, values, version, stored));
  const resolveConflict = (choice: "reload" | "overwrite") => {
    if (!conflict) return;
    setConflict(undefined);
    setBaseVersion(conflict.version);
    if (choice === "reload") {
      setUnsaved(undefined);
      antdForm?.setFieldsValue(Object.fromEntries(fields.map((name) => [name, conflict[name]])));
    } else void save(toPayload(resource, fields, unsaved?.values ?? antdForm?.getFieldsValue(true) ?? {}, conflict.version, stored));
  };
  return {
    formProps: form.formProps,
    saveButtonProps: form.saveButtonProps,
    record: original,
    notFound: isPartyHttpError(form.query?.error) && form.query.error.kind === "not-found",
    conflict,
    /** The values of the failed save, for the conflict panel's "mine" column. */
    unsavedValues: unsaved?.values,
    resolveConflict,
    fields,
    context,
    onFinish,
    initialValues: action === "create" ? defaultValues(resource, query) : undefined,
  };
}
