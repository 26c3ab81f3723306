import { SettingOutlined } from "@ant-design/icons";
import { Button, Checkbox, Popover, Space } from "antd";

interface Props {
  columns: { key: string; title: string }[];
  hidden: string[];
  onToggle: (column: string, visible: boolean) => void;
  label: string;
}

/** A popover of checkboxes, one per column. */
export function ColumnChooser({ columns, hidden, onToggle, label }: Props) {
  const content = (
    <Space direction="vertical">
      {columns.map((column) => (
        <Checkbox key={column.key} checked={!hidden.includes(column.key)} onChange={(e) => onToggle(column.key, e.target.checked)}>
          {column.title}
        </Checkbox>
      ))}
    </Space>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined />}>{label}</Button>
    </Popover>
  );
}
