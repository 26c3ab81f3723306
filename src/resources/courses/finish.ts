import { courseWindowErrors, ONLINE_KINDS, type CourseKind } from "../../domain/education";
import type { RecordAction } from "../../schema/types";

/**
 * 我已学完: a member's completion of an online course, recorded from the course's page as a study
 * record of today with the course's hours. The backend keeps it to one per course and year.
 */
export const finishCourse: RecordAction = {
  name: "finish",
  creates: "study-records",
  offered: (course, user) => ONLINE_KINDS.includes(course.kind as CourseKind) && user?.memberId !== undefined,
  run: (course, today, user) => {
    const [error] = courseWindowErrors({ date: today }, course);
    if (error) return { ok: false, error };
    const hours = Number(course.hours);
    return {
      ok: true,
      changes: { memberId: user?.memberId, courseId: course.id, date: today, hours, source: "online", centralized: false },
      params: { hours },
    };
  },
};
