// Texts of the seeded meetings: titles, places, agendas and themes as a hospital branch writes them.
import type { MeetingKind } from "./types";

export const KIND_TITLES: Record<MeetingKind, string> = {
  general_meeting: "支部党员大会",
  committee_meeting: "支委会",
  group_meeting: "党小组会",
  party_lecture: "党课",
  themed_day: "主题党日",
  life_meeting: "组织生活会",
  appraisal: "民主评议党员大会",
  heart_talk: "谈心谈话",
};

export const PLACES = ["科室示教室", "党员活动室", "门诊楼三楼会议室", "行政楼第二会议室", "住院部学术报告厅", "院史馆"];

export const AGENDAS: Record<MeetingKind, readonly string[]> = {
  general_meeting: ["传达上级党委会议精神；讨论支部季度工作；表决相关事项", "学习党章党规；通报党费收缴情况；表决发展对象", "听取支委会工作报告；讨论年度党建工作计划"],
  committee_meeting: ["研究本月支部工作安排；讨论党员发展计划", "研究主题党日活动方案；分析党员思想动态", "讨论科室医疗质量与党建融合举措；研究谈心谈话安排"],
  group_meeting: ["学习《中国共产党纪律处分条例》并交流体会", "结合岗位工作开展批评与自我批评", "讨论小组成员服务承诺落实情况"],
  party_lecture: ["书记讲党课：以高质量党建引领医院高质量发展", "党课：弘扬伟大建党精神，践行医者初心", "党课：清廉医院建设与医德医风"],
  themed_day: ["重温入党誓词；参观红色教育基地", "走进社区开展义诊志愿服务", "学习党的创新理论，开展专题研讨", "开展“医患同心”主题活动，走访慢病患者"],
  life_meeting: ["对照检查，开展批评与自我批评，制定整改措施"],
  appraisal: ["党员个人述职、民主测评、支部评定等次"],
  heart_talk: ["支委会成员之间、支委与党员之间开展谈心谈话"],
};

export const RESOLUTIONS: Record<"general_meeting" | "appraisal", readonly string[]> = {
  general_meeting: ["关于接收预备党员的决议", "关于确定发展对象的决议", "关于支部年度工作计划的决议", "关于表彰优秀党员的决议"],
  appraisal: ["关于民主评议党员等次的决议"],
};

export const CANCEL_REASONS = ["科室承担突发公共卫生事件救治任务，改期举行", "与医院统一安排的专题会议冲突，改期举行"];
