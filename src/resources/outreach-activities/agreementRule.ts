import { activityAgreementErrors } from "../../domain/consortium";
import type { DataRule } from "../../domain/types";

/** An activity under an agreement is held within its term, at one of its institutions. */
export const activityAgreementRule: DataRule = (record, _ctx, data) =>
  record.agreementId === undefined || record.agreementId === null || record.agreementId === ""
    ? []
    : activityAgreementErrors(record, data.get("consortium-agreements", record.agreementId));
