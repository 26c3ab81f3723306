import { Create, Edit } from "@refinedev/antd";
import { useResourceParams } from "@refinedev/core";
import { Col, Form, Result, Row } from "antd";
import type { EffectiveResource } from "../../schema/types";
import { FieldInput } from "../fields/FieldInput";
import { useAccess } from "../hooks/useAccess";
import { useFieldText } from "../hooks/useFieldText";
import { usePartyConfig } from "../context/PartyContext";
import { NotFoundResult } from "../NotFoundResult";
import { ResourcePageTitle } from "../PageTitle";
import { withCurrentResource } from "../withCurrentResource";
import { ConflictPanel } from "./ConflictPanel";
import { fieldItemProps } from "./fieldItemProps";
import { FieldSummary } from "./FieldSummary";
import { FillButton } from "./FillButton";
import { SuggestionHint } from "./SuggestionHint";
import { useSchemaForm } from "./useSchemaForm";
import { asLinks } from "../buttons/RouteButtons";

/** Create and edit for any resource: one column on phones, two from tablets up. */
export default withCurrentResource(SchemaForm);

function SchemaForm({ resource }: { resource: EffectiveResource }) {
  const action = useResourceParams().action === "edit" ? "edit" : "create";
  const text = useFieldText(resource);
  const { formProps, saveButtonProps, fields, context, onFinish, initialValues, conflict, resolveConflict, record, notFound, unsavedValues } = useSchemaForm(resource, action);
  const { routePrefix } = usePartyConfig();
  const allowed = useAccess(resource.name);
  const Page = action === "edit" ? Edit : Create;
  const permitted = action === "create" ? allowed("create") : !record || allowed("edit", record) || allowed("rate", record);
  if (notFound) return <NotFoundResult listPath={`${routePrefix}/${resource.name}`} />;
  if (!permitted) return <Result status="403" title="403" subTitle={text.t("party.errors.forbidden")} />;
  return (
    <Page title={<ResourcePageTitle action={action} />} goBack={false} saveButtonProps={saveButtonProps} headerButtons={({ defaultButtons }: { defaultButtons: React.ReactNode }) => asLinks(defaultButtons)}>
      {conflict && formProps.form && (
        <ConflictPanel resource={resource} fields={fields} current={conflict} mine={unsavedValues ?? formProps.form.getFieldsValue(true)} text={text} onResolve={resolveConflict} />
      )}
      <Form {...formProps} layout="vertical" initialValues={initialValues ?? formProps.initialValues} onFinish={onFinish}>
        <Row gutter={16}>
          {fields.map((name) => (
            <Col key={name} xs={24} md={resource.fields[name].kind === "items" ? 24 : 12}>
              <Form.Item
                label={text.label(name)}
                extra={
                  <>
                    {text.help(name)}
                    {resource.fields[name].suggest && (
                      <SuggestionHint
                        name={name}
                        field={resource.fields[name]}
                        label={(value) => text.t("party.form.suggested", { value })}
                        accept={text.t("party.form.useSuggestion")}
                      />
                    )}
                    {resource.fields[name].summary && <FieldSummary field={resource.fields[name]} translate={text.t} />}
                    {resource.fields[name].fill && <FillButton name={name} field={resource.fields[name]} label={text.t("party.form.fill")} />}
                  </>
                }
                {...fieldItemProps(resource, name, text.error, context)}
              >
                <FieldInput
                  name={name}
                  field={resource.fields[name]}
                  optionLabel={text.option}
                  itemLabel={(sub) => text.itemLabel(name, sub)}
                  listLabels={{ add: text.t("party.form.addRow"), remove: text.t("party.form.removeRow") }}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Page>
  );
}
