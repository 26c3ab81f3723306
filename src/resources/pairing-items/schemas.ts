import { defineResource } from "../../schema/defineResource";

// The three lines of work under a pairing (活动联办 / 业务联动 / 队伍联育), each its own REST collection.
const pairingId = { kind: "relation", target: "pairings", labelField: "title", required: true, filter: true } as const;
const version = { kind: "number", readOnly: true, views: [] } as const;

export const pairingActivities = defineResource({
  name: "pairing-activities",
  group: "coop",
  icon: "TeamOutlined",
  titleField: "theme",
  defaultSort: [{ field: "date", order: "desc" }],
  fields: {
    pairingId,
    date: { kind: "date", required: true, sort: true, filter: true },
    theme: { kind: "text", required: true, maxLength: 80, search: true },
    participantIds: { kind: "multi-relation", target: "members", labelField: "name", help: true },
    summary: { kind: "textarea", maxLength: 1000, views: ["create", "edit", "show", "export"] },
    version,
  },
});

export const pairingTasks = defineResource({
  name: "pairing-tasks",
  group: "coop",
  icon: "SolutionOutlined",
  titleField: "problem",
  defaultSort: [{ field: "dueDate", order: "asc" }],
  fields: {
    pairingId,
    problem: { kind: "textarea", required: true, maxLength: 500, search: true, help: true },
    ownerId: { kind: "relation", target: "members", labelField: "name", required: true },
    dueDate: { kind: "date", required: true, sort: true, filter: true },
    status: { kind: "enum", values: ["open", "in_progress", "done"], required: true, default: "open", filter: true, sort: true },
    result: { kind: "textarea", maxLength: 1000, views: ["create", "edit", "show", "export"] },
    version,
  },
});

export const pairingTrainings = defineResource({
  name: "pairing-trainings",
  group: "coop",
  icon: "TeamOutlined",
  titleField: "title",
  defaultSort: [{ field: "date", order: "desc" }],
  fields: {
    pairingId,
    title: { kind: "text", required: true, maxLength: 80, search: true },
    kind: { kind: "enum", values: ["training", "exchange"], required: true, filter: true },
    date: { kind: "date", required: true, sort: true },
    participantIds: { kind: "multi-relation", target: "members", labelField: "name" },
    version,
  },
});
