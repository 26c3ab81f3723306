// Course titles of a hospital Party committee's yearly training plan: [title, kind, minutes, audience, required].
import type { CourseAudience, CourseKind } from "./types";

export type CourseText = readonly [title: string, kind: CourseKind, minutes: number, audience: CourseAudience, required: boolean];

export const COURSE_TEXTS: readonly CourseText[] = [
  ["学习贯彻党的二十大精神专题辅导", "online_video", 45, "all", true],
  ["《中国共产党章程》逐条解读", "online_video", 40, "all", true],
  ["《中国共产党支部工作条例（试行）》解读", "online_video", 35, "leaders", true],
  ["公立医院党委领导下的院长负责制", "online_video", 50, "leaders", true],
  ["医德医风与行风建设警示教育", "online_video", 30, "all", true],
  ["廉洁从医：医疗领域腐败问题集中整治", "online_video", 25, "all", true],
  ["《中国共产党纪律处分条例》学习", "online_document", 30, "all", true],
  ["党员发展工作细则要点", "online_document", 20, "activists", false],
  ["入党积极分子培养教育读本", "online_document", 40, "activists", false],
  ["预备党员的权利与义务", "online_video", 20, "probationary", true],
  ["党费收缴、使用和管理规定", "online_document", 15, "leaders", false],
  ["“三会一课”规范化操作指引", "online_video", 25, "leaders", false],
  ["组织生活会与民主评议党员", "online_video", 30, "leaders", false],
  ["健康中国战略与公立医院高质量发展", "online_video", 45, "all", false],
  ["医患沟通中的党员先锋作用", "online_video", 20, "all", false],
  ["红色医疗卫生史：从延安到新时代", "online_video", 60, "all", false],
  ["抗疫精神与医务工作者的使命担当", "online_video", 35, "all", false],
  ["党史学习教育：伟大建党精神", "online_video", 40, "all", false],
  ["意识形态工作责任制", "online_document", 25, "leaders", false],
  ["保密工作与网络安全常识", "online_document", 12, "all", false],
  ["医院文化建设案例选编", "online_document", 18, "all", false],
  ["新时代公立医院党建工作要点", "online_document", 30, "leaders", false],
  ["党建引领下的学科建设经验", "online_video", 28, "all", false],
  ["志愿服务与“我为群众办实事”", "online_video", 14, "all", false],
  ["院党委书记讲党课：坚守初心 守护健康", "live_lecture", 180, "all", true],
  ["专家讲座：全面从严治党在医疗卫生系统", "live_lecture", 210, "all", false],
  ["专题讲座：医保基金监管政策解读", "live_lecture", 150, "leaders", false],
  ["先进典型事迹报告会", "live_lecture", 120, "all", false],
  ["主题党日：走进红色教育基地", "live_lecture", 240, "all", false],
  ["基层党组织书记集中轮训", "offline_training", 960, "leaders", true],
  ["支部委员履职能力培训班", "offline_training", 480, "leaders", false],
  ["预备党员集中培训班", "offline_training", 480, "probationary", true],
  ["发展对象集中培训班（3天）", "offline_training", 1440, "activists", true],
  ["入党积极分子培训班", "offline_training", 480, "activists", false],
  ["党务干部业务能力提升班", "offline_training", 720, "leaders", false],
  ["支部书记讲党课：用好“三会一课”", "branch_lecture", 90, "all", false],
  ["支部集体学习：习近平关于卫生健康的重要论述", "branch_lecture", 120, "all", true],
  ["支部集体学习：医疗核心制度与患者安全", "branch_lecture", 60, "all", false],
  ["支部党课：身边的优秀共产党员", "branch_lecture", 60, "all", false],
  ["支部集体学习：廉洁文化进科室", "branch_lecture", 90, "all", false],
];

/** Outside trainings recorded as free text (not courses of the plugin): [name, hours, centralized]. */
export const OUTSIDE_TRAININGS: readonly (readonly [string, number, boolean])[] = [
  ["市卫健委党校党员集中培训", 8, true],
  ["院党委理论学习中心组扩大学习", 4, false],
  ["省委党校卫生系统专题研修班", 16, true],
  ["区委组织部党员冬训", 8, true],
  ["市卫健委党建工作培训会", 4, false],
];
