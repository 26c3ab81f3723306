import { courseOrTrainingRule, safeLinkRule, STUDY_SOURCES, studyHoursRule } from "../../domain/education";
import { defineResource } from "../../schema/defineResource";
import { oncePerYear, withinCourseWindow } from "./dataRules";

const DETAIL = ["create", "edit", "show", "export"] as const;

export const studyRecords = defineResource({
  name: "study-records",
  group: "education",
  icon: "ScheduleOutlined",
  titleField: "trainingName",
  defaultSort: [{ field: "date", order: "desc" }],
  fields: {
    // An imported sheet names members by ID number, or by name and branch.
    memberId: { kind: "relation", target: "members", labelField: "name", required: true, filter: true, importMatch: [["idNumber"], ["name", "branchId"]] },
    courseId: { kind: "relation", target: "courses", labelField: "title", filter: true },
    trainingName: { kind: "text", maxLength: 100, search: true, help: true },
    date: { kind: "date", required: true, sort: true, filter: true },
    hours: { kind: "number", required: true, sort: true, help: true },
    source: { kind: "enum", values: STUDY_SOURCES, required: true, default: "offline", filter: true },
    centralized: { kind: "boolean", default: false, filter: true, help: true, views: DETAIL },
    evidenceLink: { kind: "text", maxLength: 500, views: DETAIL },
    articleId: { kind: "relation", target: "articles", labelField: "title", views: ["show", "export"] },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: [studyHoursRule, courseOrTrainingRule, safeLinkRule("evidenceLink")],
  dataRules: [withinCourseWindow, oncePerYear],
});
