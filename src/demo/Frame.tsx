import { useNotificationProvider } from "@refinedev/antd";
import { useTranslate } from "@refinedev/core";
import { App as AntdApp } from "antd";
import { useEffect, type ReactNode } from "react";
import { connectNotifications } from "./notifications";

function ConnectNotifications() {
  const provider = useNotificationProvider();
  useEffect(() => connectNotifications(provider), [provider]);
  return null;
}

const REGION_ID = "demo-notifications";

/**
 * Notifications go into a polite live region at the end of the page: they are announced, and their
 * close buttons are not page content outside every landmark (axe's `region`).
 */
function notificationRegion(): HTMLElement {
  let region = document.getElementById(REGION_ID);
  if (!region) {
    region = document.createElement("div");
    region.id = REGION_ID;
    region.setAttribute("aria-live", "polite");
    document.body.append(region);
  }
  return region;
}

/**
 * rc-notification names every close button "Close", whatever the language, and antd's App passes
 * no name through: each one that appears gets the page's word for it.
 */
function LocalizedCloseButtons() {
  const t = useTranslate();
  const name = t("buttons.close");
  useEffect(() => {
    const region = notificationRegion();
    const label = () => region.querySelectorAll(".ant-notification-notice-close").forEach((button) => button.setAttribute("aria-label", name));
    label();
    const observer = new MutationObserver(label);
    observer.observe(region, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [name]);
  return null;
}

/** antd's App (notifications, messages, modals) around a lazily loaded frame; see notifications.ts. */
export function Frame({ children }: { children: ReactNode }) {
  return (
    <AntdApp notification={{ getContainer: notificationRegion }} message={{ getContainer: notificationRegion }}>
      <ConnectNotifications />
      <LocalizedCloseButtons />
      {children}
    </AntdApp>
  );
}
