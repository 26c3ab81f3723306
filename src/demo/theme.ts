import type { ThemeConfig } from "antd";

// Party red as the primary colour, darkened enough that white text on it passes WCAG AA (≥ 4.5:1).
export const theme: ThemeConfig = {
  token: {
    colorPrimary: "#b71c1c",
    colorLink: "#a31515",
    // antd derives a hover colour of 4.3:1 from the link colour; this one is 5.5:1.
    colorLinkHover: "#c62828",
    // antd's default error red (#ff4d4f) is 3.3:1 on white: danger buttons and field errors use it.
    colorError: "#cf1322",
    borderRadius: 6,
    // antd's default secondary and placeholder greys are about 3:1 on white; these reach 4.5:1.
    colorTextSecondary: "rgba(0, 0, 0, 0.65)",
    colorTextTertiary: "rgba(0, 0, 0, 0.6)",
    colorTextDescription: "rgba(0, 0, 0, 0.6)",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.56)",
    // The focus ring of inputs and selects: antd's is a 2 px tint of about 1.1:1 on white, which a
    // keyboard user can barely find; this one is 3.1:1 (WCAG 2.4.11's contrast for focus indicators).
    controlOutline: "rgba(183, 28, 28, 0.6)",
    controlOutlineWidth: 2,
  },
};
