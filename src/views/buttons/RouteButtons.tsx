import { EditOutlined, PlusSquareOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { CreateButton, EditButton, ListButton } from "@refinedev/antd";
import { useCreateButton, useEditButton, useListButton, type BaseKey } from "@refinedev/core";
import { Button } from "antd";
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { LinkButton } from "../LinkButton";

type Values = ReturnType<typeof useCreateButton>;
interface RouteProps {
  resource?: string;
  meta?: Record<string, unknown>;
}

/**
 * Refine's create, list and edit buttons as one link each. @refinedev/antd's own put a <button>
 * inside an <a>: two Tab stops, the first without a visible focus ring. These take the route,
 * label and access check from the same Refine hooks and render a link styled as a button.
 */
function RouteLink({ values, icon, primary }: { values: Values; icon: ReactNode; primary?: boolean }) {
  if (values.hidden) return null;
  const type = primary ? "primary" : "default";
  // Not permitted: a disabled button that says why (its title), not a link that goes nowhere.
  if (values.disabled)
    return (
      <Button icon={icon} type={type} disabled title={values.title || undefined}>
        {values.label}
      </Button>
    );
  return (
    <LinkButton to={values.to} icon={icon} type={type} title={values.title || undefined}>
      {values.label}
    </LinkButton>
  );
}

export function CreateLinkButton(props: RouteProps) {
  return <RouteLink values={useCreateButton(props)} icon={<PlusSquareOutlined />} primary />;
}

export function ListLinkButton(props: RouteProps) {
  return <RouteLink values={useListButton(props)} icon={<UnorderedListOutlined />} />;
}

export function EditLinkButton({ recordItemId, ...props }: RouteProps & { recordItemId?: BaseKey }) {
  return <RouteLink values={useEditButton({ ...props, id: recordItemId })} icon={<EditOutlined />} />;
}

const AS_LINK = new Map<unknown, (props: RouteProps & { recordItemId?: BaseKey }) => ReactNode>([
  [CreateButton, CreateLinkButton],
  [ListButton, ListLinkButton],
  [EditButton, EditLinkButton],
]);

/**
 * A page's default header buttons (`headerButtons={({ defaultButtons }) => …}`) with Refine's
 * create, list and edit buttons swapped for the links above, keeping the props Refine gave them.
 */
export function asLinks(buttons: ReactNode): ReactNode {
  return Children.map(buttons, (child): ReactNode => {
    if (!isValidElement(child)) return child;
    const element = child as ReactElement<{ children?: ReactNode; resource?: string; meta?: Record<string, unknown>; recordItemId?: BaseKey }>;
    const Link = AS_LINK.get(element.type);
    if (Link) return <Link key={element.key} resource={element.props.resource} meta={element.props.meta} recordItemId={element.props.recordItemId} />;
    // The Fragment Refine wraps its buttons in.
    if (element.props.children !== undefined) return cloneElement(element, undefined, asLinks(element.props.children));
    return child;
  });
}
