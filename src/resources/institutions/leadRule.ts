import { secondLeadErrors } from "../../domain/consortium";
import type { DataRule } from "../../domain/types";

/** Feeds the other stored institutions to the one-lead check. */
export const oneLeadRule: DataRule = (record, ctx, data) =>
  secondLeadErrors({ ...record, id: record.id ?? ctx.original?.id }, data.all("institutions"));
