// A year of study records: most members on pace or ahead, a tail behind (the demo member among
// them), probationary members mostly with their centralized training, and some of last year's
// records that no longer count.
import { branchLeaderIds, DEFAULT_MINIMUMS } from "../../src/domain/education";
import { OUTSIDE_TRAININGS } from "./course-texts";
import { dayIso, studyWindow } from "./courses";
import type { Random } from "./random";
import type { Branch, Course, Member, StudyRecord } from "./types";
// The bulk of the records (a few hundred thousand draws for twenty thousand members) use the fast generator.
import { fastRandom } from "./fast-random";

type Standing = "ahead" | "onPace" | "behind";
/** 55 % ahead, 30 % on pace, 15 % behind. */
const standingOf = (x: number): Standing => (x < 0.55 ? "ahead" : x < 0.85 ? "onPace" : "behind");

/** Share of the minimum each standing reaches by today. */
const REACHED: Record<Standing, readonly [number, number]> = { ahead: [0.85, 1.3], onPace: [0.55, 0.85], behind: [0.1, 0.42] };

const owes = (m: Member) => m.stage === "full" || m.stage === "probationary";

export function generateStudyRecords(seedRandom: Random, today: string, members: readonly Member[], branches: readonly Branch[], courses: readonly Course[], behindIds: ReadonlySet<number>): StudyRecord[] {
  const r = fastRandom(seedRandom.int(1, 2 ** 31));
  const year = today.slice(0, 4);
  const lastYear = String(Number(year) - 1);
  const leaders = new Set<string>();
  for (const b of branches) for (const id of branchLeaderIds(b)) leaders.add(id);
  // Each course's days this year (up to today) and last year, worked out once.
  const thisYear = new Map(courses.map((c) => [c.id, studyWindow(c, `${year}-01-01`, today)]));
  const previous = new Map(courses.map((c) => [c.id, studyWindow(c, `${lastYear}-01-01`, `${lastYear}-12-31`)]));
  const wholeYear = studyWindow({ openFrom: `${year}-01-01`, openTo: null } as Course, `${year}-01-01`, today)!;
  // Day numbers to ISO dates once, rather than a Date per record.
  const firstDay = Math.min(wholeYear[0], ...[...previous.values()].flatMap((w) => (w ? [w[0]] : [])));
  const isoOf = Array.from({ length: wholeYear[1] - firstDay + 1 }, (_, i) => dayIso(firstDay + i));
  const dateOf = (day: number) => isoOf[day - firstDay];
  const records: StudyRecord[] = [];
  const add = (rec: Omit<StudyRecord, "id" | "version">) => records.push({ id: records.length + 1, ...rec, version: 1 });
  const central = courses.find((c) => c.kind === "offline_training" && c.audience === "probationary" && thisYear.get(c.id));

  for (const m of members) {
    if (!owes(m)) continue;
    const minimum = leaders.has(String(m.id)) ? DEFAULT_MINIMUMS.leader : DEFAULT_MINIMUMS.member;
    const standing = behindIds.has(m.id) ? "behind" : standingOf(r.next());
    const [low, high] = REACHED[standing];
    const goal = minimum * (low + r.next() * (high - low));
    const slack = standing === "behind" ? 0 : 8;
    let hours = 0;
    const done = new Set<number>();
    // Probationary members: most have had their centralized training this year.
    if (m.stage === "probationary" && central && r.chance(0.8)) {
      add({ memberId: m.id, courseId: central.id, trainingName: null, date: dateOf(r.int(...thisYear.get(central.id)!)), hours: central.hours, source: "offline", centralized: true, evidenceLink: null });
      done.add(central.id);
      hours += central.hours;
    }
    for (let attempt = 0; hours < goal && attempt < 25; attempt++) {
      if (r.chance(0.12)) {
        const [name, h, centralized] = r.pick(OUTSIDE_TRAININGS);
        if (hours + h > goal + slack) continue;
        add({ memberId: m.id, courseId: null, trainingName: name, date: dateOf(r.int(...wholeYear)), hours: h, source: r.chance(0.5) ? "imported" : "offline", centralized, evidenceLink: null });
        hours += h;
        continue;
      }
      const course = r.pick(courses);
      const window = thisYear.get(course.id);
      if (!window || done.has(course.id) || (course.audience === "leaders" && minimum === DEFAULT_MINIMUMS.member)) continue;
      // Those behind never reach the pace line by accident; the others may overshoot a little.
      if (hours + course.hours > goal + slack) continue;
      const online = course.kind === "online_video" || course.kind === "online_document";
      add({ memberId: m.id, courseId: course.id, trainingName: null, date: dateOf(r.int(...window)), hours: course.hours, source: online ? "online" : "offline", centralized: course.kind === "offline_training", evidenceLink: null });
      done.add(course.id);
      hours += course.hours;
    }
    // Some of last year's study, which counts for last year only.
    if (r.chance(0.25)) {
      const course = r.pick(courses);
      const window = previous.get(course.id);
      if (window) add({ memberId: m.id, courseId: course.id, trainingName: null, date: dateOf(r.int(...window)), hours: course.hours, source: "offline", centralized: false, evidenceLink: null });
    }
  }
  return records;
}
