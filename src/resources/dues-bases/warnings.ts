import { DUES_REVIEW_ABOVE, monthlyAmountOf, needsDuesReview } from "../../domain/duesBase";
import { warning, type DomainWarning } from "../../domain/warnings";

/** More than 1,000 yuan a month goes to the Party committee for review. */
export function duesBaseWarnings(record: Record<string, unknown>): DomainWarning[] {
  const amount = typeof record.monthlyAmount === "number" ? record.monthlyAmount : safeAmount(record);
  return amount !== undefined && needsDuesReview(amount) ? [warning("duesAboveReview", { amount, max: DUES_REVIEW_ABOVE })] : [];
}

function safeAmount(record: Record<string, unknown>) {
  try {
    return monthlyAmountOf(record);
  } catch {
    return undefined;
  }
}
