// 医联体: the lead hospital (a county-level city's people's hospital), seven member institutions, three
// co-building agreements, a year of staff posted down and about forty activities. 河口镇卫生院 has
// only rotating experts (no fixed physician) and 西关街道社区卫生服务中心 too few staff, so both quota
// warnings show.
import { addMonths, fromDay, noLeapDay, toDay } from "./dates";
import { ACTIVITY_PLACES, ACTIVITY_REPORTS, ACTIVITY_TITLES, ADDRESSES, CITY, INSTITUTIONS } from "./consortium-texts";
import { Random } from "./random";
import { activeMembers, type Roster } from "./roster";
import type { Branch, ConsortiumAgreement, Institution, Member, OutreachActivity, OutreachPosting } from "./types";

export interface ConsortiumData {
  institutions: Institution[];
  agreements: ConsortiumAgreement[];
  postings: OutreachPosting[];
  activities: OutreachActivity[];
}

const ACTIVITY_COUNT = 40;
const PLANNED_COUNT = 3;

/** [institution index, role, days a week, months] per posting; two fixed physicians in a row where there is one. */
const POSTING_PLAN: readonly [number, OutreachPosting["role"], number, number][] = [
  [1, "fixed_physician", 5, 6],
  [2, "fixed_physician", 5, 6],
  [4, "fixed_physician", 5, 6],
  [1, "rotating_expert", 1, 3],
  [2, "management_support", 2, 4],
  [3, "rotating_expert", 1, 4],
  [3, "rotating_expert", 2, 3],
  [5, "rotating_expert", 3, 6],
  [5, "rotating_expert", 3, 6],
  [5, "management_support", 4, 6],
  [6, "rotating_expert", 3, 6],
  [6, "rotating_expert", 3, 5],
  [6, "rotating_expert", 1, 4],
  [7, "rotating_expert", 1, 6],
];

class ConsortiumBuilder {
  readonly data: ConsortiumData = { institutions: [], agreements: [], postings: [], activities: [] };
  private readonly todayDay: number;

  constructor(
    private readonly r: Random,
    today: string,
    private readonly senders: readonly Branch[],
    private readonly roster: Roster,
  ) {
    this.todayDay = toDay(today);
  }

  private day(offset: number): string {
    return fromDay(noLeapDay(this.todayDay + offset));
  }

  /** A sending branch; the first clinical branch (the demo secretary's) is picked more often. */
  private sender(): Branch {
    return this.r.chance(0.35) ? this.senders[0] : this.r.pick(this.senders);
  }

  institutions(): void {
    INSTITUTIONS.forEach(([name, kind, level], i) => {
      const lead = i === 0;
      this.data.institutions.push({
        id: i + 1,
        name,
        kind,
        level,
        isLead: lead,
        address: `${CITY}${ADDRESSES[i]}`,
        partyOrgName: lead ? `中共${name}委员会` : kind === "village_clinic" ? `柳湾村党支部` : `中共${name}支部委员会`,
        partySecretary: this.r.faker.person.fullName().replace(/\s+/g, ""),
        contactName: this.r.faker.person.fullName().replace(/\s+/g, ""),
        contactPhone: `139${String(this.r.int(10000000, 99999999))}`,
        version: 1,
      });
    });
  }

  agreements(): void {
    const [first, second] = [this.senders[0], this.senders[1]];
    const add = (a: Omit<ConsortiumAgreement, "id" | "version">) => this.data.agreements.push({ id: this.data.agreements.length + 1, ...a, version: 1 });
    const termOf = (startOffset: number, years: number) => {
      const startDate = this.day(startOffset);
      return { startDate, endDate: fromDay(toDay(addMonths(startDate, years * 12)) - 1) };
    };
    add({
      title: "安平市人民医院党委与城关镇、石桥镇卫生院党建共建协议",
      branchId: null,
      institutionIds: [2, 3],
      headings: ["organization", "team", "urgent_needs", "good_deeds", "development"],
      goals: "以党建引领优质医疗资源下沉，共建组织、共育队伍，让群众在家门口看好病。",
      signedDate: this.day(-420),
      ...termOf(-420, 3),
      status: "active",
      documentUrl: "https://intranet.example/docs/consortium/2025-01.pdf",
    });
    add({
      title: `${first.name}与东城、西关街道社区卫生服务中心党支部共建协议`,
      branchId: first.id,
      institutionIds: [6, 7],
      headings: ["team", "urgent_needs", "good_deeds"],
      goals: "专家定期坐诊、带教，共同做好辖区慢病管理和健康宣教。",
      signedDate: this.day(-250),
      ...termOf(-240, 2),
      status: "active",
      documentUrl: "https://intranet.example/docs/consortium/2026-02.pdf",
    });
    const ended = termOf(-800, 2);
    add({
      title: `${second.name}与河口镇、青山乡卫生院及柳湾村卫生室共建协议`,
      branchId: second.id,
      institutionIds: [4, 5, 8],
      headings: ["organization", "urgent_needs"],
      goals: "开展巡回义诊，协助完善基层党组织制度建设。",
      signedDate: fromDay(toDay(ended.startDate) - 10),
      ...ended,
      status: "ended",
      documentUrl: "https://intranet.example/docs/consortium/2024-06.pdf",
    });
  }

