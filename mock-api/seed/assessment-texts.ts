// The indicator sheet of a hospital's 星级党支部 assessment, as a Party committee office writes it:
// base work 70 %, service results and review 30 %, with three veto items.

export const SHEET_CATEGORIES = [
  { code: "A", name: "基础工作", weight: 70 },
  { code: "B", name: "服务成效与评议", weight: 30 },
];

export const SHEET_INDICATORS = [
  { code: "A1", categoryCode: "A", title: "主题党日按月开展", maxPoints: 10, criterion: "全年开展主题党日不少于 11 个月", evidence: "活动方案、签到表、现场照片", source: "themed_days" },
  { code: "A2", categoryCode: "A", title: "“三会一课”落实", maxPoints: 15, criterion: "支部党员大会每季度、支委会和党小组会每月、党课每季度", evidence: "会议记录、纪要", source: "three_meetings_compliance" },
  { code: "A3", categoryCode: "A", title: "党员学习教育学时", maxPoints: 10, criterion: "党员学时按进度达标", evidence: "学习记录", source: "study_pace" },
  { code: "A4", categoryCode: "A", title: "组织生活会和民主评议党员", maxPoints: 10, criterion: "每年召开组织生活会，开展民主评议并落实整改", evidence: "会议记录、整改清单", source: null },
  { code: "A5", categoryCode: "A", title: "支部班子建设", maxPoints: 10, criterion: "班子健全，按期换届，书记履职到位", evidence: "换届批复、述职材料", source: null },
  { code: "A6", categoryCode: "A", title: "党费收缴与管理", maxPoints: 5, criterion: "按月足额交纳，无长期欠缴", evidence: "党费台账", source: null },
  { code: "B1", categoryCode: "B", title: "服务承诺践诺", maxPoints: 10, criterion: "承诺事项按期兑现", evidence: "承诺公示、进度记录", source: "commitment_fulfilment" },
  { code: "B2", categoryCode: "B", title: "服务对象满意度", maxPoints: 5, criterion: "被服务科室评价平均 4 分以上", evidence: "评价记录", source: "commitment_rating" },
  { code: "B3", categoryCode: "B", title: "支部联建任务完成", maxPoints: 5, criterion: "联建任务按期完成", evidence: "任务清单、成效材料", source: "pairing_tasks" },
  { code: "B4", categoryCode: "B", title: "党委综合评议", maxPoints: 10, criterion: "党委委员和群众代表评议", evidence: "评议表", source: null },
];

export const SHEET_VETOES = [
  { code: "V1", title: "支部党员发生严重违纪违法问题" },
  { code: "V2", title: "发生重大医疗安全责任事故且支部负有责任" },
  { code: "V3", title: "意识形态工作出现严重问题" },
];

export const SELF_NOTES = [
  "对照考核细则逐项自查，佐证材料已上传。",
  "全年工作按计划推进，个别指标仍有差距，已制定改进措施。",
  "支部班子团结，党员发挥作用明显，自评如上。",
];

export const EVALUATION_COMMENTS = ["工作扎实，材料规范。", "整体较好，组织生活记录需进一步规范。", "基础工作有欠缺，需对照问题整改。", "特色亮点突出，服务成效明显。"];

export const RECTIFICATION_REPORTS = [
  "已补齐组织生活会记录，建立每月主题党日提醒，支委会逐项复核。",
  "组织党员集中补学，学时全部达标；党费台账已逐月核对。",
];

export const STUDY_LEDGER_REASON = "该年度学时记录在支部纸质台账，按台账核定";
