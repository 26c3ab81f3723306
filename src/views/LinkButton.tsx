import { Button, type ButtonProps } from "antd";
import type { MouseEvent } from "react";
import { useHref, useLinkClickHandler } from "react-router";

type Props = Omit<ButtonProps, "href" | "onClick"> & { to: string };

/**
 * A link that looks like a button: antd renders `<a class="ant-btn">`, and the router handles the
 * click (a new tab on ctrl/⌘-click still works). A `<Link>` around a `<Button>` would put a
 * button inside a link and give the keyboard two stops, or one that is not the link.
 */
export function LinkButton({ to, ...props }: Props) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLElement>(to);
  return <Button {...props} href={href} onClick={(event: MouseEvent<HTMLElement>) => navigate(event as MouseEvent<HTMLAnchorElement>)} />;
}
