import type { FormItemProps } from "antd";
import type { Rule } from "antd/es/form";
import dayjs, { type Dayjs } from "dayjs";
import { normalizeTyped } from "../../schema/cells";
import { keepsStoredValue } from "../../schema/maskField";
import { validateField } from "../../schema/validateField";
import type { EffectiveResource, FieldError, RuleContext } from "../../schema/types";

type Translate = (error: Pick<FieldError, "key" | "params">) => string;

const toDayjs = (value: unknown) => (typeof value === "string" && value ? dayjs(value) : undefined);

/** Value conversion between antd inputs and the wire (ISO dates, trimmed text). */
function conversions(kind: string): Pick<FormItemProps, "getValueProps" | "normalize"> {
  if (kind === "date") {
    return { getValueProps: (v) => ({ value: toDayjs(v) }), normalize: (d?: Dayjs | null) => (d ? d.format("YYYY-MM-DD") : null) };
  }
  if (kind === "datetime") {
    return { getValueProps: (v) => ({ value: toDayjs(v) }), normalize: (d?: Dayjs | null) => (d ? d.toISOString() : null) };
  }
  if (kind === "phone" || kind === "id-card") return { normalize: (value: unknown) => normalizeTyped(kind, value) };
  return {};
}

/**
 * One Form.Item's props from the schema: its own field check, then the resource's cross-field rules
 * judged on the whole form, so a rule's error lands on the field it names.
 */
export function fieldItemProps(
  resource: EffectiveResource,
  name: string,
  translate: Translate,
  context: () => RuleContext,
): Pick<FormItemProps, "name" | "rules" | "required" | "getValueProps" | "normalize"> {
  const field = resource.fields[name];
  const rule: Rule = ({ getFieldsValue }) => ({
    validator: async (_rule: unknown, value: unknown) => {
      if (keepsStoredValue(field, value, context().original, name)) return;
      const own = validateField(name, field, value);
      if (own) throw new Error(translate(own));
      const record = { ...context().original, ...getFieldsValue(true) };
      for (const check of resource.rules ?? []) {
        const found = check(record, context()).find((e) => e.field === name);
        if (found) throw new Error(translate(found));
      }
    },
  });
  return { name, required: !!field.required, rules: [rule], ...conversions(field.kind) };
}
