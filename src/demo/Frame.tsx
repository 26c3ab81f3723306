import { useNotificationProvider } from "@refinedev/antd";
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

/** antd's App (notifications, messages, modals) around a lazily loaded frame; see notifications.ts. */
export function Frame({ children }: { children: ReactNode }) {
  return (
    <AntdApp notification={{ getContainer: notificationRegion }} message={{ getContainer: notificationRegion }}>
      <ConnectNotifications />
      {children}
    </AntdApp>
  );
}
