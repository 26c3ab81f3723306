import { Card, Col, Form, Row, Select, Table } from "antd";
import { fieldsFor, inputFields, isRelation } from "../../../schema/defineResource";
import type { EffectiveResource } from "../../../schema/types";
import { FieldInput } from "../../fields/FieldInput";
import { useFieldText } from "../../hooks/useFieldText";

/**
 * The form and the list as the defined resource will show them, from the same schema the generic
 * pages will read. Relations show as an empty choice: their records are asked for on the real form.
 */
export function DefinitionPreview({ resource }: { resource: EffectiveResource }) {
  const text = useFieldText(resource);
  const inputs = inputFields(resource, "create");
  const columns = fieldsFor(resource, "list").map((name) => ({ key: name, dataIndex: name, title: text.label(name) }));
  return (
    <Row gutter={16}>
      <Col xs={24} lg={10}>
        <Card size="small" title={text.t("party.lowcode.previewForm")}>
          <Form layout="vertical" name="definition-preview">
            {inputs.map((name) => {
              const field = resource.fields[name];
              const id = `preview-${name}`;
              return (
                <Form.Item key={name} label={text.label(name)} htmlFor={id} required={field.required} extra={field.help ? text.help(name) : undefined}>
                  {isRelation(field) ? (
                    <Select id={id} mode={field.kind === "multi-relation" ? "multiple" : undefined} options={[]} />
                  ) : (
                    <FieldInput id={id} name={name} field={field} optionLabel={text.option} />
                  )}
                </Form.Item>
              );
            })}
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card size="small" title={text.t("party.lowcode.previewList")}>
          <Table size="small" rowKey="id" columns={columns} dataSource={[]} pagination={false} scroll={{ x: true }} />
        </Card>
      </Col>
    </Row>
  );
}
