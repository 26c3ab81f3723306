import { planRulesList } from "../../domain/assessmentPlans";
import type { RecordAction } from "../../schema/types";

/** Moves a plan on one step, judged first by the plan's own rules (the backend judges it again). */
const move = (name: string, from: string, to: string): RecordAction => ({
  name,
  offered: (record) => record.status === from,
  run: (record, today) => {
    const next = { ...record, status: to };
    const error = planRulesList.flatMap((rule) => rule(next, { today, mode: "edit", original: record }))[0];
    return error ? { ok: false, error } : { ok: true, changes: { status: to }, params: { title: String(record.title ?? "") } };
  },
});

/** 下发: the plan goes out and every branch in scope gets its task. */
export const issuePlan = move("issue", "draft", "issued");
/** 结束: no more self-reports; results stand. */
export const closePlan = move("close", "issued", "closed");
