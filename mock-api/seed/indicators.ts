// The indicator catalogue and six years of values around a July 2021 launch of a radiology
// branch's "Party building + Services" platform: three years before, three after, for the
// hospital and the branch. Each indicator shifts by its own amount against seasonal and random
// noise, so that the comparison finds most changes significant and clinical services not.
import { periodsBetween, type IndicatorGroup, type IndicatorLevel, type IndicatorPeriod } from "../../src/domain/indicators";
import { DEPARTMENTS } from "./departments";
import { fastRandom, type FastRandom } from "./fast-random";

/** The launch the seed's comparison is built around, and the years on each side. */
export const SEED_LAUNCH = { cutOver: "2021-07-01", years: 3 } as const;
/** The department branch whose platform it was (radiology, a medical-technical branch). */
export const SEED_INDICATOR_BRANCH_ID = DEPARTMENTS.findIndex((d) => d.name === "放射科") + 1;

export type Indicator = {
  id: number;
  name: string;
  group: IndicatorGroup;
  unit: string;
  higherIsBetter: boolean;
  level: IndicatorLevel;
  period: IndicatorPeriod;
  source: "entered" | "computed";
  rule: string | null;
  public: boolean;
  description: string | null;
  version: number;
};

export type IndicatorValue = {
  id: number;
  indicatorId: number;
  branchId: number | null;
  period: string;
  value: number;
  note: string | null;
  version: number;
};

type Shape = { base: number; shift: number; sd: number; decimals: number; seasonal?: number; min?: number; max?: number };
type Def = Omit<Indicator, "id" | "version" | "rule" | "source" | "description"> & { shape: Shape };

const pct = (base: number, shift: number, sd: number): Shape => ({ base, shift, sd, decimals: 1, min: 0, max: 100 });

const ENTERED: Def[] = [
  // Hospital-wide
  { name: "党员先锋岗覆盖率", group: "party_building", unit: "%", higherIsBetter: true, level: "hospital", period: "quarter", public: true, shape: pct(62, 14, 4) },
  { name: "职工满意度", group: "team_cohesion", unit: "分", higherIsBetter: true, level: "hospital", period: "quarter", public: true, shape: { base: 82, shift: 5, sd: 2.2, decimals: 1, max: 100 } },
  { name: "平均住院日", group: "management_efficiency", unit: "天", higherIsBetter: false, level: "hospital", period: "month", public: false, shape: { base: 8.9, shift: -0.7, sd: 0.35, decimals: 2, seasonal: 0.2 } },
  { name: "门急诊人次", group: "clinical_services", unit: "万人次", higherIsBetter: true, level: "hospital", period: "month", public: true, shape: { base: 21, shift: 0.1, sd: 1.3, decimals: 2, seasonal: 1.2 } },
  { name: "SCI 论文数", group: "research_outputs", unit: "篇", higherIsBetter: true, level: "hospital", period: "quarter", public: false, shape: { base: 18, shift: 8, sd: 3.5, decimals: 0, min: 0 } },
  { name: "继续教育学分达标率", group: "education_performance", unit: "%", higherIsBetter: true, level: "hospital", period: "quarter", public: false, shape: pct(84, 7, 2.8) },
  // The radiology branch
  { name: "主题党日参与率", group: "party_building", unit: "%", higherIsBetter: true, level: "branch", period: "month", public: false, shape: pct(85, 8, 3.5) },
  { name: "科室员工满意度", group: "team_cohesion", unit: "分", higherIsBetter: true, level: "department", period: "quarter", public: false, shape: { base: 80, shift: 6, sd: 2.5, decimals: 1, max: 100 } },
  { name: "影像报告平均出具时间", group: "management_efficiency", unit: "小时", higherIsBetter: false, level: "department", period: "month", public: false, shape: { base: 26, shift: -6, sd: 2.2, decimals: 1, min: 1 } },
  { name: "影像检查人次", group: "clinical_services", unit: "人次", higherIsBetter: true, level: "department", period: "month", public: false, shape: { base: 10200, shift: 60, sd: 650, decimals: 0, seasonal: 500 } },
  { name: "科研立项数", group: "research_outputs", unit: "项", higherIsBetter: true, level: "department", period: "quarter", public: false, shape: { base: 1.4, shift: 2, sd: 0.9, decimals: 0, min: 0 } },
  { name: "规培考核通过率", group: "education_performance", unit: "%", higherIsBetter: true, level: "department", period: "quarter", public: false, shape: pct(88, 6, 2.6) },
];

const COMPUTED: Omit<Indicator, "id" | "version">[] = [
  { name: "组织生活落实率", group: "party_building", unit: "%", higherIsBetter: true, level: "branch", period: "year", source: "computed", rule: "org_life_compliance", public: false, description: "由组织生活记录按三会一课频次计算" },
  { name: "服务承诺平均评价", group: "management_efficiency", unit: "分", higherIsBetter: true, level: "hospital", period: "quarter", source: "computed", rule: "commitment_rating", public: true, description: "由服务承诺的评价计算" },
];

/** Roughly normal noise: the sum of four uniforms, scaled to unit variance. */
const noise = (r: FastRandom) => (r.next() + r.next() + r.next() + r.next() - 2) * Math.sqrt(3);

function valueOf(shape: Shape, period: string, after: boolean, r: FastRandom): number {
  const month = period.includes("-Q") ? (Number(period.slice(6)) - 1) * 3 + 2 : Number(period.slice(5, 7)) || 6;
  // Fewer visits around the Spring Festival (February) and in the summer holidays.
  const season = shape.seasonal ? -shape.seasonal * (month === 2 ? 1 : month === 8 ? 0.4 : 0) : 0;
  let v = shape.base + (after ? shape.shift : 0) + season + noise(r) * shape.sd;
  if (shape.min !== undefined) v = Math.max(shape.min, v);
  if (shape.max !== undefined) v = Math.min(shape.max, v);
  const f = 10 ** shape.decimals;
  return Math.round(v * f) / f;
}

export function generateIndicators(seed: number): { indicators: Indicator[]; values: IndicatorValue[] } {
  const r = fastRandom(seed);
  const indicators: Indicator[] = [
    ...ENTERED.map(({ shape: _shape, ...def }) => ({ ...def, source: "entered" as const, rule: null, description: null })),
    ...COMPUTED,
  ].map((def, i) => ({ id: i + 1, ...def, version: 1 }));
  const from = `${Number(SEED_LAUNCH.cutOver.slice(0, 4)) - SEED_LAUNCH.years}${SEED_LAUNCH.cutOver.slice(4)}`;
  const to = `${Number(SEED_LAUNCH.cutOver.slice(0, 4)) + SEED_LAUNCH.years}${SEED_LAUNCH.cutOver.slice(4)}`;
  const values: IndicatorValue[] = [];
  ENTERED.forEach((def, i) => {
    for (const period of periodsBetween(def.period, from, to)) {
      const start = period.includes("-Q") ? `${period.slice(0, 4)}-${String((Number(period.slice(6)) - 1) * 3 + 1).padStart(2, "0")}-01` : `${period}-01`;
      values.push({
        id: values.length + 1,
        indicatorId: i + 1,
        branchId: def.level === "hospital" ? null : SEED_INDICATOR_BRANCH_ID,
        period,
        value: valueOf(def.shape, period, start >= SEED_LAUNCH.cutOver, r),
        note: null,
        version: 1,
      });
    }
  });
  return { indicators, values };
}
