import { CheckOutlined, CloseOutlined } from "@ant-design/icons";
import { Progress, Rate, Timeline } from "antd";
import dayjs from "dayjs";
import { maskField } from "../../schema/maskField";
import type { FieldDef } from "../../schema/types";
import type { FieldChange } from "../../schema/diff";
import { DiffList } from "./DiffList";
import { ItemsValue } from "./ItemsValue";
import { RelationLabel } from "./RelationLabel";
import { enumTagStyle } from "./enumColor";
import { ValueTag } from "./ValueTag";

export interface FieldValueProps {
  name: string;
  field: FieldDef;
  value: unknown;
  optionLabel: (field: string, value: string) => string;
  yesNo: [string, string];
  /** Show sensitive values unmasked (detail page, authorized). */
  reveal?: boolean;
  link?: boolean;
  lng: string;
  /** The whole record, for kinds that read a sibling (an audit diff reads its `resource`). */
  record?: Record<string, unknown>;
  /** Column labels of an `items` value's sub-fields. */
  itemLabel?: (sub: string) => string;
}

const DATE_FORMAT: Record<string, string> = { "zh-CN": "YYYY年M月D日", "en-US": "MMM D, YYYY" };
const DATETIME_FORMAT: Record<string, string> = { "zh-CN": "YYYY年M月D日 HH:mm", "en-US": "MMM D, YYYY HH:mm" };

const toIds = (value: unknown): (string | number)[] => (Array.isArray(value) ? value : [value]) as (string | number)[];

/** Renders one stored value the way a person reads it, in the current language. */
export function FieldValue({ name, field, value, optionLabel, yesNo, reveal, link, lng, record, itemLabel }: FieldValueProps) {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) {
    return <>—</>;
  }
  const text = String(value);
  switch (field.kind) {
    case "enum":
      return <ValueTag palette={enumTagStyle(field, text)}>{optionLabel(name, text)}</ValueTag>;
    case "multi-enum":
    case "tags":
      return (
        <>
          {(value as string[]).map((item) => (
            <ValueTag key={item} palette={field.kind === "tags" ? undefined : enumTagStyle(field, item)}>
              {field.kind === "tags" ? item : optionLabel(name, item)}
            </ValueTag>
          ))}
        </>
      );
    case "boolean":
      return value ? (
        <span>
          <CheckOutlined aria-hidden /> {yesNo[0]}
        </span>
      ) : (
        <span>
          <CloseOutlined aria-hidden /> {yesNo[1]}
        </span>
      );
    case "date":
      return <>{dayjs(text).format(DATE_FORMAT[lng] ?? DATE_FORMAT["zh-CN"])}</>;
    case "datetime":
      return <>{dayjs(text).format(DATETIME_FORMAT[lng] ?? DATETIME_FORMAT["zh-CN"])}</>;
    case "relation":
    case "multi-relation":
      return <RelationLabel target={field.target!} labelField={field.labelField ?? "name"} ids={toIds(value)} link={link} />;
    case "roster":
      return (
        <>
          {(value as { memberId: string | number; role: string }[]).map((entry) => (
            <ValueTag key={`${entry.memberId}-${entry.role}`} palette={enumTagStyle(field, entry.role)}>
              <RelationLabel target={field.target!} labelField={field.labelField ?? "name"} ids={[entry.memberId]} link={link} />
              （{optionLabel(name, entry.role)}）
            </ValueTag>
          ))}
        </>
      );
    case "log":
      return (
        <Timeline
          style={{ marginTop: 8, marginBottom: -24 }}
          items={(value as { date: string; note: string }[]).map((entry) => ({
            children: `${dayjs(entry.date).format(DATE_FORMAT[lng] ?? DATE_FORMAT["zh-CN"])}  ${entry.note}`,
          }))}
        />
      );
    case "items":
      return (
        <ItemsValue
          name={name}
          field={field}
          value={value as Record<string, unknown>[]}
          optionLabel={optionLabel}
          itemLabel={itemLabel ?? ((sub) => sub)}
          yesNo={yesNo}
          lng={lng}
          link={link}
        />
      );
    case "diff":
      return <DiffList changes={value as FieldChange[]} resource={typeof record?.resource === "string" ? record.resource : undefined} />;
    case "money":
      return <>¥{Number(value).toLocaleString(lng, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</>;
    case "percent":
      return field.display === "progress" ? <Progress percent={Number(value)} size="small" style={{ minWidth: 160 }} aria-label={`${text}%`} /> : <>{text}%</>;
    case "rating":
      return <Rate disabled value={Number(value)} aria-label={`${text}/5`} />;
    default:
      return <>{reveal ? text : maskField(field, text)}</>;
  }
}
