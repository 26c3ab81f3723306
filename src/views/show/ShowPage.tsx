import { Show } from "@refinedev/antd";
import { useLog, useShow, type BaseRecord } from "@refinedev/core";
import { Button, Descriptions } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { fieldsFor } from "../../schema/defineResource";
import { resourceIdentifier } from "../../schema/i18nKeys";
import type { EffectiveResource } from "../../schema/types";
import { FieldValue } from "../fields/FieldValue";
import { WarningAlerts } from "../fields/WarningBadges";
import { todayIso } from "../form/today";
import { useAccess } from "../hooks/useAccess";
import { useErrorNotification } from "../hooks/useErrorNotification";
import { useFieldText } from "../hooks/useFieldText";
import { NotFoundResult } from "../NotFoundResult";
import { withCurrentResource } from "../withCurrentResource";
import { isPartyHttpError } from "../../data/httpError";
import { usePartyConfig } from "../context/PartyContext";
import { ChildList } from "./ChildList";
import { RecordActions } from "./RecordActions";
import { RecordHistory } from "./RecordHistory";

/** The detail page of any resource: every shown field, relations as links, sensitive values on request. */
export default withCurrentResource(SchemaShow);

function SchemaShow({ resource }: { resource: EffectiveResource }) {
  const text = useFieldText(resource);
  const { query } = useShow<BaseRecord>();
  const record = query.data?.data;
  const [revealed, setRevealed] = useState<string[]>([]);
  const allowed = useAccess(resource.name);
  const errorNotification = useErrorNotification();
  const { log } = useLog();
  // Seeing a full ID or phone number is itself recorded in the audit trail.
  const reveal = (name: string) => {
    setRevealed((r) => [...r, name]);
    log.mutate({ action: "reveal", resource: resourceIdentifier(resource.name), meta: { id: record?.id, field: name } });
  };
  const yesNo: [string, string] = [text.t("party.common.yes"), text.t("party.common.no")];
  const { routePrefix } = usePartyConfig();
  if (isPartyHttpError(query.error) && query.error.kind === "not-found") return <NotFoundResult listPath={`${routePrefix}/${resource.name}`} />;
  return (
    <Show
      isLoading={query.isLoading}
      canEdit={!resource.readOnly && !!record && allowed("edit", record)}
      canDelete={!resource.readOnly && !!record && allowed("delete", record)}
      deleteButtonProps={{ mutationMode: "undoable", errorNotification }}
      headerButtons={({ defaultButtons }) => (
        <>
          {record && <RecordActions resource={resource} record={record} />}
          {record?.id !== undefined &&
            resource.recordScreens?.map((screen) => (
              <Link key={screen.name} to={`${routePrefix}/${screen.screen}/${String(record.id)}`}>
                <Button>{text.t(`${resourceIdentifier(resource.name)}.recordScreens.${screen.name}`)}</Button>
              </Link>
            ))}
          {defaultButtons}
        </>
      )}
    >
      {record && resource.warnings && <WarningAlerts warnings={resource.warnings(record, todayIso())} />}
      <Descriptions bordered column={{ xs: 1, sm: 1, md: 2 }} size="middle">
        {fieldsFor(resource, "show").map((name) => {
          const field = resource.fields[name];
          const canReveal = field.sensitive && record?.[name] && !revealed.includes(name) && allowed("reveal", record);
          return (
            <Descriptions.Item key={name} label={text.label(name)}>
              <FieldValue
                name={name}
                field={field}
                value={record?.[name]}
                optionLabel={text.option}
                yesNo={yesNo}
                lng={text.lng}
                reveal={revealed.includes(name)}
                record={record}
                link
              />
              {canReveal && (
                <Button type="link" size="small" onClick={() => reveal(name)}>
                  {text.t("party.show.reveal")}
                </Button>
              )}
            </Descriptions.Item>
          );
        })}
      </Descriptions>
      {record?.id !== undefined && resource.children?.map((child) => <ChildList key={child.resource} child={child} parentId={record.id!} />)}
      {record?.id !== undefined && !resource.readOnly && <RecordHistory resource={resource} id={record.id} />}
    </Show>
  );
}
