// The departments of a typical Chinese tertiary (三甲) general hospital, one Party branch each.
// Order is significant: branch ids are positions in this list (1-based), which keeps the
// warning fixtures' ids stable across seeds.
import type { BranchType } from "./types";

export interface DepartmentDef {
  /** Department (科室/部门) name, stored on each member of the branch. */
  name: string;
  nameEn: string;
  type: BranchType;
  /** The organization the branch reports to: 医院党委 or a 党总支. */
  parentOrg: string;
  /** Relative number of Party members, used to split the member total. */
  weight: number;
  /** Set when the branch is not simply `${name}党支部`. */
  branchName?: string;
  branchNameEn?: string;
  /** Joint branches: the (≤ 5) small units it unites; members belong to one of them. */
  units?: readonly string[];
}

const HOSPITAL = "医院党委";
const MEDICINE = "内科党总支";
const SURGERY = "外科党总支";
const MEDTECH = "医技党总支";
const ADMIN = "机关党总支";
const RETIRED = "离退休党总支";

const clinical = (name: string, nameEn: string, weight: number, parentOrg = HOSPITAL): DepartmentDef => ({
  name,
  nameEn,
  type: "clinical",
  parentOrg,
  weight,
});
const medtech = (name: string, nameEn: string, weight: number): DepartmentDef => ({
  name,
  nameEn,
  type: "medtech",
  parentOrg: MEDTECH,
  weight,
});
const functional = (name: string, nameEn: string, weight: number): DepartmentDef => ({
  name,
  nameEn,
  type: "functional",
  parentOrg: ADMIN,
  weight,
});

export const DEPARTMENTS: readonly DepartmentDef[] = [
  clinical("心血管内科", "Cardiology", 1.8, MEDICINE),
  clinical("呼吸与危重症医学科", "Pulmonary and Critical Care Medicine", 1.6, MEDICINE),
  clinical("消化内科", "Gastroenterology", 1.5, MEDICINE),
  clinical("神经内科", "Neurology", 1.5, MEDICINE),
  clinical("肾脏内科", "Nephrology", 1.1, MEDICINE),
  clinical("内分泌科", "Endocrinology", 1.0, MEDICINE),
  clinical("血液内科", "Hematology", 1.1, MEDICINE),
  clinical("风湿免疫科", "Rheumatology and Immunology", 0.8, MEDICINE),
  clinical("感染科", "Infectious Diseases", 0.9, MEDICINE),
  clinical("老年医学科", "Geriatrics", 0.9, MEDICINE),
  clinical("肿瘤内科", "Medical Oncology", 1.2, MEDICINE),
  clinical("普外科", "General Surgery", 1.6, SURGERY),
  clinical("肝胆胰外科", "Hepatobiliary and Pancreatic Surgery", 1.2, SURGERY),
  clinical("胃肠外科", "Gastrointestinal Surgery", 1.1, SURGERY),
  clinical("骨科", "Orthopedics", 1.9, SURGERY),
  clinical("神经外科", "Neurosurgery", 1.3, SURGERY),
  clinical("心脏大血管外科", "Cardiovascular Surgery", 1.0, SURGERY),
  clinical("胸外科", "Thoracic Surgery", 0.9, SURGERY),
  clinical("泌尿外科", "Urology", 1.1, SURGERY),
  clinical("甲状腺乳腺外科", "Thyroid and Breast Surgery", 0.8, SURGERY),
  clinical("麻醉科", "Anesthesiology", 1.6, SURGERY),
  clinical("妇产科", "Obstetrics and Gynecology", 1.7),
  clinical("儿科", "Pediatrics", 1.4),
  clinical("急诊科", "Emergency Medicine", 1.4),
  clinical("重症医学科", "Critical Care Medicine", 1.3),
  clinical("眼科", "Ophthalmology", 0.8),
  clinical("耳鼻咽喉头颈外科", "Otolaryngology–Head and Neck Surgery", 0.8),
  clinical("口腔科", "Stomatology", 0.7),
  clinical("皮肤科", "Dermatology", 0.6),
  clinical("康复医学科", "Rehabilitation Medicine", 0.7),
  clinical("中医科", "Traditional Chinese Medicine", 0.6),
  clinical("全科医学科", "General Practice", 0.6),
  medtech("检验科", "Clinical Laboratory", 1.3),
  medtech("放射科", "Radiology", 1.4),
  medtech("超声医学科", "Ultrasound Medicine", 1.0),
  medtech("病理科", "Pathology", 0.8),
  medtech("药学部", "Pharmacy", 1.3),
  medtech("核医学科", "Nuclear Medicine", 0.5),
  medtech("输血科", "Blood Transfusion", 0.4),
  medtech("临床营养科", "Clinical Nutrition", 0.4),
  medtech("内镜中心", "Endoscopy Center", 0.6),
  medtech("心电诊断科", "Electrocardiography", 0.5),
  functional("党委办公室", "Party Committee Office", 0.6),
  functional("院长办公室", "President's Office", 0.6),
  functional("医务部", "Medical Affairs Department", 0.8),
  functional("护理部", "Nursing Department", 0.6),
  functional("人力资源部", "Human Resources Department", 0.6),
  functional("财务处", "Finance Office", 0.8),
  functional("信息中心", "Information Center", 0.7),
  functional("后勤保障部", "Logistics Support Department", 0.8),
  functional("门诊部", "Outpatient Department", 0.6),
  functional("医保办", "Medical Insurance Office", 0.4),
  functional("科教部", "Science and Education Department", 0.5),
  functional("质量管理办公室", "Quality Management Office", 0.4),
  functional("医学装备部", "Medical Equipment Department", 0.5),
  functional("审计处", "Audit Office", 0.3),
  functional("纪委办公室", "Discipline Inspection Office", 0.3),
  {
    name: "离退休工作处",
    nameEn: "Retired Staff Office",
    type: "retired",
    parentOrg: RETIRED,
    weight: 1.6,
    branchName: "离退休党总支第一党支部",
    branchNameEn: "First Retired Staff Party Branch",
  },
  {
    name: "离退休工作处",
    nameEn: "Retired Staff Office",
    type: "retired",
    parentOrg: RETIRED,
    weight: 1.5,
    branchName: "离退休党总支第二党支部",
    branchNameEn: "Second Retired Staff Party Branch",
  },
  {
    name: "后勤联合",
    nameEn: "Logistics units",
    type: "joint",
    parentOrg: ADMIN,
    weight: 0.5,
    branchName: "后勤联合党支部",
    branchNameEn: "Logistics Joint Party Branch",
    units: ["保卫科", "膳食科", "基建科", "物业管理科", "动力科"],
  },
  {
    name: "群团联合",
    nameEn: "Mass organizations",
    type: "joint",
    parentOrg: ADMIN,
    weight: 0.3,
    branchName: "群团联合党支部",
    branchNameEn: "Mass Organizations Joint Party Branch",
    units: ["工会", "团委", "妇委会"],
  },
];

export function branchNameOf(def: DepartmentDef): string {
  return def.branchName ?? `${def.name}党支部`;
}

export function branchNameEnOf(def: DepartmentDef): string {
  return def.branchNameEn ?? `${def.nameEn} Party Branch`;
}

/** Branch id (1-based position) of the department with this name; throws on a typo. */
export function branchIdOf(departmentName: string): number {
  const index = DEPARTMENTS.findIndex((d) => d.name === departmentName);
  if (index < 0) throw new Error(`Unknown department: ${departmentName}`);
  return index + 1;
}
