import type { ResourceDef } from "../schema/types";
import { articles } from "./articles/schema";
import { auditLogs } from "./audit-logs/schema";
import { branches } from "./branches/schema";
import { commitments } from "./commitments/schema";
import { courses } from "./courses/schema";
import { members } from "./members/schema";
import { pairingActivities, pairingTasks, pairingTrainings } from "./pairing-items/schemas";
import { pairings } from "./pairings/schema";
import { studyRecords } from "./study-records/schema";

/** Every built-in resource, in menu order. */
export const builtInResources: readonly ResourceDef[] = [
  members,
  branches,
  pairings,
  pairingActivities,
  pairingTasks,
  pairingTrainings,
  commitments,
  courses,
  studyRecords,
  articles,
  auditLogs,
];

export { MENU_GROUPS } from "./manifest";
