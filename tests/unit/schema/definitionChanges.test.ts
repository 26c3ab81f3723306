import { describe, expect, it } from "vitest";
import { changeErrors, keepFieldsWithData } from "../../../src/schema/definitions";
import { volunteerTemplate } from "../../support/definitionCorpus";

const records = [
  { id: 1, activity: "义诊", hours: 3, category: "clinic", notes: "带药箱" },
  { id: 2, activity: "宣讲", hours: 8, category: "education" },
  { id: 3, activity: "探访", hours: 1 },
];

describe("changeErrors", () => {
  it("refuses a tighter bound the stored records fail, saying how many", () => {
    const after = volunteerTemplate();
    after.fields[4].max = 2;
    expect(changeErrors(volunteerTemplate(), after, records)).toEqual([
      { field: "fields.4.bounds", key: "party.lowcode.errors.boundBreaksRecords", params: { name: "hours", count: 2 } },
    ]);
  });

  it("accepts a tighter bound every record meets, and any change with no records", () => {
    const after = volunteerTemplate();
    after.fields[4].max = 10;
    expect(changeErrors(volunteerTemplate(), after, records)).toEqual([]);
    after.fields[4].max = 1;
    expect(changeErrors(volunteerTemplate(), after, [])).toEqual([]);
  });

  it("refuses a change of kind the values do not fit", () => {
    const after = volunteerTemplate();
    after.fields[0] = { ...after.fields[0], kind: "number" };
    expect(changeErrors(volunteerTemplate(), after, records)).toEqual([
      { field: "fields.0.kind", key: "party.lowcode.errors.kindBreaksRecords", params: { name: "activity", count: 3 } },
    ]);
  });

  it("refuses making a field required that some records leave blank, and removing an option in use", () => {
    const after = volunteerTemplate();
    after.fields[5] = { ...after.fields[5], required: true };
    expect(changeErrors(volunteerTemplate(), after, records)[0]).toMatchObject({ params: { name: "category", count: 1 } });
    const fewer = volunteerTemplate();
    fewer.fields[5] = { ...fewer.fields[5], options: fewer.fields[5].options!.filter((o) => o.value !== "education") };
    expect(changeErrors(volunteerTemplate(), fewer, records)[0]).toMatchObject({ params: { name: "category", count: 1 } });
  });
});

describe("keepFieldsWithData", () => {
  it("keeps a dropped field that holds values, hidden and not required; drops one that holds none", () => {
    const after = volunteerTemplate();
    after.fields = after.fields.filter((f) => f.key !== "notes" && f.key !== "serviceDate");
    const kept = keepFieldsWithData(volunteerTemplate(), after, records);
    expect(kept.fields.find((f) => f.key === "notes")).toMatchObject({ hidden: true, required: false });
    expect(kept.fields.find((f) => f.key === "serviceDate")).toBeUndefined();
  });
});
