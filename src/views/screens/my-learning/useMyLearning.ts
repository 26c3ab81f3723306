import { useList, useOne, type BaseRecord } from "@refinedev/core";
import { useMemo } from "react";
import { DEFAULT_MINIMUMS } from "../../../domain/education";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import { usePartyConfig } from "../../context/PartyContext";
import { todayIso } from "../../form/today";

/** Which course audiences a member belongs to: everyone's, plus their stage's and, for leaders, the leaders'. */
function audiencesOf(member: BaseRecord | undefined): Set<string> {
  const audiences = new Set(["all"]);
  if (member?.stage === "probationary") audiences.add("probationary");
  if (member?.stage === "activist" || member?.stage === "candidate") audiences.add("activists");
  if (Number(member?.studyMinimum) === DEFAULT_MINIMUMS.leader) audiences.add("leaders");
  return audiences;
}

/**
 * The signed-in member's learning: their member record (hours, minimum and pace are derived by
 * the backend), the courses meant for them with required ones first, and which they finished this year.
 */
export function useMyLearning() {
  const { dataProviderName, getUser } = usePartyConfig();
  const memberId = getUser?.()?.memberId;
  const year = todayIso().slice(0, 4);
  const member = useOne<BaseRecord>({
    resource: resourceIdentifier("members"),
    id: memberId ?? "",
    dataProviderName,
    queryOptions: { enabled: memberId !== undefined },
  });
  const courses = useList<BaseRecord>({ resource: resourceIdentifier("courses"), dataProviderName, pagination: { mode: "off" } });
  const records = useList<BaseRecord>({
    resource: resourceIdentifier("study-records"),
    dataProviderName,
    pagination: { mode: "off" },
    filters: [
      { field: "memberId", operator: "eq", value: memberId },
      { field: "date", operator: "gte", value: `${year}-01-01` },
    ],
    queryOptions: { enabled: memberId !== undefined },
  });
  const record = member.result;
  const mine = useMemo(() => {
    const audiences = audiencesOf(record);
    const done = new Set(records.result.data.map((r) => String(r.courseId)));
    return courses.result.data
      .filter((c) => audiences.has(String(c.audience)))
      .map((c): BaseRecord & { done: boolean } => ({ ...c, done: done.has(String(c.id)) }))
      .sort((a, b) => Number(b.required) - Number(a.required) || Number(a.done) - Number(b.done) || String(a.title).localeCompare(String(b.title), "zh-CN"));
  }, [courses.result.data, records.result.data, record]);
  return {
    memberId,
    member: record,
    courses: mine,
    isLoading: member.query.isLoading || courses.query.isLoading || records.query.isLoading,
  };
}
