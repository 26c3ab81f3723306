import { indicatorValueErrors } from "../../domain/indicators";
import type { DataRule } from "../../domain/types";

/** Feeds the value's indicator and the stored values of it to the period, scope and duplicate checks. */
export const indicatorValueRule: DataRule = (record, ctx, data) => {
  const merged: Record<string, unknown> = { ...ctx.original, ...record, id: record.id ?? ctx.original?.id };
  const indicator = data.get("indicators", merged.indicatorId);
  const others = data.all("indicator-values").filter((v) => String(v.indicatorId) === String(merged.indicatorId));
  return indicatorValueErrors(merged, indicator, others);
};
