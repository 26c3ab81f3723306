import { checkPromotion } from "../../domain/memberStages";
import type { RecordAction } from "../../schema/types";

/** 晋升: moves a member to the next development stage on today's date, when the timing rules allow. */
export const promote: RecordAction = {
  name: "promote",
  run: (record, today) => {
    const result = checkPromotion(record, today);
    if (!result.ok) return result;
    return { ok: true, changes: { stage: result.stage, [result.dateField]: result.date }, params: { stage: result.stage, date: result.date } };
  },
};
