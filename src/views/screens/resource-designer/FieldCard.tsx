import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from "@ant-design/icons";
import { Button, Card, Checkbox, Col, Input, InputNumber, Row, Select, Space, Switch } from "antd";
import { DEFINABLE_KINDS, type FieldSpecDef } from "../../../schema/definitions";
import { VIEWS, type FieldError } from "../../../schema/types";
import { BilingualInput } from "./BilingualInput";
import { Labelled } from "./Labelled";
import { OptionsEditor } from "./OptionsEditor";

type T = (key: string, params?: Record<string, unknown>) => string;

interface Props {
  field: FieldSpecDef;
  index: number;
  /** Where this field's errors are reported (`fields.<index>` in a definition, `customFields.<index>` in settings). */
  path?: string;
  /** The prefix of its inputs' ids. */
  idPrefix?: string;
  count: number;
  targets: { value: string; label: string }[];
  errors: Map<string, FieldError[]>;
  message: (e: FieldError) => string;
  onChange: (patch: Partial<FieldSpecDef>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  t: T;
}

const TEXT_KINDS = new Set(["text", "textarea", "phone", "email", "id-card"]);
const NUMBER_KINDS = new Set(["number", "money", "percent", "rating"]);
const COUNT_KINDS = new Set(["multi-enum", "multi-relation", "tags"]);
const FLAGS = ["filter", "sort", "search", "sensitive"] as const;

/**
 * One declared field: key, kind, labels, bounds, options, flags, and its place in the order. The
 * designer edits a definition's fields with it, the settings page a built-in's custom fields.
 */
export function FieldCard({ field, index, path = `fields.${index}`, idPrefix = "field", count, targets, errors, message, onChange, onMove, onRemove, t }: Props) {
  const id = `${idPrefix}-${index}`;
  const at = (part: string) => errors.get(`${path}.${part}`);
  const number = (value: number | null) => (value === null ? undefined : value);
  const title = field.label["zh-CN"] || field.label["en-US"] || field.key;
  return (
    <Card
      size="small"
      title={`${index + 1}. ${title}`}
      extra={
        <Space>
          <Button size="small" icon={<ArrowUpOutlined />} aria-label={`${t("party.settings.moveUp")} ${title}`} disabled={index === 0} onClick={() => onMove(-1)} />
          <Button size="small" icon={<ArrowDownOutlined />} aria-label={`${t("party.settings.moveDown")} ${title}`} disabled={index === count - 1} onClick={() => onMove(1)} />
          <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t("party.settings.remove")} ${title}`} onClick={onRemove} />
        </Space>
      }
    >
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Labelled id={`${id}-key`} label={t("party.settings.key")} errors={at("key")} message={message} required>
            <Input id={`${id}-key`} value={field.key} onChange={(e) => onChange({ key: e.target.value.trim() })} />
          </Labelled>
        </Col>
        <Col xs={24} sm={12}>
          <Labelled id={`${id}-kind`} label={t("party.settings.kind")} errors={at("kind")} message={message} required>
            <Select id={`${id}-kind`} value={field.kind} onChange={(kind) => onChange({ kind })} options={DEFINABLE_KINDS.map((k) => ({ value: k, label: t(`party.kinds.${k}`) }))} showSearch optionFilterProp="label" />
          </Labelled>
        </Col>
      </Row>
      <BilingualInput id={`${id}-label`} label={(lng) => t(`party.settings.label.${lng}`)} value={field.label} onChange={(label) => onChange({ label })} errors={at("label")} message={message} required />
      {(field.kind === "relation" || field.kind === "multi-relation") && (
        <Labelled id={`${id}-target`} label={t("party.lowcode.target")} errors={at("target")} message={message} required>
          <Select id={`${id}-target`} value={field.target} onChange={(target) => onChange({ target })} options={targets} showSearch optionFilterProp="label" />
        </Labelled>
      )}
      {(field.kind === "enum" || field.kind === "multi-enum") && (
        <Labelled id={`${id}-options-0-value`} label={t("party.lowcode.options")} errors={at("options")} message={message} required>
          <OptionsEditor id={`${id}-options`} options={field.options ?? []} onChange={(options) => onChange({ options })} t={t} />
        </Labelled>
      )}
      <Row gutter={12}>
        {(TEXT_KINDS.has(field.kind) || COUNT_KINDS.has(field.kind)) && (
          <>
            <Col xs={12} sm={6}>
              <Labelled id={`${id}-minLength`} label={t(COUNT_KINDS.has(field.kind) ? "party.lowcode.minItems" : "party.lowcode.minLength")} errors={at("bounds")} message={message}>
                <InputNumber id={`${id}-minLength`} min={0} precision={0} value={field.minLength} onChange={(v) => onChange({ minLength: number(v) })} style={{ width: "100%" }} />
              </Labelled>
            </Col>
            <Col xs={12} sm={6}>
              <Labelled id={`${id}-maxLength`} label={t(COUNT_KINDS.has(field.kind) ? "party.lowcode.maxItems" : "party.lowcode.maxLength")} message={message}>
                <InputNumber id={`${id}-maxLength`} min={0} precision={0} value={field.maxLength} onChange={(v) => onChange({ maxLength: number(v) })} style={{ width: "100%" }} />
              </Labelled>
            </Col>
          </>
        )}
        {NUMBER_KINDS.has(field.kind) && (
          <>
            <Col xs={12} sm={6}>
              <Labelled id={`${id}-min`} label={t("party.lowcode.min")} errors={at("bounds")} message={message}>
                <InputNumber id={`${id}-min`} value={field.min} onChange={(v) => onChange({ min: number(v) })} style={{ width: "100%" }} />
              </Labelled>
            </Col>
            <Col xs={12} sm={6}>
              <Labelled id={`${id}-max`} label={t("party.lowcode.max")} message={message}>
                <InputNumber id={`${id}-max`} value={field.max} onChange={(v) => onChange({ max: number(v) })} style={{ width: "100%" }} />
              </Labelled>
            </Col>
          </>
        )}
        {field.kind === "text" && (
          <Col xs={24} sm={12}>
            <Labelled id={`${id}-pattern`} label={t("party.lowcode.pattern")} message={message} extra={t("party.lowcode.patternHelp")}>
              <Input id={`${id}-pattern`} value={field.pattern ?? ""} onChange={(e) => onChange({ pattern: e.target.value || undefined })} />
            </Labelled>
          </Col>
        )}
      </Row>
      <BilingualInput id={`${id}-help`} label={(lng) => t(`party.lowcode.help.${lng}`)} value={field.help} onChange={(help) => onChange({ help })} errors={at("help")} message={message} />
      <Space wrap size="large">
        <label>
          <Switch checked={!!field.required} onChange={(required) => onChange({ required })} aria-label={`${t("party.settings.required")} ${title}`} /> {t("party.settings.required")}
        </label>
        <label>
          <Switch checked={!!field.hidden} onChange={(hidden) => onChange({ hidden })} aria-label={`${t("party.lowcode.hidden")} ${title}`} /> {t("party.lowcode.hidden")}
        </label>
        {FLAGS.map((flag) => (
          <Checkbox key={flag} checked={!!field[flag]} onChange={(e) => onChange({ [flag]: e.target.checked })}>
            {t(`party.lowcode.flags.${flag}`)}
          </Checkbox>
        ))}
      </Space>
      <fieldset style={{ border: 0, padding: 0, margin: "12px 0 0" }}>
        <legend style={{ fontSize: "inherit", marginBottom: 4 }}>{t("party.lowcode.views")}</legend>
        <Checkbox.Group
          value={field.views ?? [...VIEWS]}
          onChange={(views) => onChange({ views: views.length === VIEWS.length ? undefined : (views as FieldSpecDef["views"]) })}
          options={VIEWS.map((view) => ({ value: view, label: t(`party.lowcode.viewNames.${view}`) }))}
        />
      </fieldset>
    </Card>
  );
}
