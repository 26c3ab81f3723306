import { page } from "./pages";

type LazyPage = ReturnType<typeof page>;

/** The components of the manifest's screens (SCREEN_MANIFEST), each its own chunk. */
export const screenPages: Record<string, { list: LazyPage; show?: LazyPage }> = {
  // Education and the culture board
  "my-learning": { list: page(() => import("../views/screens/my-learning/MyLearningPage")) },
  "culture-board": {
    list: page(() => import("../views/screens/culture-board/CultureBoardPage")),
    show: page(() => import("../views/screens/culture-board/ArticleReadingPage")),
  },
};
