// About 40 courses across the five kinds, most open through this year, a few opening later or
// already closed, so study records and their date windows look like a real training plan.
import { creditedHours } from "../../src/domain/education";
import { COURSE_TEXTS } from "./course-texts";
import { addDays, fromDay, toDay } from "./dates";
import type { Random } from "./random";
import type { Course } from "./types";

const LINK_BASE = "https://study.hospital.example/courses";

export function generateCourses(r: Random, today: string): Course[] {
  const year = Number(today.slice(0, 4));
  return COURSE_TEXTS.map(([title, kind, minutes, audience, required], index) => {
    const id = index + 1;
    // Every fifth course opens later this year or next; every thirteenth closed last year.
    const late = id % 5 === 0;
    const closed = id % 13 === 0;
    const openFrom = late ? addDays(today, r.int(-40, 30)) : closed ? `${year - 1}-02-01` : `${year - 1}-0${r.int(1, 9)}-01`;
    const openTo = closed ? `${year - 1}-12-31` : r.chance(0.5) ? `${year + 1}-12-31` : null;
    const online = kind === "online_video" || kind === "online_document";
    return {
      id,
      title,
      kind,
      durationMinutes: minutes,
      hours: creditedHours(kind, minutes),
      audience,
      required,
      link: online ? `${LINK_BASE}/${id}` : null,
      description: `${title}。${online ? `时长约 ${minutes} 分钟，学完后在本页点击“我已学完”记录学时。` : "由院党委统一组织，支部书记负责考勤。"}`,
      openFrom,
      openTo,
      version: 1,
    };
  });
}

/** The days a course could have been studied in the window [from, to]: its open window cut to it, as day numbers. */
export function studyWindow(course: Course, from: string, to: string): [number, number] | undefined {
  const start = Math.max(toDay(course.openFrom), toDay(from));
  const end = Math.min(course.openTo ? toDay(course.openTo) : Infinity, toDay(to));
  return start <= end ? [start, end] : undefined;
}

export const dayIso = fromDay;
