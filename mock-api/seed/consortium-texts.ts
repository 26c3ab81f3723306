// Words of the seeded county-level consortium (县域医联体): a county-level city's people's hospital
// leading township and community health centres and a village clinic.

export const CITY = "安平市";

/** [name, kind, level]; the first is the lead. */
export const INSTITUTIONS = [
  ["安平市人民医院", "city_hospital", "level3"],
  ["城关镇卫生院", "township_centre", "level1"],
  ["石桥镇卫生院", "township_centre", "level1"],
  ["河口镇卫生院", "township_centre", "level1"],
  ["青山乡卫生院", "township_centre", "level1"],
  ["东城街道社区卫生服务中心", "community_centre", "level1"],
  ["西关街道社区卫生服务中心", "community_centre", "level1"],
  ["柳湾村卫生室", "village_clinic", "ungraded"],
] as const;

export const ADDRESSES = ["人民路 88 号", "城关镇解放街 12 号", "石桥镇新华路 3 号", "河口镇滨河路 21 号", "青山乡青山街 5 号", "东城街道建设路 66 号", "西关街道西关大街 9 号", "柳湾村村委会旁"];

export const ACTIVITY_TITLES: Record<string, readonly string[]> = {
  free_clinic: ["健康义诊", "高血压糖尿病义诊", "“服务百姓健康行动”义诊", "老年人健康体检义诊", "重阳节敬老义诊"],
  training: ["基层常见病诊疗培训", "心肺复苏技能培训", "院感防控培训", "慢病规范管理培训", "急诊急救能力培训"],
  ward_round: ["联合查房", "疑难病例联合查房", "慢病患者病房查房"],
  teaching_operation: ["腹腔镜胆囊切除术带教", "白内障超声乳化手术带教", "经皮冠状动脉造影带教", "清创缝合术带教"],
};

export const ACTIVITY_PLACES: Record<string, string> = {
  free_clinic: "门诊大厅",
  training: "会议室",
  ward_round: "住院部",
  teaching_operation: "手术室",
};

export const ACTIVITY_REPORTS: Record<string, readonly string[]> = {
  free_clinic: ["测量血压、血糖，发放健康宣传资料，现场解答用药问题。", "为群众提供免费问诊和健康评估，对重点人群建立随访名单。"],
  training: ["围绕基层常见病的规范诊疗开展授课和实操演练。", "讲授与模拟演练结合，课后进行技能考核。"],
  ward_round: ["对在院患者逐一查房，讨论诊疗方案，指导病历书写。", "针对疑难病例开展讨论，明确下一步诊疗和转诊方案。"],
  teaching_operation: ["上级医院专家主刀示范，基层医生担任助手，术后复盘讲解。", "现场带教手术关键步骤，规范围手术期管理。"],
};
