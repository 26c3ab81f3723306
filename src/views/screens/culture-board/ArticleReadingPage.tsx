import { useOne, type BaseRecord } from "@refinedev/core";
import { Alert, Button, Card, Divider, Space, Typography } from "antd";
import { Link, useParams } from "react-router";
import { isPartyHttpError } from "../../../data/httpError";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import { usePartyConfig } from "../../context/PartyContext";
import { FieldValue } from "../../fields/FieldValue";
import { ValueTag } from "../../fields/ValueTag";
import { enumTagStyle, TAG_PALETTE } from "../../fields/enumColor";
import { useEffectiveResource } from "../../hooks/useEffectiveResource";
import { useFieldText } from "../../hooks/useFieldText";
import { NotFoundResult } from "../../NotFoundResult";
import { PageLoading } from "../../PageLoading";
import { isSafeLink } from "../../../domain/education";
import { SafeMarkdown } from "./SafeMarkdown";
import { useArticleCredit } from "./useArticleCredit";

/** The reading view of one article: its Markdown body rendered safely, reading time, and study hours credited at the end. */
export default function ArticleReadingPage() {
  const { id = "" } = useParams();
  const { routePrefix, dataProviderName } = usePartyConfig();
  const { resource } = useEffectiveResource("articles");
  const text = useFieldText(resource);
  const { result: article, query } = useOne<BaseRecord>({ resource: resourceIdentifier("articles"), id, dataProviderName });
  const { endRef, hours, credited } = useArticleCredit(article);
  const board = `${routePrefix}/culture-board`;
  if (isPartyHttpError(query.error) && (query.error.kind === "not-found" || query.error.kind === "forbidden")) return <NotFoundResult listPath={board} />;
  if (!resource || !article) return <PageLoading />;
  const t = text.t;
  const yesNo: [string, string] = [t("party.common.yes"), t("party.common.no")];

  return (
    <Card>
      <article style={{ maxWidth: 760, margin: "0 auto" }}>
        <Link to={board}>
          <Button type="link" style={{ paddingInline: 0 }}>
            {t("party.board.back")}
          </Button>
        </Link>
        <Typography.Title level={1} style={{ fontSize: 28 }}>{String(article.title)}</Typography.Title>
        <Space wrap size={[8, 4]}>
          <ValueTag palette={enumTagStyle(resource.fields.category, String(article.category))}>{text.option("category", String(article.category))}</ValueTag>
          <Typography.Text type="secondary">
            <FieldValue name="publishDate" field={resource.fields.publishDate} value={article.publishDate} optionLabel={text.option} yesNo={yesNo} lng={text.lng} />
          </Typography.Text>
          <Typography.Text type="secondary" data-testid="reading-time">
            {t("party.board.readingTime", { minutes: Number(article.readingMinutes ?? 1) })}
          </Typography.Text>
          {hours !== undefined && <ValueTag palette={TAG_PALETTE[1]}>{t("party.board.studyHours", { hours })}</ValueTag>}
        </Space>
        {isSafeLink(article.coverImage) && (
          <img src={String(article.coverImage)} alt={String(article.title)} style={{ display: "block", maxWidth: "100%", marginTop: 16 }} />
        )}
        <Divider />
        <div className="party-article-body" data-testid="article-body" style={{ fontSize: 16, lineHeight: 1.8, overflowWrap: "anywhere" }}>
          <SafeMarkdown body={String(article.body ?? "")} />
        </div>
        <Divider plain>
          <span ref={endRef}>{t("party.board.end")}</span>
        </Divider>
        {credited && hours !== undefined && <Alert type="success" showIcon message={t("party.board.credited", { hours })} />}
      </article>
    </Card>
  );
}
