// Assessment plans (考核方案): a year's indicator sheet, drafted, issued to the branches in scope
// (which creates one task per branch), then closed. The sheet is fixed once issued.
import { DEFAULT_FIVE_STAR_SHARE, DEFAULT_RECTIFY_BELOW, DEFAULT_STAR_THRESHOLDS, type ScoringSheet, type StarThresholds } from "./assessmentScoring";
import type { FieldError, RecordRule } from "./types";

export const PLAN_STATUSES = ["draft", "issued", "closed"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
/** To every branch, to the branches of some types, or to branches picked one by one. */
export const PLAN_SCOPES = ["all", "by_type", "selected"] as const;

const PLAN_TRANSITIONS: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = { draft: ["issued"], issued: ["closed"], closed: [] };

export const canMovePlan = (from: PlanStatus, to: PlanStatus) => from === to || PLAN_TRANSITIONS[from].includes(to);
const isPlanStatus = (value: unknown): value is PlanStatus => typeof value === "string" && (PLAN_STATUSES as readonly string[]).includes(value);

/** The sheet's parts a plan may change only while it is a draft. */
export const SHEET_FIELDS = ["categories", "indicators", "vetoes", "fiveStarMin", "fourStarMin", "threeStarMin", "twoStarMin", "fiveStarShare", "rectifyBelow", "scope", "branchTypes", "branchIds"] as const;

type Rec = Record<string, unknown>;
const list = (value: unknown): Rec[] => (Array.isArray(value) ? value.filter((v): v is Rec => !!v && typeof v === "object") : []);
const num = (value: unknown, fallback: number) => (typeof value === "number" && Number.isFinite(value) ? value : fallback);
const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** A stored plan's sheet, read loosely: entries of the wrong shape are left out (the field checks report them). */
export function sheetOf(plan: Rec | undefined): ScoringSheet {
  return {
    categories: list(plan?.categories).map((c) => ({ code: text(c.code), name: text(c.name), weight: num(c.weight, 0) })),
    indicators: list(plan?.indicators).map((i) => ({
      code: text(i.code),
      categoryCode: text(i.categoryCode),
      title: text(i.title),
      maxPoints: num(i.maxPoints, 0),
      source: text(i.source) || undefined,
    })),
    vetoes: list(plan?.vetoes).map((v) => ({ code: text(v.code), title: text(v.title) })),
  };
}

/** The plan's thresholds and shares, each falling back to the domain rules' default. */
export function planRules(plan: Rec | undefined): { thresholds: StarThresholds; fiveStarShare: number; rectifyBelow: number } {
  return {
    thresholds: {
      five: num(plan?.fiveStarMin, DEFAULT_STAR_THRESHOLDS.five),
      four: num(plan?.fourStarMin, DEFAULT_STAR_THRESHOLDS.four),
      three: num(plan?.threeStarMin, DEFAULT_STAR_THRESHOLDS.three),
      two: num(plan?.twoStarMin, DEFAULT_STAR_THRESHOLDS.two),
    },
    // Percent fields are stored as whole percents (30 = 30 %).
    fiveStarShare: num(plan?.fiveStarShare, DEFAULT_FIVE_STAR_SHARE * 100) / 100,
    rectifyBelow: num(plan?.rectifyBelow, DEFAULT_RECTIFY_BELOW * 100) / 100,
  };
}

const key = (name: string) => `party.rules.${name}`;
const duplicates = (codes: string[]) => codes.filter((code, i) => code && codes.indexOf(code) !== i);

/** The categories' weights add up to 100 %. */
export const weightsRule: RecordRule = (record) => {
  const categories = sheetOf(record).categories;
  if (!categories.length) return [];
  const sum = Math.round(categories.reduce((s, c) => s + c.weight, 0) * 100) / 100;
  return sum === 100 ? [] : [{ field: "categories", key: key("assessmentWeightsSum"), params: { sum } }];
};

/** Codes are unique, each indicator names an existing category, and each category has an indicator. */
export const sheetShapeRule: RecordRule = (record) => {
  const sheet = sheetOf(record);
  const errors: FieldError[] = [];
  const categoryCodes = sheet.categories.map((c) => c.code);
  const dupCategory = duplicates(categoryCodes)[0];
  if (dupCategory) errors.push({ field: "categories", key: key("assessmentDuplicateCode"), params: { code: dupCategory } });
  const itemCodes = [...sheet.indicators.map((i) => i.code), ...(sheet.vetoes ?? []).map((v) => v.code)];
  const dupItem = duplicates(itemCodes)[0];
  const stray = sheet.indicators.find((i) => i.categoryCode && !categoryCodes.includes(i.categoryCode));
  if (dupItem) errors.push({ field: "indicators", key: key("assessmentDuplicateCode"), params: { code: dupItem } });
  else if (stray) errors.push({ field: "indicators", key: key("assessmentUnknownCategory"), params: { code: stray.code, category: stray.categoryCode } });
  else {
    const empty = sheet.categories.find((c) => c.code && !sheet.indicators.some((i) => i.categoryCode === c.code));
    if (empty && sheet.indicators.length) errors.push({ field: "indicators", key: key("assessmentEmptyCategory"), params: { category: empty.code } });
  }
  return errors;
};

/** Thresholds descend: five stars above four, above three, above two. */
export const thresholdsRule: RecordRule = (record) => {
  const { thresholds: t } = planRules(record);
  if (t.five > t.four && t.four > t.three && t.three > t.two) return [];
  return [{ field: "fourStarMin", key: key("assessmentThresholdsOrder") }];
};

/** Issuing needs a whole sheet, and a scope by type names at least one type. */
export const issueRule: RecordRule = (record) => {
  const errors: FieldError[] = [];
  if (record.scope === "by_type" && !(Array.isArray(record.branchTypes) && record.branchTypes.length)) {
    errors.push({ field: "branchTypes", key: key("assessmentBranchTypesRequired") });
  }
  if (record.scope === "selected" && !(Array.isArray(record.branchIds) && record.branchIds.length)) {
    errors.push({ field: "branchIds", key: key("assessmentBranchIdsRequired") });
  }
  if (record.status !== "draft" && record.status !== undefined) {
    const sheet = sheetOf(record);
    if (!sheet.categories.length) errors.push({ field: "categories", key: key("assessmentSheetRequired") });
    else if (!sheet.indicators.length) errors.push({ field: "indicators", key: key("assessmentSheetRequired") });
  }
  return errors;
};

/** draft → issued → closed; a new plan is a draft; the sheet cannot change once issued. */
export const planTransitionRule: RecordRule = (record, ctx) => {
  const to = record.status;
  if (!isPlanStatus(to)) return [];
  if (ctx.mode === "create") return to === "draft" ? [] : [{ field: "status", key: key("assessmentPlanInitialStatus") }];
  const from = ctx.original?.status;
  if (!isPlanStatus(from)) return [];
  if (!canMovePlan(from, to)) return [{ field: "status", key: key("assessmentPlanTransition"), params: { from, to } }];
  if (from === "draft") return [];
  const changed = SHEET_FIELDS.find((f) => record[f] !== undefined && JSON.stringify(record[f]) !== JSON.stringify(ctx.original?.[f]));
  return changed ? [{ field: changed, key: key("assessmentSheetFixed") }] : [];
};

export const planRulesList: RecordRule[] = [planTransitionRule, weightsRule, sheetShapeRule, thresholdsRule, issueRule];

/** The branches a plan is issued to: all of them, those of the chosen types, or those picked. */
export function branchesInScope<T extends Rec>(plan: Rec, branches: readonly T[]): T[] {
  if (plan.scope === "selected") {
    const ids = new Set(Array.isArray(plan.branchIds) ? plan.branchIds.map(String) : []);
    return branches.filter((b) => ids.has(String(b.id)));
  }
  if (plan.scope !== "by_type") return [...branches];
  const types = new Set(Array.isArray(plan.branchTypes) ? plan.branchTypes.map(String) : []);
  return branches.filter((b) => types.has(String(b.type)));
}
