import { useTranslate, type HttpError, type OpenNotificationParams } from "@refinedev/core";
import { useCallback } from "react";
import { errorKindKey } from "../../data/httpError";

/**
 * Refine's default error notification shows the server's message as sent (a message key here);
 * the plugin's mutations use this one, which says what happened in the user's language.
 */
export function useErrorNotification() {
  const t = useTranslate();
  return useCallback(
    (error?: unknown): OpenNotificationParams => {
      const message = (error as HttpError | undefined)?.message;
      const specific = message && message.startsWith("party.") ? t(message) : undefined;
      // Refine's antd notifications show `description` as the heading and `message` beneath it.
      return { type: "error", description: t(errorKindKey(error)), message: specific ?? t("party.errors.tryAgain") };
    },
    [t],
  );
}
