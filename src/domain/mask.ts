// PIPL / GB/T 35273 display masking: keep enough to recognise, hide the rest.

/** 110105199001011234 → 110105********1234 */
export function maskIdNumber(value: string): string {
  if (value.length < 10) return "*".repeat(value.length);
  return value.slice(0, 6) + "*".repeat(value.length - 10) + value.slice(-4);
}

/** 13812341234 → 138****1234 */
export function maskPhone(value: string): string {
  if (value.length < 7) return "*".repeat(value.length);
  return value.slice(0, 3) + "*".repeat(value.length - 7) + value.slice(-4);
}

export type SensitiveKind = "id-card" | "phone" | "other";

export function maskValue(kind: SensitiveKind, value: string): string {
  if (kind === "id-card") return maskIdNumber(value);
  if (kind === "phone") return maskPhone(value);
  return value.length <= 2 ? "*".repeat(value.length) : value[0] + "*".repeat(value.length - 2) + value.slice(-1);
}
