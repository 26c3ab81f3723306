import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, DatePicker, Input, Space } from "antd";
import dayjs from "dayjs";

type Entry = { date?: string; note?: string };

interface Props {
  id?: string;
  value?: Entry[] | null;
  onChange?: (value: Entry[]) => void;
  addLabel: string;
  removeLabel: string;
}

/** Dated updates (e.g. a commitment's progress): a date and a note per row, newest added last. */
export function LogInput({ id, value: given, onChange, addLabel, removeLabel }: Props) {
  const value = given ?? [];
  const set = (index: number, patch: Entry) => onChange?.(value.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  return (
    <Space direction="vertical" style={{ width: "100%" }} id={id}>
      {value.map((entry, index) => (
        <Space key={index} wrap align="start">
          <DatePicker
            value={entry.date ? dayjs(entry.date) : undefined}
            onChange={(d) => set(index, { date: d ? d.format("YYYY-MM-DD") : undefined })}
            aria-label={`${index + 1} date`}
          />
          <Input value={entry.note} onChange={(e) => set(index, { note: e.target.value })} style={{ width: 260 }} aria-label={`${index + 1} note`} />
          <Button type="text" icon={<MinusCircleOutlined />} aria-label={removeLabel} onClick={() => onChange?.(value.filter((_, i) => i !== index))} />
        </Space>
      ))}
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => onChange?.([...value, { date: dayjs().format("YYYY-MM-DD") }])}>
        {addLabel}
      </Button>
    </Space>
  );
}