  private person(): { memberId?: number; staffName?: string; department: string; branchId: number } {
    const branch = this.sender();
    const members = activeMembers(this.roster, branch.id);
    // Now and then a non-member physician is posted: recorded by name.
    if (this.r.chance(0.15) || members.length === 0) {
      return { staffName: this.r.faker.person.fullName().replace(/\s+/g, ""), department: branch.name.replace(/党支部$/, ""), branchId: branch.id };
    }
    const member: Member = this.r.pick(members);
    // The name too, so lists and titles read the same for members and others.
    return { memberId: member.id, staffName: member.name, department: member.department, branchId: branch.id };
  }

  postings(): void {
    for (const [index, role, daysPerWeek, months] of POSTING_PLAN) {
      const institutionId = index + 1;
      // Fixed physicians: one whose posting ended this past year, and one serving now.
      const starts = role === "fixed_physician" ? [-this.r.int(300, 340), -this.r.int(40, 90)] : [-this.r.int(60, 330)];
      for (const offset of starts) {
        const startDate = this.day(offset);
        const endDate = fromDay(toDay(addMonths(startDate, months)) - 1);
        this.data.postings.push({ id: this.data.postings.length + 1, ...this.person(), institutionId, role, startDate, endDate, daysPerWeek, version: 1 });
      }
    }
  }

  /** The agreement the institution is party to whose term contains the date, if any. */
  private agreementFor(institutionId: number, date: string): number | null {
    const found = this.data.agreements.find((a) => a.institutionIds.includes(institutionId) && a.startDate <= date && date <= a.endDate);
    return found ? found.id : null;
  }

  activities(): void {
    const receivers = this.data.institutions.filter((i) => !i.isLead);
    const kinds = [["free_clinic", 5], ["training", 3], ["ward_round", 2], ["teaching_operation", 1]] as const;
    const days = Array.from({ length: ACTIVITY_COUNT }, (_, i) => (i < PLANNED_COUNT ? this.r.int(7, 45) : -this.r.int(3, 360))).sort((a, b) => a - b);
    for (const offset of days) {
      const institution = this.r.pick(receivers);
      const kind = this.r.weighted(kinds);
      const date = this.day(offset);
      const branch = this.sender();
      const planned = offset > 0;
      const served: Record<string, [number, number]> = { free_clinic: [60, 300], training: [15, 60], ward_round: [5, 20], teaching_operation: [1, 6] };
      this.data.activities.push({
        id: this.data.activities.length + 1,
        title: `${institution.name.replace(/(街道社区卫生服务中心|卫生院|卫生室)$/, "")}${this.r.pick(ACTIVITY_TITLES[kind])}`,
        kind,
        date,
        agreementId: this.agreementFor(institution.id, date),
        institutionId: institution.id,
        branchId: branch.id,
        place: `${institution.name}${ACTIVITY_PLACES[kind]}`,
        staffIds: this.r.sample(activeMembers(this.roster, branch.id), this.r.int(2, 5)).map((m) => m.id),
        peopleServed: planned ? 0 : this.r.int(...served[kind]),
        status: planned ? "planned" : "held",
        report: planned ? "" : this.r.pick(ACTIVITY_REPORTS[kind]),
        photoLinks: planned ? "" : [1, 2].map((n) => `https://intranet.example/photos/outreach/${this.data.activities.length + 1}-${n}.jpg`).join("\n"),
        version: 1,
      });
    }
  }
}

/** Its own random sequence, so adding the consortium leaves every other seeded record as it was. */
export function generateConsortium(seed: number, today: string, branches: readonly Branch[], roster: Roster): ConsortiumData {
  const senders = branches.filter((b) => b.type === "clinical");
  const builder = new ConsortiumBuilder(new Random(seed + 19), today, senders, roster);
  builder.institutions();
  builder.agreements();
  builder.postings();
  builder.activities();
  return builder.data;
}
