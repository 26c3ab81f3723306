import { ATTACHMENT_KINDS, ATTENDANCE_STATUSES, EXCLUSION_REASONS, MEETING_KINDS, MEETING_STATUSES, meetingRules } from "../../domain/meetings";
import { defineResource } from "../../schema/defineResource";
import { attendanceFill } from "./attendanceFill";
import { deriveMeetings } from "./deriveMeetings";
import { meetingVotingRule } from "./meetingVotingRule";
import { attendanceSummary } from "./summary";
import { meetingWarnings } from "./warnings";

const DETAIL = ["create", "edit", "show", "export"] as const;
const RECORD = ["create", "edit", "show"] as const;
const COMPUTED = ["list", "show", "export"] as const;

export const meetings = defineResource({
  name: "meetings",
  group: "orglife",
  icon: "CalendarOutlined",
  titleField: "title",
  defaultSort: [{ field: "date", order: "desc" }],
  fields: {
    title: { kind: "text", required: true, maxLength: 80, search: true, sort: true },
    branchId: { kind: "relation", target: "branches", labelField: "name", required: true, filter: true },
    kind: { kind: "enum", values: MEETING_KINDS, required: true, filter: true, sort: true },
    status: { kind: "enum", values: MEETING_STATUSES, required: true, default: "planned", filter: true, sort: true, help: true },
    date: { kind: "date", required: true, sort: true, filter: true },
    time: { kind: "text", pattern: "([01]\\d|2[0-3]):[0-5]\\d", maxLength: 5, help: true, views: DETAIL },
    place: { kind: "text", maxLength: 60, views: DETAIL },
    chairId: { kind: "relation", target: "members", labelField: "name", views: DETAIL },
    recorderId: { kind: "relation", target: "members", labelField: "name", views: DETAIL },
    lecturerId: { kind: "relation", target: "members", labelField: "name", help: true, views: DETAIL },
    agenda: { kind: "textarea", maxLength: 1000, views: DETAIL },
    attendance: {
      kind: "items",
      target: "members",
      maxLength: 1000,
      help: true,
      views: RECORD,
      item: {
        memberId: { kind: "relation", target: "members", labelField: "name", required: true },
        status: { kind: "enum", values: ATTENDANCE_STATUSES, required: true },
        reason: { kind: "enum", values: EXCLUSION_REASONS },
        voting: { kind: "boolean" },
        written: { kind: "boolean" },
      },
      fill: attendanceFill,
      summary: attendanceSummary,
    },
    observers: { kind: "tags", maxLength: 30, help: true, views: DETAIL },
    minutes: { kind: "textarea", maxLength: 5000, views: RECORD },
    resolutions: {
      kind: "items",
      maxLength: 20,
      help: true,
      views: DETAIL,
      item: {
        title: { kind: "text", required: true, maxLength: 200 },
        yes: { kind: "number", min: 0, required: true },
        no: { kind: "number", min: 0, required: true },
        abstain: { kind: "number", min: 0, required: true },
        outcome: { kind: "enum", values: ["passed", "failed_quorum", "failed_majority"], readOnly: true },
      },
    },
    attachments: {
      kind: "items",
      maxLength: 20,
      help: true,
      views: RECORD,
      item: {
        kind: { kind: "enum", values: ATTACHMENT_KINDS, required: true },
        title: { kind: "text", maxLength: 60 },
        url: { kind: "text", required: true, maxLength: 500, pattern: "https?://[^\\s]+" },
      },
    },
    cancelReason: { kind: "textarea", maxLength: 300, views: DETAIL },
    expectedCount: { kind: "number", readOnly: true, sort: true, views: COMPUTED },
    presentCount: { kind: "number", readOnly: true, sort: true, views: COMPUTED },
    quorate: { kind: "boolean", readOnly: true, filter: true, views: COMPUTED },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: meetingRules,
  dataRules: [meetingVotingRule],
  derive: deriveMeetings,
  warnings: meetingWarnings,
});
