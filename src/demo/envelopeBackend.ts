import type { FieldMap } from "refine-party-building";

// How the demo reaches a Spring-Boot-style backend (`npm run mock:envelope`), written as a host writes
// it for its own backend: the paths and column names that backend's team chose (docs/backend-contract.md,
// "The envelope mock"). A test keeps these equal to what the envelope mock answers to.

/** Resource name → path. */
export const ENVELOPE_ENDPOINTS: Record<string, string> = {
  members: "/api/v2/dangyuan",
  branches: "/api/v2/dangzhibu",
  pairings: "/api/v2/lianjian",
  "pairing-activities": "/api/v2/lianjian-huodong",
  "pairing-tasks": "/api/v2/lianjian-renwu",
  "pairing-trainings": "/api/v2/lianjian-peixun",
  commitments: "/api/v2/chengnuo",
  institutions: "/api/v2/yilianti-danwei",
  "consortium-agreements": "/api/v2/gongjian-xieyi",
  "outreach-postings": "/api/v2/xiachen-bangfu",
  "outreach-activities": "/api/v2/bangfu-huodong",
  "consortium-overview": "/api/v2/yilianti-gailan",
  courses: "/api/v2/kecheng",
  "study-records": "/api/v2/xuexi-jilu",
  articles: "/api/v2/wenzhang",
  meetings: "/api/v2/huiyi",
  appraisals: "/api/v2/pingyi",
  "dues-bases": "/api/v2/dangfei-jishu",
  "dues-payments": "/api/v2/dangfei-jiaona",
  transfers: "/api/v2/zuzhi-guanxi",
  "assessment-plans": "/api/v2/kaohe-fangan",
  "assessment-tasks": "/api/v2/kaohe-renwu",
  "assessment-results": "/api/v2/kaohe-jieguo",
  workbench: "/api/v2/gongzuotai",
  indicators: "/api/v2/zhibiao",
  "indicator-values": "/api/v2/zhibiao-shuju",
  "resource-settings": "/api/v2/peizhi",
  "resource-definitions": "/api/v2/ziyuan-dingyi",
  "audit-logs": "/api/v2/shenji",
  accounts: "/api/v2/zhanghao",
};

/** Resource name → { plugin field: wire field }; fields not listed keep their names. */
export const ENVELOPE_FIELDS: FieldMap = {
  members: {
    name: "xm",
    gender: "xb",
    birthDate: "csrq",
    idNumber: "sfzh",
    phone: "sjhm",
    department: "ks",
    branchId: "dzbId",
    stage: "fzjd",
    admissionDate: "rdrq",
    fullMemberDate: "zzrq",
    partyStatus: "dyzt",
  },
  branches: {
    name: "zbmc",
    type: "zblx",
    parentOrg: "sjdzz",
    establishedDate: "clrq",
    secretaryId: "sjId",
    termStart: "jkrq",
    termEnd: "jmrq",
    fullMemberCount: "zsdys",
    probationaryMemberCount: "ybdys",
  },
  pairings: { title: "mc", initiatorBranchId: "fqzbId", partnerBranchIds: "ljzbIds", startDate: "ksrq", endDate: "jsrq", status: "zt" },
  commitments: { content: "nr", branchId: "zbId", category: "lb", deadline: "wcsx", status: "zt", rating: "pj" },
};
