// GB 11643-1999: 17 digits + an ISO 7064 MOD 11-2 check character (0-9 or X).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";
const ID_PATTERN = /^\d{17}[\dX]$/;

/** The check character for the first 17 digits. */
export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Upper-cases a trailing x; the check character is always stored as X. */
export function normalizeIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

export function isValidIdFormat(value: string): boolean {
  return ID_PATTERN.test(normalizeIdNumber(value));
}

export function isValidIdChecksum(value: string): boolean {
  const id = normalizeIdNumber(value);
  return ID_PATTERN.test(id) && idCheckDigit(id.slice(0, 17)) === id[17];
}

/** Birth date (positions 7–14) as "YYYY-MM-DD", or undefined when it is not a real date. */
export function birthDateFromId(value: string): string | undefined {
  const id = normalizeIdNumber(value);
  if (!ID_PATTERN.test(id)) return undefined;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** Sex from position 17: odd is male, even is female. */
export function genderFromId(value: string): "male" | "female" | undefined {
  const id = normalizeIdNumber(value);
  if (!ID_PATTERN.test(id)) return undefined;
  return Number(id[16]) % 2 === 1 ? "male" : "female";
}

/** Builds a valid ID number (used by the seed generator and tests). */
export function makeIdNumber(region: string, birthDate: string, sequence: number, gender: "male" | "female"): string {
  const seq = sequence % 50;
  const order = String(seq * 2 + (gender === "male" ? 1 : 0)).padStart(3, "0").slice(-3);
  const first17 = `${region}${birthDate.replaceAll("-", "")}${order}`;
  return first17 + idCheckDigit(first17);
}
