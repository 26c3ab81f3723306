import { useNotificationProvider } from "@refinedev/antd";
import { App as AntdApp } from "antd";
import { useEffect, type ReactNode } from "react";
import { connectNotifications } from "./notifications";

function ConnectNotifications() {
  const provider = useNotificationProvider();
  useEffect(() => connectNotifications(provider), [provider]);
  return null;
}

/** antd's App (notifications, messages, modals) around a lazily loaded frame; see notifications.ts. */
export function Frame({ children }: { children: ReactNode }) {
  return (
    <AntdApp>
      <ConnectNotifications />
      {children}
    </AntdApp>
  );
}
