// About 30 culture-board articles across the five categories and three states: most published
// (a few pinned), some drafts, some archived; branch secretaries write some of them.
import { ARTICLE_TEXTS } from "./article-texts";
import { addDays } from "./dates";
import type { Random } from "./random";
import type { Article, ArticleStatus, Branch } from "./types";

const SECTIONS = [
  "## 主要内容\n\n- 提高政治站位，把党的领导落实到医院治理各环节\n- 围绕患者需求，推动党建与业务深度融合\n- 发挥党员先锋模范作用，带动全院职工\n",
  "## 下一步工作\n\n1. 各党支部结合实际制定落实方案\n2. 支部书记带头讲党课、作表率\n3. 年底前开展一次总结交流\n",
  "## 延伸阅读\n\n更多学习资料请访问[党员教育平台](https://study.hospital.example/)。\n",
  "> 把群众的小事当作自己的大事，把患者的满意作为工作的标准。\n",
];

export function generateArticles(r: Random, today: string, branches: readonly Branch[]): Article[] {
  const writers = branches.filter((b) => b.type === "clinical" || b.type === "medtech").slice(0, 6);
  return ARTICLE_TEXTS.map(([title, category, lead], index) => {
    const id = index + 1;
    const status: ArticleStatus = id % 7 === 0 ? "draft" : id % 9 === 0 ? "archived" : "published";
    const publishDate = status === "draft" ? null : addDays(today, -r.int(status === "archived" ? 200 : 3, status === "archived" ? 400 : 180));
    const body = [`${lead}\n`, ...r.sample(SECTIONS, r.int(2, 3))].join("\n");
    return {
      id,
      title,
      category,
      status,
      publishDate,
      pinned: status === "published" && (id === 1 || id === 10 || id === 25),
      branchId: category === "news" || category === "model" ? (r.chance(0.6) ? r.pick(writers).id : null) : null,
      coverImage: null,
      body,
      // Policy readings are study material worth half an hour.
      studyHours: category === "policy" ? 0.5 : null,
      version: 1,
    };
  });
}
