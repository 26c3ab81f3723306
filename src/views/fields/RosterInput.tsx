import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Select, Space } from "antd";
import type { FieldDef } from "../../schema/types";
import { RelationSelect } from "./RelationSelect";

type Entry = { memberId?: string | number; role?: string };

interface Props {
  name: string;
  field: FieldDef;
  optionLabel: (field: string, value: string) => string;
  id?: string;
  value?: Entry[] | null;
  onChange?: (value: Entry[]) => void;
  addLabel: string;
  removeLabel: string;
}

/** A list of people with a role each (e.g. a branch committee): a member select and a role select per row. */
export function RosterInput({ name, field, optionLabel, id, value: given, onChange, addLabel, removeLabel }: Props) {
  const value = given ?? [];
  const set = (index: number, patch: Entry) => onChange?.(value.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  const person: FieldDef = { kind: "relation", target: field.target, labelField: field.labelField };
  return (
    <Space direction="vertical" style={{ width: "100%" }} id={id}>
      {value.map((entry, index) => (
        <Space key={index} wrap>
          <span style={{ display: "inline-block", width: 180 }}>
            <RelationSelect field={person} value={entry.memberId} onChange={(memberId) => set(index, { memberId: memberId as Entry["memberId"] })} aria-label={`${index + 1}`} />
          </span>
          <Select
            style={{ width: 140 }}
            value={entry.role}
            onChange={(role) => set(index, { role })}
            options={(field.values ?? []).map((role) => ({ value: role, label: optionLabel(name, role) }))}
            aria-label={`${index + 1} role`}
          />
          <Button type="text" icon={<MinusCircleOutlined />} aria-label={removeLabel} onClick={() => onChange?.(value.filter((_, i) => i !== index))} />
        </Space>
      ))}
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => onChange?.([...value, {}])}>
        {addLabel}
      </Button>
    </Space>
  );
}
