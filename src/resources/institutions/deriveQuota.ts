import { OUTREACH_QUOTA, quotaFigures } from "../../domain/outreachQuota";
import type { DataLookup } from "../../domain/types";

/** Each institution's standing against the posting-down quota in the current year, from the stored postings. */
export function deriveQuota(institutions: Record<string, unknown>[], data: DataLookup, today: string): Record<string, unknown>[] {
  const postings = data.all("outreach-postings");
  const lead = institutions.find((i) => i.isLead === true);
  const year = Number(today.slice(0, 4));
  return institutions.map((institution) => {
    if (institution === lead) return { ...institution, quotaShortfalls: [], qualifyingStaff: 0 };
    const figures = quotaFigures(institution, postings, lead, year, OUTREACH_QUOTA);
    return { ...institution, quotaShortfalls: figures.shortfalls, qualifyingStaff: figures.qualifyingStaff };
  });
}
