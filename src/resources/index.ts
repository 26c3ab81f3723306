import type { ResourceDef } from "../schema/types";
import { auditLogs } from "./audit-logs/schema";
import { branches } from "./branches/schema";
import { commitments } from "./commitments/schema";
import { duesBases } from "./dues-bases/schema";
import { duesPayments } from "./dues-payments/schema";
import { members } from "./members/schema";
import { pairingActivities, pairingTasks, pairingTrainings } from "./pairing-items/schemas";
import { pairings } from "./pairings/schema";
import { transfers } from "./transfers/schema";

/** Every built-in resource, in menu order. */
export const builtInResources: readonly ResourceDef[] = [
  members,
  branches,
  pairings,
  pairingActivities,
  pairingTasks,
  pairingTrainings,
  commitments,
  auditLogs,
  duesBases,
  duesPayments,
  transfers,
];

export { MENU_GROUPS } from "./manifest";
