// Names, ID numbers and mobile numbers; ID and phone numbers are unique within a run.
import { makeIdNumber } from "../../src/domain/idCard";
import type { Random, Weighted } from "./random";
import type { Gender } from "./types";

// Real county-level codes (GB/T 2260), weighted towards Kunming and the rest of Yunnan,
// since the reference hospital is there.
const REGIONS: Weighted<string> = [
  ["530102", 14], // 昆明市五华区
  ["530103", 12], // 昆明市盘龙区
  ["530111", 10], // 昆明市官渡区
  ["530112", 8], // 昆明市西山区
  ["530114", 3], // 昆明市呈贡区
  ["530302", 6], // 曲靖市麒麟区
  ["530402", 5], // 玉溪市红塔区
  ["532301", 4], // 楚雄市
  ["532901", 4], // 大理市
  ["530502", 3], // 保山市隆阳区
  ["532501", 3], // 个旧市
  ["530702", 2], // 丽江市古城区
  ["520102", 3], // 贵阳市南明区
  ["510107", 3], // 成都市武侯区
  ["500103", 2], // 重庆市渝中区
  ["430102", 2], // 长沙市芙蓉区
  ["420106", 2], // 武汉市武昌区
  ["440106", 2], // 广州市天河区
  ["110105", 2], // 北京市朝阳区
  ["310104", 2], // 上海市徐汇区
  ["330106", 1], // 杭州市西湖区
  ["320102", 1], // 南京市玄武区
  ["370102", 1], // 济南市历下区
  ["610113", 1], // 西安市雁塔区
];

// Yunnan has many minority nationalities; 汉族 still dominates a hospital's staff.
const ETHNICITIES: Weighted<string> = [
  ["汉族", 880],
  ["彝族", 30],
  ["白族", 22],
  ["回族", 18],
  ["哈尼族", 8],
  ["壮族", 8],
  ["傣族", 7],
  ["纳西族", 6],
  ["苗族", 6],
  ["满族", 5],
  ["蒙古族", 4],
  ["土家族", 3],
  ["藏族", 3],
];

// Mobile prefixes in use by the three carriers (all match 1[3-9]).
const PHONE_PREFIXES = [
  "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
  "150", "151", "152", "153", "155", "156", "157", "158", "159",
  "166", "173", "175", "176", "177", "178",
  "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
  "191", "193", "195", "198", "199",
];

export class Identities {
  private readonly idNumbers = new Set<string>();
  private readonly phones = new Set<string>();

  constructor(private readonly r: Random) {}

  name(gender: Gender): string {
    return this.r.faker.person.fullName({ sex: gender }).replace(/\s+/g, "");
  }

  ethnicity(): string {
    return this.r.weighted(ETHNICITIES);
  }

  /** A valid GB 11643 number for this birth date and sex, not yet issued in this run. */
  idNumber(birthDate: string, gender: Gender): string {
    for (;;) {
      const region = this.r.weighted(REGIONS);
      const start = this.r.int(0, 49);
      // makeIdNumber has 50 sequence slots per sex, region and day.
      for (let k = 0; k < 50; k++) {
        const id = makeIdNumber(region, birthDate, start + k, gender);
        if (!this.idNumbers.has(id)) {
          this.idNumbers.add(id);
          return id;
        }
      }
    }
  }

  phone(): string {
    for (;;) {
      const phone = this.r.pick(PHONE_PREFIXES) + String(this.r.int(0, 99_999_999)).padStart(8, "0");
      if (!this.phones.has(phone)) {
        this.phones.add(phone);
        return phone;
      }
    }
  }
}
