import { useCreate, useList, type BaseRecord } from "@refinedev/core";
import { useEffect, useRef, useState } from "react";
import { can } from "../../../domain/access";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import { usePartyConfig } from "../../context/PartyContext";
import { todayIso } from "../../form/today";

/**
 * An article that is study material credits its hours once the reader reaches its end (the end
 * marker scrolls into view), once a year: an existing record is looked up first, and the backend
 * refuses a second one anyway. Answers the ref for the end marker and the hours credited, if any.
 */
export function useArticleCredit(article: BaseRecord | undefined) {
  const { dataProviderName, getUser } = usePartyConfig();
  const user = getUser?.();
  const year = todayIso().slice(0, 4);
  const hours = typeof article?.studyHours === "number" ? article.studyHours : undefined;
  const eligible = hours !== undefined && user?.memberId !== undefined && article?.status === "published";
  const existing = useList<BaseRecord>({
    resource: resourceIdentifier("study-records"),
    dataProviderName,
    pagination: { mode: "off" },
    filters: [
      { field: "memberId", operator: "eq", value: user?.memberId },
      { field: "articleId", operator: "eq", value: article?.id },
      { field: "date", operator: "gte", value: `${year}-01-01` },
    ],
    queryOptions: { enabled: eligible },
  });
  const { mutate } = useCreate();
  const [credited, setCredited] = useState(false);
  const asked = useRef(false);
  const endRef = useRef<HTMLSpanElement>(null);
  // Compared here too: json-server drops a filter on a field no stored record has yet.
  const already = existing.result.data.some((r) => String(r.articleId) === String(article?.id));
  const ready = eligible && existing.query.isSuccess && !already;

  useEffect(() => {
    const end = endRef.current;
    if (!ready || !end || asked.current) return;
    const values = { memberId: user!.memberId, articleId: article!.id, trainingName: String(article!.title).slice(0, 100), date: todayIso(), hours, source: "online", centralized: false };
    if (getUser && !can(user, "create", "study-records", values)) return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting) || asked.current) return;
      asked.current = true;
      observer.disconnect();
      mutate(
        { resource: resourceIdentifier("study-records"), values, dataProviderName, successNotification: false, errorNotification: false },
        { onSuccess: () => setCredited(true) },
      );
    });
    observer.observe(end);
    return () => observer.disconnect();
  }, [ready, article, hours, user, getUser, mutate, dataProviderName]);

  return { endRef, hours, credited: eligible && (credited || already) };
}
