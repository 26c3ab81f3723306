// Wording for 支部联建: goals and the three lines of work (活动联办, 队伍联育).

export const GOALS = [
  "以党建联建促业务融合，职能部门下沉临床一线，解决临床急难愁盼问题",
  "围绕医疗质量与患者安全，共建共享、优势互补，提升服务临床的效率",
  "开展支部结对共建，活动联办、业务联动、队伍联育，打造党建品牌",
  "聚焦“我为群众办实事”，共同梳理服务短板并限期解决",
];

export const ACTIVITY_THEMES = [
  "主题党日：重温入党誓词",
  "联合义诊进社区",
  "党史学习教育联学",
  "“我为群众办实事”现场办公会",
  "医疗安全警示教育",
  "廉洁从业专题党课",
  "红色教育基地参观学习",
  "双方支部联合组织生活会",
];

export const ACTIVITY_SUMMARIES = [
  "双方支部党员共同参加，现场交流工作体会，收集临床意见建议若干条",
  "活动形式新颖，党员参与积极，形成问题清单并明确责任人",
  "通过联学联建，增进了职能部门与临床科室的相互理解",
  "活动结束后双方支部书记就下一步合作进行了座谈",
];

export const PLANNED_SUMMARY = "活动方案已拟定，待实施";

export const TRAININGS: readonly { title: string; kind: "training" | "exchange" }[] = [
  { title: "医保政策解读培训", kind: "training" },
  { title: "医疗质量安全核心制度培训", kind: "training" },
  { title: "党务工作实务培训", kind: "training" },
  { title: "科研项目申报辅导", kind: "training" },
  { title: "职能部门人员临床跟岗交流", kind: "exchange" },
  { title: "临床骨干到机关挂职交流", kind: "exchange" },
  { title: "支部书记工作经验交流", kind: "exchange" },
];
