// A new, valid member for write tests against the seeded mock API.
import { makeIdNumber } from "../../src/domain/idCard";
import { members } from "../../src/resources/members/schema";
import { pick, type MockApi } from "./mockApi";

/** Fields a person may send: declared, not server-managed. */
export const writable = (fields: Record<string, { readOnly?: boolean }>) => Object.keys(fields).filter((name) => !fields[name].readOnly);

/**
 * Members modelled on the seed's first one, each with an ID number and a mobile number no one else
 * has (both are unique): `seq` tells them apart.
 */
export function memberMaker(seed: MockApi["seed"]) {
  const model = seed.members[0];
  const taken = new Set(seed.members.map((m) => m.idNumber));
  return (seq: number, patch: Record<string, unknown> = {}) => {
    const idNumber = Array.from({ length: 50 }, (_, i) => makeIdNumber(String(110000 + seq), model.birthDate, i, model.gender)).find(
      (id) => !taken.has(id),
    )!;
    const phone = `199${String(seq).padStart(8, "0")}`;
    return { ...pick(model, writable(members.fields)), name: `测试党员${"甲乙丙丁戊己庚辛壬癸"[seq % 10]}`, idNumber, phone, ...patch };
  };
}
