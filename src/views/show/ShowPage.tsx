import { Show } from "@refinedev/antd";
import { useShow, type BaseRecord } from "@refinedev/core";
import { Button, Descriptions } from "antd";
import { fieldsFor } from "../../schema/defineResource";
import type { EffectiveResource } from "../../schema/types";
import { FieldValue } from "../fields/FieldValue";
import { WarningAlerts } from "../fields/WarningBadges";
import { todayIso } from "../form/today";
import { useAccess } from "../hooks/useAccess";
import { useErrorNotification } from "../hooks/useErrorNotification";
import { useFieldText } from "../hooks/useFieldText";
import { NotFoundResult } from "../NotFoundResult";
import { ResourcePageTitle } from "../PageTitle";
import { withCurrentResource } from "../withCurrentResource";
import { isPartyHttpError } from "../../data/httpError";
import { usePartyConfig } from "../context/PartyContext";
import { resourceIdentifier } from "../../schema/i18nKeys";
import { LinkButton } from "../LinkButton";
import { ChildList } from "./ChildList";
import { ChildRecordsProvider } from "./ChildRecords";
import { DetailRelations } from "./DetailRelations";
import { RecordActions } from "./RecordActions";
import { RecordHistory } from "./RecordHistory";
import { useReveal } from "./useReveal";
import { asLinks } from "../buttons/RouteButtons";

/** The detail page of any resource: every shown field, relations as links, sensitive values on request. */
export default withCurrentResource(SchemaShow);

function SchemaShow({ resource }: { resource: EffectiveResource }) {
  const text = useFieldText(resource);
  const { query, showId } = useShow<BaseRecord>();
  const record = query.data?.data;
  const allowed = useAccess(resource.name);
  const errorNotification = useErrorNotification();
  // Seeing a full ID or phone number is itself recorded in the audit trail (by the backend, or the provider).
  const { revealed, reveal } = useReveal(resource.name, record);
  const yesNo: [string, string] = [text.t("party.common.yes"), text.t("party.common.no")];
  const { routePrefix } = usePartyConfig();
  if (isPartyHttpError(query.error) && query.error.kind === "not-found") return <NotFoundResult listPath={`${routePrefix}/${resource.name}`} />;
  return (
    <Show
      title={<ResourcePageTitle action="show" />}
      // pro-layout's back arrow is a role="button" <div> around a <button> (nested-interactive),
      // named "back" in every language; the breadcrumb and the list button lead back.
      goBack={false}
      isLoading={query.isLoading}
      canEdit={!resource.readOnly && !!record && allowed("edit", record)}
      canDelete={!resource.readOnly && !!record && allowed("delete", record)}
      deleteButtonProps={{ mutationMode: "undoable", errorNotification }}
      headerButtons={({ defaultButtons }) => (
        <>
          {record && <RecordActions resource={resource} record={record} />}
          {record?.id !== undefined &&
            resource.recordScreens?.map((screen) => (
              <LinkButton key={screen.name} to={`${routePrefix}/${screen.screen}/${String(record.id)}`}>
                {text.t(`${resourceIdentifier(resource.name)}.recordScreens.${screen.name}`)}
              </LinkButton>
            ))}
          {asLinks(defaultButtons)}
        </>
      )}
    >
      {record && resource.warnings && <WarningAlerts warnings={resource.warnings(record, todayIso())} />}
      <ChildRecordsProvider lists={resource.children ?? []} parentId={showId}>
        <DetailRelations resource={resource} record={record}>
          <Descriptions bordered column={{ xs: 1, sm: 1, md: 2 }} size="middle">
            {fieldsFor(resource, "show").map((name) => {
              const field = resource.fields[name];
              const shown = name in revealed;
              const canReveal = field.sensitive && record?.[name] && !shown && allowed("reveal", record);
              return (
                <Descriptions.Item key={name} label={text.label(name)}>
                  <FieldValue
                    name={name}
                    field={field}
                    value={shown ? revealed[name] : record?.[name]}
                    optionLabel={text.option}
                    yesNo={yesNo}
                    lng={text.lng}
                    reveal={shown}
                    record={record}
                    itemLabel={(sub) => text.itemLabel(name, sub)}
                    link
                  />
                  {canReveal && (
                    <Button type="link" size="small" onClick={() => void reveal(name)}>
                      {text.t("party.show.reveal")}
                    </Button>
                  )}
                </Descriptions.Item>
              );
            })}
          </Descriptions>
          {record?.id !== undefined && resource.children?.map((child) => <ChildList key={child.resource} child={child} parentId={record.id!} />)}
        </DetailRelations>
      </ChildRecordsProvider>
      {record?.id !== undefined && !resource.readOnly && <RecordHistory resource={resource} id={record.id} />}
    </Show>
  );
}
