import { OWNER_FIELD } from "../domain/permissions";
import type { FieldDef } from "./types";

/** Stamped by the backend with the creating user's id (the "own records" scope); shown nowhere, never typed. */
export const ownerField: FieldDef = { kind: "text", readOnly: true, views: [] };

/** A resource's fields with its creator's, for every resource people write records of. */
export const withOwner = (fields: Record<string, FieldDef>): Record<string, FieldDef> => ({ ...fields, [OWNER_FIELD]: ownerField });
