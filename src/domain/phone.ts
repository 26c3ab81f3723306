// Mainland mobile numbers: 11 digits; the network prefix is 13x–19x.
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** Surrounding spaces are tolerated (pasted values); inner spaces and "+86" are not. */
export function isValidMobile(value: string): boolean {
  return MOBILE_PATTERN.test(value.trim());
}
