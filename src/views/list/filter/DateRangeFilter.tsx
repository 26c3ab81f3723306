import { CalendarOutlined } from "@ant-design/icons";
import { ConfigProvider, Input } from "antd";
import type { Dayjs } from "dayjs";
import { lazy, Suspense, useContext, useState, useTransition } from "react";

const DateRangePicker = lazy(() => import("./DateRangePicker"));

type Range = [Dayjs | null, Dayjs | null] | null | undefined;

interface Props {
  id?: string;
  value?: Range;
  onChange?: (value: Range) => void;
}

const shown = (day: Dayjs | null | undefined) => day?.format("YYYY-MM-DD") ?? "";

/**
 * A date-range filter that costs the first page nothing: until a person reaches for it (pointer,
 * focus), it is a read-only box showing the range in antd's words; then antd's picker (rc-picker) is
 * fetched and takes its place in one step (a transition keeps the box until it is there), with the
 * focus if the box had it, open if it was pressed.
 */
export function DateRangeFilter({ id, value, onChange }: Props) {
  const { locale } = useContext(ConfigProvider.ConfigContext);
  // How the person reached for it; null until they do.
  const [reached, setReached] = useState<{ focus: boolean; press: boolean } | null>(null);
  const [, startTransition] = useTransition();
  const [start, end] = locale?.DatePicker?.lang.rangePlaceholder ?? ["Start date", "End date"];
  const reach = (how: { focus?: boolean; press?: boolean }) =>
    startTransition(() => setReached((was) => ({ focus: how.focus ?? was?.focus ?? false, press: how.press ?? was?.press ?? false })));
  const standIn = (
    <span className="party-date-range" onPointerEnter={() => reach({})} onPointerDown={() => reach({ press: true })}>
      <Input
        id={id}
        readOnly
        value={value?.[0] || value?.[1] ? `${shown(value[0])} → ${shown(value[1])}` : ""}
        placeholder={`${start} → ${end}`}
        suffix={<CalendarOutlined aria-hidden />}
        style={{ width: 240 }}
        onFocus={() => reach({ focus: true })}
        onBlur={() => setReached((was) => was && { ...was, focus: false })}
      />
    </span>
  );
  return (
    <Suspense fallback={standIn}>
      {reached ? (
        <DateRangePicker id={id} value={value} onChange={(next) => onChange?.(next as Range)} autoFocus={reached.focus || reached.press} defaultOpen={reached.press} />
      ) : (
        standIn
      )}
    </Suspense>
  );
}
