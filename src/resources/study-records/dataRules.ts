import { alreadyRecorded, courseWindowErrors } from "../../domain/education";
import type { DataRule } from "../../schema/types";

const key = (name: string) => `party.rules.${name}`;

/** A record of a course falls inside the course's open window. */
export const withinCourseWindow: DataRule = (record, _ctx, data) =>
  record.courseId === undefined || record.courseId === null ? [] : courseWindowErrors(record, data.get("courses", record.courseId));

/** A member completes a course, or reads an article for hours, once a year. */
export const oncePerYear: DataRule = (record, _ctx, data) => {
  const others = data.all("study-records");
  if (alreadyRecorded(record, others, "courseId")) return [{ field: "courseId", key: key("studyAlreadyRecorded") }];
  if (alreadyRecorded(record, others, "articleId")) return [{ field: "articleId", key: key("articleAlreadyCredited") }];
  return [];
};
