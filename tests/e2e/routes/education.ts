import type { ScreenRoute } from "./types";

// The education module's hand-written screens (the culture board's reading view opens a seeded published article).
export const SCREEN_ROUTES: ScreenRoute[] = [
  { path: "/party/my-learning", user: "member", ready: "[data-testid=learning-hours]" },
  { path: "/party/culture-board", user: "member", ready: ".ant-list-item a" },
  { path: "/party/culture-board/1", user: "member", ready: "[data-testid=article-body]" },
];
