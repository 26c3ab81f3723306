import type { DataLookup } from "../../domain/types";

/** Each value carries its indicator's group, level and public flag, so lists filter on them (a member's list keeps public hospital-wide ones). */
export function deriveIndicator(values: Record<string, unknown>[], data: DataLookup): Record<string, unknown>[] {
  const byId = new Map(data.all("indicators").map((i) => [String(i.id), i]));
  return values.map((value) => {
    const indicator = byId.get(String(value.indicatorId));
    return { ...value, group: indicator?.group ?? null, level: indicator?.level ?? null, public: indicator?.public === true };
  });
}
