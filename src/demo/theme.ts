import type { ThemeConfig } from "antd";

// Party red as the primary colour, darkened enough that white text on it passes WCAG AA (≥ 4.5:1).
export const theme: ThemeConfig = {
  token: { colorPrimary: "#b71c1c", colorLink: "#a31515", borderRadius: 6 },
};
