// Spreadsheet cell safety and parsing, shared by export and import (no React, no DOM).

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises formula injection: a cell that a spreadsheet would evaluate gets a leading apostrophe. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Full-width digits, letters and punctuation (common from Chinese IMEs) to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** What the form does to a typed value before judging it: ID and mobile numbers typed with a Chinese IME become half-width. */
export function normalizeTyped(kind: string, value: unknown): unknown {
  if (typeof value !== "string") return value;
  if (kind === "phone") return toHalfWidth(value).replace(/\s+/g, "");
  if (kind === "id-card") return toHalfWidth(value).trim().toUpperCase();
  return value;
}
