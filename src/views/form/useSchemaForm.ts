import { useForm } from "@refinedev/antd";
import { useTranslate, type BaseRecord, type HttpError } from "@refinedev/core";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { isPartyHttpError } from "../../data/httpError";
import { editableFields } from "../../domain/access";
import { inputFields } from "../../schema/defineResource";
import { usePartyConfig } from "../context/PartyContext";
import type { EffectiveResource, RuleContext } from "../../schema/types";
import { useErrorNotification } from "../hooks/useErrorNotification";
import { todayIso } from "./today";

/** What the form sends: every input field (cleared ones as null, text trimmed) plus the version it edited. */
export function toPayload(resource: EffectiveResource, fields: string[], values: Record<string, unknown>, version?: unknown) {
  const payload: Record<string, unknown> = {};
  for (const name of fields) {
    const value = values[name];
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
  const form = useForm<BaseRecord, HttpError>({
    warnWhenUnsavedChanges: true,
    disableServerSideValidation: true,
    redirect: "show",
    errorNotification: (error) => ({ ...errorNotification(error), description: translate("party.errors.valuesKept") }),
    onMutationError: (error) => {
      if (isPartyHttpError(error) && error.kind === "conflict" && error.current) setConflict(error.current);
      if (!isPartyHttpError(error) || !error.fieldErrors) return;
      form.formProps.form?.setFields(
        Object.entries(error.fieldErrors).map(([name, list]) => ({
          name,
          errors: list.map((e) => translate(e.key, e.params ?? {})),
        })),
      );
    },
  });
  const original = form.query?.data?.data;
  const { getUser } = usePartyConfig();
  // A member rating a commitment sees only the rating fields; others see every input field.
  const fields = useMemo(() => editableFields(getUser?.(), resource.name, inputFields(resource, action)), [resource, action, getUser]);
  const context = (): RuleContext => ({ today: todayIso(), mode: action, original: original as Record<string, unknown> | undefined });
  const version = baseVersion ?? original?.version;
  // A failed save is already shown (field errors, notification, conflict panel); nothing to rethrow.
  const save = (payload: Record<string, unknown>) => form.onFinish(payload).catch(() => undefined);
  const onFinish = (values: Record<string, unknown>) => save(toPayload(resource, fields, values, version));
  const resolveConflict = (choice: "reload" | "overwrite") => {
    if (!conflict) return;
    setConflict(undefined);
    setBaseVersion(conflict.version);
    const antdForm = form.formProps.form!;
    if (choice === "reload") antdForm.setFieldsValue(Object.fromEntries(fields.map((name) => [name, conflict[name]])));
    else void save(toPayload(resource, fields, antdForm.getFieldsValue(true), conflict.version));
  };
  return {
    formProps: form.formProps,
    saveButtonProps: form.saveButtonProps,
    record: original,
    notFound: isPartyHttpError(form.query?.error) && form.query.error.kind === "not-found",
    conflict,
    resolveConflict,
    fields,
    context,
    onFinish,
    initialValues: action === "create" ? defaultValues(resource, query) : undefined,
  };
}
