import { COURSE_AUDIENCES, COURSE_KINDS, courseDateOrderRule, creditedHours, isCourseKind, safeLinkRule } from "../../domain/education";
import { defineResource } from "../../schema/defineResource";
import { finishCourse } from "./finish";

const DETAIL = ["create", "edit", "show", "export"] as const;

export const courses = defineResource({
  name: "courses",
  group: "education",
  icon: "ReadOutlined",
  titleField: "title",
  // Required courses first, then the newest.
  defaultSort: [
    { field: "required", order: "desc" },
    { field: "openFrom", order: "desc" },
  ],
  fields: {
    title: { kind: "text", required: true, maxLength: 100, search: true, sort: true },
    kind: { kind: "enum", values: COURSE_KINDS, required: true, filter: true, sort: true },
    durationMinutes: { kind: "number", required: true, min: 1, max: 14_400, help: true, views: DETAIL },
    hours: {
      kind: "number",
      required: true,
      min: 0.25,
      max: 200,
      sort: true,
      help: true,
      // The counting rule's figure, offered beside the field; the person may credit otherwise.
      suggest: (r) => (isCourseKind(r.kind) && typeof r.durationMinutes === "number" ? creditedHours(r.kind, r.durationMinutes) : undefined),
    },
    audience: { kind: "enum", values: COURSE_AUDIENCES, required: true, default: "all", filter: true },
    required: { kind: "boolean", default: false, filter: true, sort: true },
    link: { kind: "text", maxLength: 500, help: true, views: DETAIL },
    description: { kind: "textarea", maxLength: 2000, views: DETAIL },
    openFrom: { kind: "date", required: true, sort: true, filter: true },
    openTo: { kind: "date", sort: true },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: [courseDateOrderRule, safeLinkRule("link")],
  actions: [finishCourse],
});
