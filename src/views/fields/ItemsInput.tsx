import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Space } from "antd";
import type { FieldDef } from "../../schema/types";
import { FieldInput } from "./FieldInput";
import { itemIdsByTarget } from "./itemIds";
import { RelationLabel } from "./RelationLabel";
import { RelationRecordsProvider } from "./RelationRecords";

type Entry = Record<string, unknown>;

interface Props {
  name: string;
  field: FieldDef;
  optionLabel: (field: string, value: string) => string;
  itemLabel: (sub: string) => string;
  id?: string;
  value?: Entry[] | null;
  onChange?: (value: Entry[]) => void;
  addLabel: string;
  removeLabel: string;
}

/** A sub-field's new value: text inputs hand over their change event, the other inputs the value itself. */
const entryValue = (next: unknown) => {
  const value = next && typeof next === "object" && "target" in next ? (next as { target: { value: unknown } }).target.value : next;
  return value === undefined ? null : value;
};

/**
 * A list of structured entries (attendance, resolutions, attachments): one input per sub-field and
 * row. A row's chosen person shows as a label fetched with the others in one request; a new row
 * gets a select.
 */
export function ItemsInput({ name, field, optionLabel, itemLabel, id, value: given, onChange, addLabel, removeLabel }: Props) {
  const value = given ?? [];
  const subs = Object.entries(field.item ?? {}).filter(([, def]) => !def.readOnly);
  const set = (index: number, patch: Entry) => onChange?.(value.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  return (
    <RelationRecordsProvider idsByTarget={itemIdsByTarget(field, value)}>
      <Space direction="vertical" style={{ width: "100%" }} id={id}>
        {value.map((entry, index) => (
          <Space key={index} wrap align="start" role="group" aria-label={`${index + 1}`}>
            {subs.map(([sub, def]) => {
              const label = `${index + 1} ${itemLabel(sub)}`;
              if (def.kind === "relation" && entry[sub] !== undefined && entry[sub] !== null) {
                return (
                  <span key={sub} style={{ display: "inline-block", minWidth: 96, paddingTop: 5 }} aria-label={label}>
                    <RelationLabel target={def.target!} labelField={def.labelField ?? "name"} ids={[entry[sub] as string | number]} />
                  </span>
                );
              }
              return (
                <span key={sub} style={{ display: "inline-block", minWidth: def.kind === "boolean" ? undefined : def.kind === "number" ? 90 : 150 }}>
                  {def.kind === "boolean" && <span style={{ marginRight: 4 }}>{itemLabel(sub)}</span>}
                  <FieldInput
                    name={`${name}.${sub}`}
                    field={def}
                    optionLabel={optionLabel}
                    value={entry[sub]}
                    onChange={(next) => set(index, { [sub]: entryValue(next) })}
                    aria-label={label}
                    {...(def.kind === "number" ? { placeholder: itemLabel(sub) } : {})}
                  />
                </span>
              );
            })}
            <Button type="text" icon={<MinusCircleOutlined />} aria-label={`${removeLabel} ${index + 1}`} onClick={() => onChange?.(value.filter((_, i) => i !== index))} />
          </Space>
        ))}
        <Button type="dashed" icon={<PlusOutlined />} onClick={() => onChange?.([...value, {}])}>
          {addLabel}
        </Button>
      </Space>
    </RelationRecordsProvider>
  );
}
