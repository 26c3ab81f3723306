import { addYears, isIsoDate } from "./dates";

/** Development rules: an applicant must have reached 18 (周岁) on the application date. */
export const MIN_APPLICATION_AGE = 18;

/**
 * The date on which someone born on `birthDate` turns `age`: the birthday itself, and for
 * 29 February the 28th in common years (same month-end convention as every other period here).
 */
export function dateOfAge(birthDate: string, age: number): string {
  return addYears(birthDate, age);
}

/** Full years (周岁) reached on `date`; negative when `date` is before the birth date. */
export function ageOn(birthDate: string, date: string): number {
  if (!isIsoDate(birthDate) || !isIsoDate(date)) throw new RangeError(`Invalid date: ${birthDate} / ${date}`);
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return dateOfAge(birthDate, years) <= date ? years : years - 1;
}
