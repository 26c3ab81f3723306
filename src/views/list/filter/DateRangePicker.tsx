import { DatePicker } from "antd";
import type { RangePickerProps } from "antd/es/date-picker";

/** antd's range picker as the filter bar shows it; its own chunk (rc-picker), fetched when a person reaches for a date filter. */
export default function DateRangePicker(props: RangePickerProps) {
  return <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 240 }} {...props} />;
}
