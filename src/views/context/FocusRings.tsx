import { theme } from "antd";

/**
 * A visible keyboard focus where antd draws none: sortable column headers (antd makes them
 * focusable) and links in tables, descriptions and cards (antd's reset takes their outline off).
 * The selectors outweigh antd's own (its sorters set `outline: none`). React hoists the sheet
 * into the head once (`href` + `precedence`), however many pages render it.
 */
export function FocusRings() {
  const { token } = theme.useToken();
  const ring = `outline: 2px solid ${token.colorPrimary}; outline-offset: -2px;`;
  const css = [
    `.ant-table-wrapper .ant-table-thead th[tabindex]:focus-visible { ${ring} }`,
    `.ant-table-wrapper .ant-table a:not(.ant-btn):focus-visible, .ant-descriptions .ant-descriptions-view a:focus-visible, .ant-card .ant-card-body a:not(.ant-btn):focus-visible { ${ring} outline-offset: 1px; }`,
  ].join("\n");
  return (
    <style href={`party-focus-rings-${token.colorPrimary}`} precedence="party">
      {css}
    </style>
  );
}
