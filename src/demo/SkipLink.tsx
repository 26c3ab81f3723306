import { useTranslate } from "@refinedev/core";
import { theme } from "antd";
import { useState, type CSSProperties } from "react";

export const MAIN_CONTENT_ID = "main-content";

const hidden: CSSProperties = { position: "absolute", left: -10000, top: 0, width: 1, height: 1, overflow: "hidden" };

/**
 * The frame's first focusable element: "skip to main content", shown only while focused. It moves
 * focus to the page itself, past the menu, without touching the address (the router owns it).
 */
export function SkipLink() {
  const t = useTranslate();
  const { token } = theme.useToken();
  const [focused, setFocused] = useState(false);
  const shown: CSSProperties = {
    position: "fixed",
    left: 16,
    top: 16,
    zIndex: 2000,
    padding: "8px 16px",
    background: token.colorBgContainer,
    color: token.colorLink,
    borderRadius: token.borderRadius,
    boxShadow: token.boxShadow,
    textDecoration: "underline",
  };
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      style={focused ? shown : hidden}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      {t("demo.skipToContent")}
    </a>
  );
}
