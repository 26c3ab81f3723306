import { useCreate, useInvalidate, useTranslate, useUpdate, type BaseRecord } from "@refinedev/core";
import { Button, Modal } from "antd";
import { can } from "../../domain/access";
import { isPartyHttpError } from "../../data/httpError";
import { resourceIdentifier } from "../../schema/i18nKeys";
import type { EffectiveResource, RecordAction } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";
import { todayIso } from "../form/today";
import { useAccess } from "../hooks/useAccess";
import { useErrorNotification } from "../hooks/useErrorNotification";
import { useFieldText } from "../hooks/useFieldText";

interface Props {
  resource: EffectiveResource;
  record: BaseRecord;
}

/**
 * Buttons for a resource's one-click actions: a refusal is explained, an allowed change confirmed
 * first. An action that `creates` makes a record of another resource (a course's "I have finished
 * this"); the backend's field refusal (e.g. already recorded this year) is shown in words.
 */
export function RecordActions({ resource, record }: Props) {
  const t = useTranslate();
  const text = useFieldText(resource);
  const { dataProviderName, getUser } = usePartyConfig();
  const { mutateAsync } = useUpdate();
  const { mutateAsync: create } = useCreate();
  const invalidate = useInvalidate();
  const [modal, holder] = Modal.useModal();
  const errorNotification = useErrorNotification();
  const allowed = useAccess(resource.name);
  const id = resourceIdentifier(resource.name);
  const user = getUser?.();

  // Params named after an enum field show that option's label (e.g. stage → 发展对象).
  const localize = (params: Record<string, string | number> = {}) =>
    Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, resource.fields[k]?.values ? text.option(k, String(v)) : v]),
    );

  const refuse = (action: RecordAction, error: { key: string; params?: Record<string, string | number> }) =>
    modal.warning({ title: t(`${id}.actions.${action.name}Refused`), content: text.error({ ...error, params: localize(error.params) }) });

  const save = async (action: RecordAction, changes: Record<string, unknown>, done: string) => {
    if (!action.creates) {
      await mutateAsync({ resource: id, id: record.id!, values: { ...changes, version: record.version }, dataProviderName, errorNotification, successNotification: () => ({ type: "success", message: done }) });
      await invalidate({ resource: id, id: record.id, dataProviderName, invalidates: ["detail", "list"] });
      return;
    }
    const target = resourceIdentifier(action.creates);
    try {
      await create({ resource: target, values: changes, dataProviderName, errorNotification: false, successNotification: () => ({ type: "success", message: done }) });
    } catch (error) {
      const first = isPartyHttpError(error) ? Object.values(error.fieldErrors ?? {}).flat()[0] : undefined;
      if (first) refuse(action, first);
      else modal.error({ title: t(`${id}.actions.${action.name}Refused`), content: errorNotification(error).description });
      return;
    }
    await invalidate({ resource: target, dataProviderName, invalidates: ["list"] });
  };

  const run = (action: RecordAction) => {
    const outcome = action.run(record, todayIso(), user);
    if (!outcome.ok) return refuse(action, outcome.error);
    modal.confirm({
      title: t(`${id}.actions.${action.name}`),
      content: t(`${id}.actions.${action.name}Confirm`, localize(outcome.params)),
      okText: t("party.common.confirm"),
      cancelText: t("buttons.cancel"),
      onOk: () => save(action, outcome.changes, t(`${id}.actions.${action.name}Done`, localize(outcome.params))),
    });
  };

  const offered = (action: RecordAction) => {
    if (!action.offered) return allowed("edit", record);
    if (!action.offered(record, user)) return false;
    if (!getUser || !action.creates) return true;
    const outcome = action.run(record, todayIso(), user);
    // A refusal (say, the course is not open yet) is explained on click rather than hidden.
    return !outcome.ok || can(user, "create", action.creates, outcome.changes);
  };

  return (
    <>
      {holder}
      {(resource.actions ?? []).filter(offered).map((action) => (
        <Button key={action.name} type="primary" ghost onClick={() => run(action)}>
          {t(`${id}.actions.${action.name}`)}
        </Button>
      ))}
    </>
  );
}
