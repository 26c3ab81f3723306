import { List as RefineList } from "@refinedev/antd";
import { useList, type BaseRecord } from "@refinedev/core";
import { Card, List, Space, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { usePartyConfig } from "../../context/PartyContext";
import { ValueTag } from "../../fields/ValueTag";
import { ERROR_TAG, enumTagStyle, TAG_PALETTE } from "../../fields/enumColor";
import { FieldValue } from "../../fields/FieldValue";
import { useEffectiveResource } from "../../hooks/useEffectiveResource";
import { useFieldText } from "../../hooks/useFieldText";
import { PageLoading } from "../../PageLoading";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import { PageTitle } from "../../PageTitle";

const PAGE_SIZE = 10;

/** 党建园地: the published articles, pinned ones first and then the newest, each opening in the reading view. */
export default function CultureBoardPage() {
  const { routePrefix, dataProviderName } = usePartyConfig();
  const { resource } = useEffectiveResource("articles");
  const text = useFieldText(resource);
  const [page, setPage] = useState(1);
  const { result, query } = useList<BaseRecord>({
    resource: resourceIdentifier("articles"),
    dataProviderName,
    filters: [{ field: "status", operator: "eq", value: "published" }],
    sorters: [
      { field: "pinned", order: "desc" },
      { field: "publishDate", order: "desc" },
    ],
    pagination: { currentPage: page, pageSize: PAGE_SIZE, mode: "server" },
  });
  if (!resource) return <PageLoading />;
  const t = text.t;
  const yesNo: [string, string] = [t("party.common.yes"), t("party.common.no")];

  return (
    <RefineList title={<PageTitle>{t("party.board.title")}</PageTitle>} breadcrumb={false}>
      <Card>
        <List<BaseRecord>
          loading={query.isLoading}
          dataSource={result.data}
          locale={{ emptyText: t("party.board.empty") }}
          aria-label={t("party.board.articleList")}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: result.total, onChange: setPage, hideOnSinglePage: true }}
          renderItem={(article) => (
            <List.Item key={String(article.id)}>
              <Space direction="vertical" size={4}>
                <Link to={`${routePrefix}/culture-board/${article.id}`}>
                  <Typography.Text strong style={{ fontSize: 16, color: "inherit" }}>
                    {String(article.title)}
                  </Typography.Text>
                </Link>
                <Space wrap size={[8, 4]}>
                  {article.pinned === true && <ValueTag palette={ERROR_TAG}>{t("party.board.pinned")}</ValueTag>}
                  <ValueTag palette={enumTagStyle(resource.fields.category, String(article.category))}>{text.option("category", String(article.category))}</ValueTag>
                  <Typography.Text type="secondary">
                    <FieldValue name="publishDate" field={resource.fields.publishDate} value={article.publishDate} optionLabel={text.option} yesNo={yesNo} lng={text.lng} />
                  </Typography.Text>
                  <Typography.Text type="secondary">{t("party.board.readingTime", { minutes: Number(article.readingMinutes ?? 1) })}</Typography.Text>
                  {typeof article.studyHours === "number" && <ValueTag palette={TAG_PALETTE[1]}>{t("party.board.studyHours", { hours: article.studyHours })}</ValueTag>}
                </Space>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </RefineList>
  );
}
