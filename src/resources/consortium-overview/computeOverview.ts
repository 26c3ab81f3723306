import { consortiumOverview, overviewYears } from "../../domain/consortiumOverview";
import { OUTREACH_QUOTA } from "../../domain/outreachQuota";
import type { DataLookup } from "../../domain/types";

/** The overview's rows from the stored institutions, postings and activities; each row also names its institution's kind. */
export function computeOverview(data: DataLookup, today: string): Record<string, unknown>[] {
  const institutions = data.all("institutions");
  const postings = data.all("outreach-postings");
  const activities = data.all("outreach-activities");
  const kinds = new Map(institutions.map((i) => [String(i.id), i.kind]));
  return consortiumOverview(institutions, postings, activities, overviewYears(postings, activities, today), OUTREACH_QUOTA).map((row) => ({
    ...row,
    kind: kinds.get(String(row.institutionId)),
  }));
}
