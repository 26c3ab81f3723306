// @vitest-environment jsdom
// The generated create form: one labelled input per field, localized required errors, no request.
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { toPartyHttpError } from "../../src/data/httpError";
import { branches } from "../../src/resources/branches/schema";
import { members } from "../../src/resources/members/schema";
import { inputFields } from "../../src/schema/defineResource";
import { keys } from "../../src/schema/i18nKeys";
import { maskField } from "../../src/schema/maskField";
import { mergeSchema } from "../../src/schema/mergeSchema";
import type { ResourceDef } from "../../src/schema/types";
import { fixtureData } from "../support/fixtures";
import { renderParty } from "../support/renderParty";
import { collectUnhandledRejections } from "../support/unhandledRejections";

afterEach(cleanup);

const createFields = (def: ResourceDef) => inputFields(mergeSchema(def), "create");
/** Required fields a person must fill (no default to start from). */
const mustFill = (def: ResourceDef) => createFields(def).filter((name) => def.fields[name].required && def.fields[name].default === undefined);

async function renderCreate(def: ResourceDef) {
  const view = await renderParty({ path: `/party/${def.name}/create`, data: fixtureData() });
  const first = view.t(keys.field(def.name, createFields(def)[0]));
  await screen.findByLabelText(first, {}, { timeout: 10_000 });
  return view;
}

const saveButton = (label: string) => screen.getAllByRole("button").find((b) => b.textContent?.replace(/\s/g, "") === label.replace(/\s/g, ""))!;

describe("FormPage create (members)", () => {
  it("renders one labelled input per create-view field, in schema order, and nothing else", async () => {
    const { t } = await renderCreate(members);
    const expected = createFields(members);
    expect(expected).not.toContain("version");
    for (const name of expected) {
      const label = t(keys.field("members", name));
      const inputs = screen.getAllByLabelText(label);
      expect([name, inputs.length]).toEqual([name, 1]);
    }
    const labels = Array.from(document.querySelectorAll(".ant-form-item-label label")).map((l) => l.textContent);
    expect(labels).toEqual(expected.map((name) => t(keys.field("members", name))));
  });

  it("marks required fields and shows help text from the locale", async () => {
    const { t } = await renderCreate(members);
    const required = Array.from(document.querySelectorAll(".ant-form-item-label label.ant-form-item-required")).map((l) => l.textContent);
    expect(required.sort()).toEqual(
      createFields(members)
        .filter((name) => members.fields[name].required)
        .map((name) => t(keys.field("members", name)))
        .sort(),
    );
    expect(screen.getByText(t(keys.help("members", "fullMemberDate")))).toBeTruthy();
  });

  it("on submit with empty fields shows the localized required error under each, and does not call create", async () => {
    const { t, fake } = await renderCreate(members);
    fireEvent.click(saveButton(t("buttons.save")));
    const message = t("party.validation.required");
    expect(message).toBe("此项为必填项");
    await waitFor(() => expect(screen.getAllByText(message)).toHaveLength(mustFill(members).length), { timeout: 10_000 });
    for (const name of mustFill(members)) {
      const item = screen.getByLabelText(t(keys.field("members", name))).closest(".ant-form-item")!;
      expect([name, item.querySelector(".ant-form-item-explain-error")?.textContent]).toEqual([name, message]);
    }
    expect(fake.callsOf("create")).toHaveLength(0);
  });

  it("a field's own check shows its localized message with the bound", async () => {
    const { t, fake } = await renderCreate(members);
    fireEvent.change(screen.getByLabelText(t(keys.field("members", "name"))), { target: { value: "名".repeat(31) } });
    fireEvent.change(screen.getByLabelText(t(keys.field("members", "phone"))), { target: { value: "12345" } });
    fireEvent.click(saveButton(t("buttons.save")));
    await screen.findByText(t("party.validation.maxLength", { count: 30 }), {}, { timeout: 10_000 });
    expect(screen.getByText(t("party.validation.phone"))).toBeTruthy();
    expect(fake.callsOf("create")).toHaveLength(0);
  });
});

