import type { NotificationProvider } from "@refinedev/core";

// Refine wants a notification provider from the start, but antd's App (notification, message and
// modal machinery) is a large part of a first load that shows none of them. It loads with the first
// frame (Frame.tsx, in the login page and the signed-in shell), which connects its provider here;
// anything asked for before that waits for it.
let connected: NotificationProvider | undefined;
const waiting: ((provider: NotificationProvider) => void)[] = [];
const whenConnected = (call: (provider: NotificationProvider) => void) => (connected ? call(connected) : void waiting.push(call));

export const notificationProvider: NotificationProvider = {
  open: (params) => whenConnected((provider) => provider.open(params)),
  close: (key) => whenConnected((provider) => provider.close(key)),
};

export function connectNotifications(provider: NotificationProvider): void {
  connected = provider;
  for (const call of waiting.splice(0)) call(provider);
}
