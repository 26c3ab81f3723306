// Capital numerals (大写数字) as the paper forms are filled in by hand: the transfer letter's date,
// its validity in days and its dues-paid-to month. Dates follow the rule the People's Bank of China
// set for 票据 (《支付结算办法》附件一《正确填写票据和结算凭证的基本规定》), the convention office
// staff use on every form that asks for 大写 dates: the year digit by digit (2026 → 贰零贰陆); a
// month of 1, 2 or 10 and a day of 1–9, 10, 20 or 30 get a leading 零 (零壹月, 零壹拾月, 零伍日,
// 零贰拾日); a day of 11–19 a leading 壹 (壹拾伍日). Counts are written as amounts are: 壹拾 for
// ten, 零 for an inner gap (壹佰零伍).
import { isIsoDate } from "./dates";
import { isMonth } from "./months";

const DIGITS = "零壹贰叁肆伍陆柒捌玖";
const UNITS = ["", "拾", "佰", "仟"];

/** A whole number 0–9999 in capitals: 30 → 叁拾, 15 → 壹拾伍, 105 → 壹佰零伍, 1010 → 壹仟零壹拾. */
export function capitalNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`capitalNumber takes a whole number 0–9999, not ${n}`);
  if (n === 0) return DIGITS[0];
  const digits = String(n).split("").map(Number);
  let text = "";
  let gap = false;
  digits.forEach((digit, i) => {
    const unit = UNITS[digits.length - 1 - i];
    if (digit === 0) {
      gap = true;
      return;
    }
    if (gap && text) text += DIGITS[0];
    gap = false;
    text += DIGITS[digit] + unit;
  });
  return text;
}

/** The year digit by digit: 2026 → 贰零贰陆. */
export const capitalYear = (year: number) =>
  String(year)
    .split("")
    .map((d) => DIGITS[Number(d)])
    .join("");

/** A month as on a 票据: 1 → 零壹, 2 → 零贰, 3 → 叁, 10 → 零壹拾, 11 → 壹拾壹, 12 → 壹拾贰. */
export function capitalMonth(month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Not a month: ${month}`);
  const text = capitalNumber(month);
  return month === 1 || month === 2 || month === 10 ? DIGITS[0] + text : text;
}

/** A day as on a 票据: 1–9, 10, 20, 30 → 零…; 11–19 → 壹拾…; 21 → 贰拾壹. */
export function capitalDay(day: number): string {
  if (!Number.isInteger(day) || day < 1 || day > 31) throw new RangeError(`Not a day of a month: ${day}`);
  const text = capitalNumber(day);
  return day < 10 || day % 10 === 0 ? DIGITS[0] + text : text;
}

/** "2026-12-01" → 贰零贰陆年壹拾贰月零壹日. */
export function capitalDate(date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  const [y, m, d] = date.split("-").map(Number);
  return `${capitalYear(y)}年${capitalMonth(m)}月${capitalDay(d)}日`;
}

/** "2026-11" → 贰零贰陆年壹拾壹月 (dues paid up to). */
export function capitalYearMonth(month: string): string {
  if (!isMonth(month)) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return `${capitalYear(Number(month.slice(0, 4)))}年${capitalMonth(Number(month.slice(5, 7)))}月`;
}
