// The envelope backend's own naming, as a Spring Boot team might have chosen it: endpoints under
// /api/v2 in pinyin, columns as pinyin initials. Documented in docs/backend-contract.md; the demo's
// envelope preset (src/demo/backends.ts) configures the plugin with exactly these maps.

/** Resource name → path. */
export const ENVELOPE_ENDPOINTS: Record<string, string> = {
  members: "/api/v2/dangyuan", // 党员
  branches: "/api/v2/dangzhibu", // 党支部
  pairings: "/api/v2/lianjian", // 支部联建
  "pairing-activities": "/api/v2/lianjian-huodong", // 活动联办
  "pairing-tasks": "/api/v2/lianjian-renwu", // 业务联动
  "pairing-trainings": "/api/v2/lianjian-peixun", // 队伍联育
  commitments: "/api/v2/chengnuo", // 服务承诺
  institutions: "/api/v2/yilianti-danwei", // 医联体成员单位
  "consortium-agreements": "/api/v2/gongjian-xieyi", // 党建共建协议
  "outreach-postings": "/api/v2/xiachen-bangfu", // 下沉帮扶
  "outreach-activities": "/api/v2/bangfu-huodong", // 义诊与帮扶活动
  "consortium-overview": "/api/v2/yilianti-gailan", // 医联体工作概览
  courses: "/api/v2/kecheng", // 课程
  "study-records": "/api/v2/xuexi-jilu", // 学习记录
  articles: "/api/v2/wenzhang", // 党建文章
  meetings: "/api/v2/huiyi", // 三会一课
  appraisals: "/api/v2/pingyi", // 民主评议
  "resource-settings": "/api/v2/peizhi", // 资源配置
  "resource-definitions": "/api/v2/ziyuan-dingyi", // 资源定义
  "audit-logs": "/api/v2/shenji", // 审计日志
  // Party dues and membership transfers
  "dues-bases": "/api/v2/dangfei-jishu", // 党费基数
  "dues-payments": "/api/v2/dangfei-jiaona", // 党费交纳
  transfers: "/api/v2/zuzhi-guanxi", // 组织关系转接
  // Branch assessment
  "assessment-plans": "/api/v2/kaohe-fangan", // 考核方案
  "assessment-tasks": "/api/v2/kaohe-renwu", // 考核任务
  "assessment-results": "/api/v2/kaohe-jieguo", // 考核结果
  workbench: "/api/v2/gongzuotai", // 工作台
  indicators: "/api/v2/zhibiao", // 指标库
  "indicator-values": "/api/v2/zhibiao-shuju", // 指标数据
  accounts: "/api/v2/zhanghao", // 账号管理
};

/** Resource name → { plugin field: wire field }; fields not listed keep their names (id, version…). */
export const ENVELOPE_FIELDS: Record<string, Record<string, string>> = {
  members: {
    name: "xm", // 姓名
    gender: "xb", // 性别
    birthDate: "csrq", // 出生日期
    idNumber: "sfzh", // 身份证号
    phone: "sjhm", // 手机号码
    department: "ks", // 科室
    branchId: "dzbId", // 党支部
    stage: "fzjd", // 发展阶段
    admissionDate: "rdrq", // 入党日期
    fullMemberDate: "zzrq", // 转正日期
    partyStatus: "dyzt", // 党员状态
  },
  branches: {
    name: "zbmc", // 支部名称
    type: "zblx", // 支部类型
    parentOrg: "sjdzz", // 上级党组织
    establishedDate: "clrq", // 成立日期
    secretaryId: "sjId", // 书记
    termStart: "jkrq", // 换届（届期开始）日期
    termEnd: "jmrq", // 届满日期
    fullMemberCount: "zsdys", // 正式党员数
    probationaryMemberCount: "ybdys", // 预备党员数
  },
  pairings: { title: "mc", initiatorBranchId: "fqzbId", partnerBranchIds: "ljzbIds", startDate: "ksrq", endDate: "jsrq", status: "zt" },
  commitments: { content: "nr", branchId: "zbId", category: "lb", deadline: "wcsx", status: "zt", rating: "pj" },
};

export const ENVELOPE_PREFIX = "/api/v2";