describe("FormPage edit (members)", () => {
  it("loads the record, and saving sends the edited values with the version it was based on", async () => {
    const member = fixtureData().members[4];
    const { t, fake } = await renderParty({ path: `/party/members/edit/${member.id}`, data: fixtureData() });
    const department = (await screen.findByDisplayValue(String(member.department), {}, { timeout: 10_000 })) as HTMLInputElement;
    expect(screen.getByLabelText(t(keys.field("members", "name")))).toHaveProperty("value", member.name);
    fireEvent.change(department, { target: { value: "  党委办公室  " } });
    fireEvent.click(saveButton(t("buttons.save")));
    await waitFor(() => expect(fake.callsOf("update", "party-members")).toHaveLength(1), { timeout: 10_000 });
    const { params } = fake.callsOf("update", "party-members")[0];
    expect(String(params.id)).toBe(String(member.id));
    expect(params.variables).toMatchObject({ department: "党委办公室", name: member.name, branchId: member.branchId, version: member.version });
    expect(Object.keys(params.variables as object)).not.toContain("id");
    expect(fake.callsOf("create")).toHaveLength(0);
  });

  it("keeps a sensitive value the backend sent masked: not judged, not sent, the stored one stays", async () => {
    const data = fixtureData();
    const member = data.members[4];
    const masked = { ...member, idNumber: maskField(members.fields.idNumber, String(member.idNumber)), phone: maskField(members.fields.phone, String(member.phone)) };
    data.members[4] = masked;
    const { t, fake } = await renderParty({ path: `/party/members/edit/${member.id}`, data });
    const department = (await screen.findByDisplayValue(String(member.department), {}, { timeout: 10_000 })) as HTMLInputElement;
    expect(screen.getByLabelText(t(keys.field("members", "idNumber")))).toHaveProperty("value", masked.idNumber);
    fireEvent.change(department, { target: { value: "门诊部" } });
    fireEvent.click(saveButton(t("buttons.save")));
    await waitFor(() => expect(fake.callsOf("update", "party-members")).toHaveLength(1), { timeout: 10_000 });
    const sent = fake.callsOf("update", "party-members")[0].params.variables as Record<string, unknown>;
    expect(sent).toMatchObject({ department: "门诊部", name: member.name });
    expect(Object.keys(sent)).not.toContain("idNumber");
    expect(Object.keys(sent)).not.toContain("phone");
  });

  it("judges a sensitive value once it is typed anew", async () => {
    const data = fixtureData();
    const member = data.members[4];
    data.members[4] = { ...member, idNumber: maskField(members.fields.idNumber, String(member.idNumber)) };
    const { t, fake } = await renderParty({ path: `/party/members/edit/${member.id}`, data });
    await screen.findByDisplayValue(String(member.department), {}, { timeout: 10_000 });
    const idInput = screen.getByLabelText(t(keys.field("members", "idNumber"))) as HTMLInputElement;
    expect(idInput.value).toContain("*");
    fireEvent.change(idInput, { target: { value: "11010519491231002" } });
    fireEvent.click(saveButton(t("buttons.save")));
    expect(await screen.findByText(t("party.validation.idFormat"), {}, { timeout: 10_000 })).toBeTruthy();
    expect(fake.callsOf("update")).toHaveLength(0);
  });
});

describe("FormPage server errors", () => {
  const unhandled: { current?: ReturnType<typeof collectUnhandledRejections> } = {};
  beforeEach(() => {
    unhandled.current = collectUnhandledRejections();
  });
  afterEach(async () => {
    await unhandled.current?.restore();
  });

  async function saveWithServerError() {
    const member = fixtureData().members[4];
    const view = await renderParty({ path: `/party/members/edit/${member.id}`, data: fixtureData() });
    const department = (await screen.findByDisplayValue(String(member.department), {}, { timeout: 10_000 })) as HTMLInputElement;
    view.fake.failNext(
      "update",
      toPartyHttpError(422, {
        message: "party.errors.validation",
        errors: { department: ["party.validation.maxLength"] },
        details: { department: [{ key: "party.validation.maxLength", params: { max: 40 } }] },
      }),
    );
    fireEvent.change(department, { target: { value: "服务器认为太长的科室" } });
    fireEvent.click(saveButton(view.t("buttons.save")));
    const message = view.t("party.validation.maxLength", { max: 40 });
    const shown = await screen.findByText(message, {}, { timeout: 10_000 });
    return { ...view, department, shown };
  }

  it("a 422 from the server lands on the field with its params, and the typed values stay", async () => {
    const { department, shown, fake } = await saveWithServerError();
    expect(shown.closest(".ant-form-item")?.querySelector("input")).toBe(department);
    expect(department.value).toBe("服务器认为太长的科室");
    expect(fake.callsOf("update")).toHaveLength(1);
  });

  it("a failed save leaves no unhandled promise rejection behind", async () => {
    await saveWithServerError();
    await unhandled.current!.restore();
    expect(unhandled.current!.rejections).toEqual([]);
  });
});

describe("FormPage create (branches)", () => {
  it("renders every create field of the branch schema with its label", async () => {
    const { t, fake } = await renderCreate(branches);
    const labels = Array.from(document.querySelectorAll(".ant-form-item-label label")).map((l) => l.textContent);
    expect(labels).toEqual(createFields(branches).map((name) => t(keys.field("branches", name))));
    fireEvent.click(saveButton(t("buttons.save")));
    await waitFor(() => expect(screen.getAllByText(t("party.validation.required"))).toHaveLength(mustFill(branches).length), {
      timeout: 10_000,
    });
    expect(fake.callsOf("create")).toHaveLength(0);
  });
});
