import type { LocalizedText } from "../types";
import type { FieldSpecDef, OptionSpec, ResourceDefinition } from "./types";

// Starting definitions, one click each in the designer; every one is edited before it is saved.

const t = (zh: string, en: string): LocalizedText => ({ "zh-CN": zh, "en-US": en });
const o = (value: string, zh: string, en: string): OptionSpec => ({ value, label: t(zh, en) });
const ALL_FLAGS = { filter: true, sort: true };

/** The menu group the templates share (a new one, named in both languages). */
const REGISTERS = { group: "registers", groupLabel: t("工作台账", "Registers") };

const member = (required = true): FieldSpecDef => ({ key: "memberId", kind: "relation", target: "members", label: t("党员", "Member"), required, filter: true });
const branch: FieldSpecDef = { key: "branchId", kind: "relation", target: "branches", label: t("所属支部", "Branch"), required: true, filter: true };

export const TEMPLATES: readonly ResourceDefinition[] = [
  {
    id: "volunteer-records",
    label: t("志愿服务记录", "Volunteer service records"),
    ...REGISTERS,
    icon: "HeartOutlined",
    titleField: "activity",
    defaultSort: { field: "serviceDate", order: "desc" },
    fields: [
      { key: "activity", kind: "text", label: t("服务项目", "Activity"), required: true, maxLength: 100, search: true, sort: true },
      member(),
      branch,
      { key: "serviceDate", kind: "date", label: t("服务日期", "Service date"), required: true, ...ALL_FLAGS },
      { key: "hours", kind: "number", label: t("服务时长（小时）", "Hours"), required: true, min: 0.5, max: 24, sort: true, help: t("单次服务 0.5 至 24 小时", "0.5 to 24 hours per service") },
      {
        key: "category",
        kind: "enum",
        label: t("服务类别", "Category"),
        options: [o("clinic", "义诊", "Free clinic"), o("community", "社区服务", "Community service"), o("education", "健康宣教", "Health education"), o("other", "其他", "Other")],
        ...ALL_FLAGS,
      },
      { key: "notes", kind: "textarea", label: t("备注", "Notes"), maxLength: 500, views: ["create", "edit", "show", "export"] },
    ],
  },
  {
    id: "pioneer-posts",
    label: t("党员先锋岗", "Party member pioneer posts"),
    ...REGISTERS,
    icon: "FlagOutlined",
    titleField: "name",
    fields: [
      { key: "name", kind: "text", label: t("岗位名称", "Post"), required: true, maxLength: 60, search: true, sort: true },
      branch,
      { key: "memberIds", kind: "multi-relation", target: "members", label: t("在岗党员", "Members on the post"), required: true, minLength: 1 },
      {
        key: "postType",
        kind: "enum",
        label: t("岗位类别", "Kind of post"),
        required: true,
        options: [o("clinical", "临床", "Clinical"), o("nursing", "护理", "Nursing"), o("technical", "医技", "Medical technology"), o("admin", "行政后勤", "Administration")],
        ...ALL_FLAGS,
      },
      { key: "establishedOn", kind: "date", label: t("设岗日期", "Established on"), required: true, ...ALL_FLAGS },
      { key: "pledge", kind: "textarea", label: t("岗位承诺", "Pledge"), maxLength: 500 },
    ],
  },
  {
    id: "heart-talks",
    label: t("谈心谈话记录", "Heart-to-heart talks"),
    ...REGISTERS,
    icon: "CommentOutlined",
    titleField: "topic",
    defaultSort: { field: "talkDate", order: "desc" },
    fields: [
      { key: "topic", kind: "text", label: t("谈话主题", "Topic"), required: true, maxLength: 100, search: true },
      member(),
      branch,
      { key: "talkDate", kind: "date", label: t("谈话日期", "Date"), required: true, ...ALL_FLAGS },
      {
        key: "talkType",
        kind: "enum",
        label: t("谈话类型", "Kind of talk"),
        required: true,
        options: [o("routine", "日常谈心", "Routine"), o("work", "工作谈话", "About work"), o("reminder", "提醒谈话", "Reminder"), o("support", "帮扶谈话", "Support")],
        ...ALL_FLAGS,
      },
      { key: "content", kind: "textarea", label: t("谈话内容", "What was said"), maxLength: 2000, sensitive: true, views: ["create", "edit", "show"] },
      { key: "followUp", kind: "boolean", label: t("需要跟进", "Needs follow-up"), filter: true },
    ],
  },
  {
    id: "hardship-aid",
    label: t("困难党员帮扶", "Aid to members in hardship"),
    ...REGISTERS,
    icon: "GiftOutlined",
    titleField: "summary",
    defaultSort: { field: "aidDate", order: "desc" },
    fields: [
      { key: "summary", kind: "text", label: t("帮扶事项", "Aid"), required: true, maxLength: 100, search: true },
      member(),
      branch,
      { key: "aidDate", kind: "date", label: t("帮扶日期", "Date"), required: true, ...ALL_FLAGS },
      {
        key: "aidKind",
        kind: "enum",
        label: t("帮扶方式", "Kind of aid"),
        required: true,
        options: [o("allowance", "生活补助", "Living allowance"), o("medical", "医疗救助", "Medical aid"), o("visit", "走访慰问", "Visit")],
        ...ALL_FLAGS,
      },
      { key: "amount", kind: "money", label: t("金额（元）", "Amount (yuan)"), min: 0, max: 100000, sort: true },
      { key: "situation", kind: "textarea", label: t("困难情况", "Situation"), maxLength: 1000, sensitive: true, views: ["create", "edit", "show"] },
    ],
  },
];
