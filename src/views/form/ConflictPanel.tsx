import { Alert, Button, Space, Table } from "antd";
import type { EffectiveResource } from "../../schema/types";
import { FieldValue } from "../fields/FieldValue";
import type { useFieldText } from "../hooks/useFieldText";

interface Props {
  resource: EffectiveResource;
  fields: string[];
  current: Record<string, unknown>;
  /** What the person tried to save. */
  mine: Record<string, unknown>;
  text: ReturnType<typeof useFieldText>;
  onResolve: (choice: "reload" | "overwrite") => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Someone else saved first: show what differs and let the person reload theirs or overwrite it. */
export function ConflictPanel({ resource, fields, current, mine, text, onResolve }: Props) {
  const differing = fields.filter((name) => !same(mine[name], current[name]));
  const yesNo: [string, string] = [text.t("party.common.yes"), text.t("party.common.no")];
  const show = (name: string, value: unknown) => (
    <FieldValue name={name} field={resource.fields[name]} value={value} optionLabel={text.option} yesNo={yesNo} lng={text.lng} reveal />
  );
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      message={text.t("party.conflict.title")}
      description={
        <Space direction="vertical" style={{ width: "100%" }}>
          <span>{text.t("party.conflict.explain")}</span>
          <Table
            size="small"
            pagination={false}
            rowKey="name"
            dataSource={differing.map((name) => ({ name }))}
            columns={[
              { key: "field", title: text.t("party.conflict.field"), render: (_, { name }) => text.label(name) },
              { key: "mine", title: text.t("party.conflict.mine"), render: (_, { name }) => show(name, mine[name]) },
              { key: "theirs", title: text.t("party.conflict.theirs"), render: (_, { name }) => show(name, current[name]) },
            ]}
          />
          <Space wrap>
            <Button onClick={() => onResolve("reload")}>{text.t("party.conflict.reload")}</Button>
            <Button danger type="primary" onClick={() => onResolve("overwrite")}>
              {text.t("party.conflict.overwrite")}
            </Button>
          </Space>
        </Space>
      }
    />
  );
}
