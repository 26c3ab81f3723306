import { page } from "./pages";

type LazyPage = ReturnType<typeof page>;

/**
 * The hand-written screens, each its own chunk: those of SCREEN_MANIFEST, and those a resource's
 * `screen` puts in place of its generic list.
 */
export const screenPages: Record<string, { list?: LazyPage; show?: LazyPage }> = {
  // The work bench, the charts (the only chunk that loads the chart library) and the comparison
  workbench: { list: page(() => import("../views/screens/workbench/WorkbenchPage")) },
  dashboard: { list: page(() => import("../views/screens/dashboard/DashboardPage")) },
  "before-after": { list: page(() => import("../views/screens/before-after/BeforeAfterPage")) },
  // 医联体
  "consortium-overview": { list: page(() => import("../views/screens/consortium-overview/ConsortiumOverviewPage")) },
  // 系统配置
  "system-data": { list: page(() => import("../views/screens/system-data/SystemDataScreen")) },
  "resource-designer": { list: page(() => import("../views/screens/resource-designer/ResourceDesignerPage")) },
  // Organizational life
  compliance: { list: page(() => import("../views/screens/compliance/ComplianceScreen")) },
  "branch-calendar": { list: page(() => import("../views/screens/branch-calendar/BranchCalendarScreen")) },
  // Education and the culture board
  "my-learning": { list: page(() => import("../views/screens/my-learning/MyLearningPage")) },
  "culture-board": {
    list: page(() => import("../views/screens/culture-board/CultureBoardPage")),
    show: page(() => import("../views/screens/culture-board/ArticleReadingPage")),
  },
  // Party dues and membership transfers
  "dues-ledger": { list: page(() => import("../views/screens/dues-ledger/DuesLedgerScreen")) },
  "dues-collection": { list: page(() => import("../views/screens/dues-collection/DuesCollectionScreen")) },
  "transfer-letter": { show: page(() => import("../views/screens/transfer-letter/TransferLetterScreen")) },
  // Branch assessment
  "assessment-ranking": { list: page(() => import("../views/screens/assessment-ranking/AssessmentRankingPage")) },
  "assessment-sheet": { show: page(() => import("../views/screens/assessment-sheet/AssessmentSheetScreen")) },
};
