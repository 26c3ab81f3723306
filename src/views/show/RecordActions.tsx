import { useInvalidate, useTranslate, useUpdate, type BaseRecord } from "@refinedev/core";
import { Button, Modal } from "antd";
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

/** Buttons for a resource's one-click actions: a refusal is explained, an allowed change confirmed first. */
export function RecordActions({ resource, record }: Props) {
  const t = useTranslate();
  const text = useFieldText(resource);
  const { dataProviderName } = usePartyConfig();
  const { mutateAsync } = useUpdate();
  const invalidate = useInvalidate();
  const [modal, holder] = Modal.useModal();
  const errorNotification = useErrorNotification();
  const allowed = useAccess(resource.name);
  const id = resourceIdentifier(resource.name);

  // Params named after an enum field show that option's label (e.g. stage → 发展对象).
  const localize = (params: Record<string, string | number> = {}) =>
    Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, resource.fields[k]?.values ? text.option(k, String(v)) : v]),
    );

  const run = (action: RecordAction) => {
    const outcome = action.run(record, todayIso());
    if (!outcome.ok) {
      modal.warning({ title: t(`${id}.actions.${action.name}Refused`), content: text.error({ ...outcome.error, params: localize(outcome.error.params) }) });
      return;
    }
    modal.confirm({
      title: t(`${id}.actions.${action.name}`),
      content: t(`${id}.actions.${action.name}Confirm`, localize(outcome.params)),
      okText: t("party.common.confirm"),
      cancelText: t("buttons.cancel"),
      onOk: async () => {
        await mutateAsync({ resource: id, id: record.id!, values: { ...outcome.changes, version: record.version }, dataProviderName, errorNotification, successNotification: () => ({ type: "success", message: t(`${id}.actions.${action.name}Done`, localize(outcome.params)) }) });
        await invalidate({ resource: id, id: record.id, dataProviderName, invalidates: ["detail", "list"] });
      },
    });
  };

  return (
    <>
      {holder}
      {allowed("edit", record) &&
        (resource.actions ?? []).map((action) => (
          <Button key={action.name} type="primary" ghost onClick={() => run(action)}>
            {t(`${id}.actions.${action.name}`)}
          </Button>
        ))}
    </>
  );
}
