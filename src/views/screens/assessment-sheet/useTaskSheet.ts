import { useInvalidate, useOne, useUpdate } from "@refinedev/core";
import { useCallback, useMemo } from "react";
import { can } from "../../../domain/access";
import { planRules, sheetOf } from "../../../domain/assessmentPlans";
import { isTaskStatus, type TaskStatus } from "../../../domain/assessmentTasks";
import { errorKindKey, isPartyHttpError } from "../../../data/httpError";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import { usePartyConfig } from "../../context/PartyContext";
import type { SheetRole } from "./sheetDraft";

type Rec = Record<string, unknown>;
const TASKS = resourceIdentifier("assessment-tasks");

export interface AutoFigure {
  code: string;
  source: string;
  count?: number;
  of?: number;
  share?: number;
  average?: number;
  suggested: number;
  resource: string;
  recordIds: string[];
}

/** A task with its plan and branch, who may work on it now, and `save` that sends one PATCH and says what the backend refused. */
export function useTaskSheet(id: string | undefined) {
  const { dataProviderName, getUser } = usePartyConfig();
  const { result: task, query } = useOne<Rec>({ resource: TASKS, id: id ?? "", dataProviderName, queryOptions: { enabled: !!id } });
  const planId = task?.planId as string | number | undefined;
  const branchId = task?.branchId as string | number | undefined;
  const { result: plan, query: planQuery } = useOne<Rec>({ resource: resourceIdentifier("assessment-plans"), id: planId ?? "", dataProviderName, queryOptions: { enabled: planId !== undefined } });
  const { result: branch } = useOne<Rec>({ resource: resourceIdentifier("branches"), id: branchId ?? "", dataProviderName, queryOptions: { enabled: branchId !== undefined } });
  const { mutateAsync, mutation } = useUpdate();
  const invalidate = useInvalidate();

  const sheet = useMemo(() => sheetOf(plan), [plan]);
  const figures = useMemo(() => new Map(((task?.autoFigures as AutoFigure[] | undefined) ?? []).map((f) => [f.code, f])), [task]);
  const suggested = useMemo(() => new Map([...figures].map(([code, f]) => [code, f.suggested])), [figures]);
  const status: TaskStatus | undefined = isTaskStatus(task?.status) ? task.status : undefined;
  const user = getUser?.();
  const role: SheetRole = !task ? "reader" : !getUser ? "committee" : !can(user, "edit", "assessment-tasks", task) ? "reader" : user?.role === "admin" ? "committee" : "branch";

  /** Sends the change; resolves to the refusals (translated keys with their values), empty when saved. */
  const save = useCallback(
    async (values: Rec): Promise<{ key: string; params?: Record<string, string | number> }[]> => {
      try {
        await mutateAsync({ resource: TASKS, dataProviderName, id: id!, values, mutationMode: "pessimistic", successNotification: false, errorNotification: false });
        await invalidate({ resource: resourceIdentifier("assessment-results"), dataProviderName, invalidates: ["list"] });
        return [];
      } catch (error) {
        if (isPartyHttpError(error) && error.fieldErrors) return Object.values(error.fieldErrors).flat();
        return [{ key: errorKindKey(error) }];
      }
    },
    [mutateAsync, invalidate, dataProviderName, id],
  );

  return {
    task,
    plan,
    branch,
    sheet,
    rules: planRules(plan),
    figures,
    suggested,
    status,
    role,
    save,
    saving: mutation.isPending,
    isLoading: query.isLoading || (planId !== undefined && planQuery.isLoading),
  };
}
