import type { ResourceDef } from "../schema/types";
import { indicatorValues } from "./indicator-values/schema";
import { indicators } from "./indicators/schema";
import { workbench } from "./workbench/schema";
import { articles } from "./articles/schema";
import { auditLogs } from "./audit-logs/schema";
import { branches } from "./branches/schema";
import { commitments } from "./commitments/schema";
import { courses } from "./courses/schema";
import { duesBases } from "./dues-bases/schema";
import { duesPayments } from "./dues-payments/schema";
import { members } from "./members/schema";
import { appraisals } from "./appraisals/schema";
import { meetings } from "./meetings/schema";
import { pairingActivities, pairingTasks, pairingTrainings } from "./pairing-items/schemas";
import { pairings } from "./pairings/schema";
import { consortiumAgreements } from "./consortium-agreements/schema";
import { consortiumOverview } from "./consortium-overview/schema";
import { institutions } from "./institutions/schema";
import { outreachActivities } from "./outreach-activities/schema";
import { outreachPostings } from "./outreach-postings/schema";
import { studyRecords } from "./study-records/schema";
import { transfers } from "./transfers/schema";
import { assessmentPlans } from "./assessment-plans/schema";
import { assessmentResults } from "./assessment-results/schema";
import { assessmentTasks } from "./assessment-tasks/schema";
import { accounts } from "./accounts/schema";

/** Every built-in resource, in menu order. */
export const builtInResources: readonly ResourceDef[] = [
  workbench,
  indicators,
  indicatorValues,
  members,
  branches,
  pairings,
  pairingActivities,
  pairingTasks,
  pairingTrainings,
  commitments,
  institutions,
  consortiumAgreements,
  outreachPostings,
  outreachActivities,
  consortiumOverview,
  meetings,
  appraisals,
  courses,
  studyRecords,
  articles,
  duesBases,
  duesPayments,
  transfers,
  assessmentPlans,
  assessmentTasks,
  assessmentResults,
  accounts,
  auditLogs,
];

export { MENU_GROUPS } from "./manifest";
