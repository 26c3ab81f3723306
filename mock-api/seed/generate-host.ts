// The demo host admin's own "members" resource: the hospital staff directory. It shares the
// resource name with the plugin's Party members on purpose, to prove the two never collide.
import { DEPARTMENTS } from "./departments";
import { DEFAULT_SEED, Random } from "./random";

export interface StaffMember {
  id: number;
  name: string;
  employeeNo: string;
  department: string;
  position: string;
}

export interface HostDb {
  members: StaffMember[];
}

export interface HostSeedOptions {
  seed?: number;
  /** Number of staff rows (default 200). */
  count?: number;
}

const POSITIONS: Record<string, readonly string[]> = {
  clinical: ["主任医师", "副主任医师", "主治医师", "住院医师", "主管护师", "护师", "护士"],
  medtech: ["主任技师", "副主任技师", "主管技师", "技师", "药师"],
  functional: ["部门主任", "副主任", "科员", "干事"],
  joint: ["科长", "科员", "技术员"],
};

const STAFFED = DEPARTMENTS.filter((d) => d.type !== "retired");

export function generateHostDb(options: HostSeedOptions = {}): HostDb {
  const { seed = DEFAULT_SEED, count = 200 } = options;
  // A different stream from the plugin data, so host names do not mirror Party member names.
  const r = new Random(seed + 1);
  // Employee numbers are issued in hiring order: increasing, with gaps left by departures.
  let employeeNo = 0;
  const members = Array.from({ length: count }, (_, i): StaffMember => {
    const department = r.pick(STAFFED);
    employeeNo += r.int(1, 40);
    return {
      id: i + 1,
      name: r.faker.person.fullName().replace(/\s+/g, ""),
      employeeNo: `E${String(employeeNo).padStart(5, "0")}`,
      department: department.units ? r.pick(department.units) : department.name,
      position: r.pick(POSITIONS[department.type]),
    };
  });
  return { members };
}
