import { duesBaseFromComponents, monthlyAmountOf, needsDuesReview } from "../../domain/duesBase";

/** The base, the monthly amount by the brackets and the review flag, from the stored components. */
export function deriveDuesAmounts(records: Record<string, unknown>[]): Record<string, unknown>[] {
  return records.map((record) => {
    try {
      const monthlyAmount = monthlyAmountOf(record);
      return { ...record, base: duesBaseFromComponents(record), monthlyAmount, needsReview: needsDuesReview(monthlyAmount) };
    } catch {
      return record; // an unknown category stored by another client: nothing to derive
    }
  });
}
