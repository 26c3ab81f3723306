import { useMany, useOne } from "@refinedev/core";
import { Button, Card, Result, Space, Typography } from "antd";
import { Link, useParams } from "react-router";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import { usePartyConfig } from "../../context/PartyContext";
import { useEffectiveResource } from "../../hooks/useEffectiveResource";
import { useFieldText } from "../../hooks/useFieldText";
import { PageLoading } from "../../PageLoading";
import { download } from "../../transfer/writeFile";
import { letterParts } from "./letterText";

// Printing shows the letter alone: the admin's frame and the buttons stay on screen only.
const PRINT_CSS = "@media print { .ant-layout-sider, .ant-layout-header, .party-letter-actions, [class*='drawer'] { display: none !important; } .party-letter-part { break-after: page; border: none !important; } }";

/** The print view of a transfer letter: stub, letter and receipt, with the dates and days in capitals. */
export default function TransferLetterScreen() {
  const { id } = useParams();
  const { dataProviderName, routePrefix } = usePartyConfig();
  const { resource } = useEffectiveResource("transfers");
  const text = useFieldText(resource);
  const t = text.t;
  const { result: transfer, query } = useOne({ resource: resourceIdentifier("transfers"), id: id ?? "", dataProviderName, queryOptions: { enabled: !!id } });
  const branchIds = transfer ? [transfer.fromBranchId, transfer.toBranchId].filter((v) => v !== undefined && v !== null) : [];
  const { result: branches } = useMany({ resource: resourceIdentifier("branches"), ids: branchIds as (string | number)[], dataProviderName, queryOptions: { enabled: branchIds.length > 0 } });
  if (!resource || query.isLoading) return <PageLoading />;
  if (!transfer) return <Result status="404" title={t("party-transfer-letter.notFound")} />;
  const branchName = (value: unknown) => branches.data.find((b) => String(b.id) === String(value))?.name as string | undefined;
  const names = {
    from: branchName(transfer.fromBranchId) ?? String(transfer.fromOrganization ?? ""),
    to: branchName(transfer.toBranchId) ?? String(transfer.toOrganization ?? ""),
    option: text.option,
  };
  const parts = letterParts(transfer, t, names);
  const title = t("party-transfer-letter.title");
  const downloadDocx = async () => {
    const { letterDocx } = await import("./letterDocx");
    download(await letterDocx(title, parts), `${String(transfer.serialNo)}.docx`);
  };

  return (
    <div>
      <style>{PRINT_CSS}</style>
      <Space className="party-letter-actions" wrap style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => window.print()}>
          {t("party-transfer-letter.print")}
        </Button>
        <Button onClick={() => void downloadDocx()}>{t("party-transfer-letter.docx")}</Button>
        <Link to={`${routePrefix}/transfers/show/${String(transfer.id)}`}>{t("party-transfer-letter.back")}</Link>
      </Space>
      <Typography.Title level={1} style={{ textAlign: "center", fontSize: 22 }}>
        {title}
      </Typography.Title>
      {parts.map((part) => (
        <Card key={part.part} className="party-letter-part" data-part={part.part} style={{ marginBottom: 24 }} title={<h2 style={{ margin: 0, fontSize: 16 }}>{part.heading}</h2>} extra={part.serial}>
          {part.lines.map((line, i) => (
            <Typography.Paragraph key={i} style={{ fontSize: 15, lineHeight: 2 }}>
              {line}
            </Typography.Paragraph>
          ))}
          {part.footer.map((line, i) => (
            <Typography.Paragraph key={`f${i}`} style={{ textAlign: "right", fontSize: 15 }}>
              {line}
            </Typography.Paragraph>
          ))}
        </Card>
      ))}
    </div>
  );
}
