import { Select, Space } from "antd";
import type { Dayjs } from "dayjs";

interface Props {
  value: Dayjs;
  onChange: (date: Dayjs) => void;
  yearLabel: string;
  monthLabel: string;
}

/**
 * The calendar's year and month pickers, each named: antd's own header renders two selects with no
 * accessible name (axe's `label`). Month names follow dayjs's locale, which follows the language.
 */
export function CalendarHeader({ value, onChange, yearLabel, monthLabel }: Props) {
  const year = value.year();
  const years = Array.from({ length: 10 }, (_, i) => year - 7 + i);
  return (
    <Space wrap style={{ width: "100%", justifyContent: "flex-end", padding: "8px 0" }}>
      <Select aria-label={yearLabel} value={year} style={{ width: 96 }} options={years.map((y) => ({ value: y, label: String(y) }))} onChange={(y: number) => onChange(value.year(y))} />
      <Select
        aria-label={monthLabel}
        value={value.month()}
        style={{ width: 96 }}
        options={Array.from({ length: 12 }, (_, m) => ({ value: m, label: value.month(m).format("MMM") }))}
        onChange={(m: number) => onChange(value.month(m))}
      />
    </Space>
  );
}
