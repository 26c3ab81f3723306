import { describe, expect, it } from "vitest";
import { theme } from "../../../src/demo/theme";
import { ERROR_TAG, TAG_PALETTE, WARNING_TAG } from "../../../src/views/fields/enumColor";

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** rgba(0,0,0,a) over white, as a hex colour. */
const overWhite = (rgba: string) => {
  const alpha = Number(/rgba\(0, 0, 0, ([\d.]+)\)/.exec(rgba)![1]);
  const v = Math.round(255 * (1 - alpha)).toString(16).padStart(2, "0");
  return `#${v}${v}${v}`;
};

describe("text contrast (WCAG AA, 4.5:1)", () => {
  it("every enum tag colour pair passes", () => {
    for (const pair of TAG_PALETTE) expect(contrast(pair.color, pair.background)).toBeGreaterThanOrEqual(4.5);
  });

  it("warning and error badges pass", () => {
    expect(contrast(String(WARNING_TAG.color), String(WARNING_TAG.background))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(String(ERROR_TAG.color), String(ERROR_TAG.background))).toBeGreaterThanOrEqual(4.5);
  });

  it("the demo theme's primary, link and secondary texts pass on white", () => {
    const token = theme.token!;
    expect(contrast("#ffffff", token.colorPrimary!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token.colorLink!, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token.colorLinkHover!, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token.colorError!, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    for (const grey of [token.colorTextSecondary, token.colorTextTertiary, token.colorTextDescription, token.colorTextPlaceholder]) {
      expect(contrast(overWhite(grey!), "#ffffff")).toBeGreaterThanOrEqual(4.5);
    }
  });
});
