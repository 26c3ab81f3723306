import { ARTICLE_CATEGORIES, ARTICLE_STATUSES, articleStatusRule, safeLinkRule } from "../../domain/education";
import { defineResource } from "../../schema/defineResource";
import { deriveReadingMinutes } from "./deriveReading";

const DETAIL = ["create", "edit", "show", "export"] as const;

export const articles = defineResource({
  name: "articles",
  group: "education",
  icon: "FileTextOutlined",
  titleField: "title",
  // Pinned first, then the newest.
  defaultSort: [
    { field: "pinned", order: "desc" },
    { field: "publishDate", order: "desc" },
  ],
  fields: {
    title: { kind: "text", required: true, maxLength: 100, search: true, sort: true },
    category: { kind: "enum", values: ARTICLE_CATEGORIES, required: true, filter: true },
    status: { kind: "enum", values: ARTICLE_STATUSES, required: true, default: "draft", filter: true, help: true },
    publishDate: { kind: "date", sort: true, filter: true },
    pinned: { kind: "boolean", default: false, filter: true, sort: true },
    branchId: { kind: "relation", target: "branches", labelField: "name", filter: true, help: true },
    coverImage: { kind: "text", maxLength: 500, help: true, views: DETAIL },
    // Markdown, rendered on the reading view without raw HTML.
    body: { kind: "textarea", required: true, maxLength: 20_000, help: true, views: DETAIL },
    studyHours: { kind: "number", min: 0.25, max: 8, help: true, views: DETAIL },
    readingMinutes: { kind: "number", readOnly: true, sort: true, views: ["list", "show", "export"] },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: [articleStatusRule, safeLinkRule("coverImage")],
  derive: deriveReadingMinutes,
});
