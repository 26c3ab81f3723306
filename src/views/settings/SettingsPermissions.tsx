import { Button, Card, Typography } from "antd";
import { useMemo } from "react";
import { isBuiltInRole, rulePermissions } from "../../domain/access";
import { namesBranch, type ResourcePermissions } from "../../domain/permissions";
import type { ResourceSettings } from "../../schema/settingsTypes";
import type { EffectiveResource, FieldError } from "../../schema/types";
import type { useFieldText } from "../hooks/useFieldText";
import { PermissionsEditor } from "../permissions/PermissionsEditor";
import { useRoleChoices } from "../permissions/useRoleChoices";

interface Props {
  draft: ResourceSettings;
  preview: EffectiveResource;
  errors: readonly FieldError[];
  text: ReturnType<typeof useFieldText>;
  /** null: back to the system's rules. */
  onChange: (permissions: ResourcePermissions | null) => void;
}

/** What is stored: the access module marks a built-in resource's permissions as narrowing its rules itself. */
const stored = ({ overRules: _, ...p }: ResourcePermissions): ResourcePermissions => p;

/**
 * A built-in resource's permissions, starting from what today's rules allow each role: taking an
 * action from a built-in role narrows its rules; an added role gets only the actions chosen, on the
 * rows of the scope.
 */
export function SettingsPermissions({ draft, preview, errors, text, onChange }: Props) {
  const roles = useRoleChoices();
  const permissions = draft.permissions ?? stored(rulePermissions(preview.name));
  const branchFields = preview.order.filter((f) => namesBranch(preview.fields[f])).map((f) => ({ value: f, label: text.label(f) }));
  const byPath = useMemo(() => {
    const map = new Map<string, FieldError[]>();
    for (const e of errors) if (e.field.startsWith("permissions")) map.set(e.field, [...(map.get(e.field) ?? []), e]);
    return map;
  }, [errors]);
  return (
    <Card title={text.t("party.settings.permissions")}>
      <Typography.Paragraph type="secondary">{text.t("party.settings.permissionsHelp")}</Typography.Paragraph>
      <PermissionsEditor
        idPrefix="settings"
        permissions={permissions}
        onChange={(next) => onChange(stored(next))}
        roles={roles}
        branchFields={branchFields}
        scopeLabel={text.t("party.settings.permissionsScope")}
        withScope={roles.some((role) => !isBuiltInRole(role.value))}
        errors={byPath}
        message={text.error}
        t={text.t}
      />
      {draft.permissions && <Button onClick={() => onChange(null)}>{text.t("party.settings.permissionsReset")}</Button>}
    </Card>
  );
}
