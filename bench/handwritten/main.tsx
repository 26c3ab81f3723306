// bench:list's yardstick: the members list written by hand as a Refine + antd developer would, over
// the same /api data as the plugin's generic list (same columns, filter, sort, page size, one
// batched request for the branch names), opened from a short branches list as the home page, as the
// demo opens on its branches list. No schema, no i18n library, no settings.
import "@ant-design/v5-patch-for-react-19";
import { DeleteButton, EditButton, getDefaultSortOrder, List, ShowButton, ThemedLayout, useTable } from "@refinedev/antd";
import "@refinedev/antd/dist/reset.css";
import { Refine, useMany, type BaseRecord } from "@refinedev/core";
import routerProvider, { NavigateToResource } from "@refinedev/react-router";
import dataProviderSimpleRest from "@refinedev/simple-rest";
import { App as AntdApp, Button, ConfigProvider, Form, Select, Space, Table } from "antd";
import zhCN from "antd/es/locale/zh_CN";
import { useMemo } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Link, Outlet, Route, Routes } from "react-router";

const GENDER: Record<string, string> = { male: "男", female: "女" };
const STAGE: Record<string, string> = { applicant: "入党申请人", activist: "入党积极分子", candidate: "发展对象", probationary: "预备党员", full: "正式党员" };
const STATUS: Record<string, string> = { normal: "正常", retained: "保留党籍", suspended: "停止党籍", restored: "恢复党籍", expelled: "开除党籍" };

const BRANCH_TYPE: Record<string, string> = { clinical: "临床", medtech: "医技", functional: "职能", retired: "离退休", joint: "联合" };

function BranchList() {
  const { tableProps } = useTable<BaseRecord>({ syncWithLocation: true, pagination: { pageSize: 20 } });
  return (
    <List>
      <Table {...tableProps} rowKey="id">
        <Table.Column dataIndex="name" title="支部名称" />
        <Table.Column dataIndex="type" title="支部类型" render={(v: string) => BRANCH_TYPE[v] ?? v} />
        <Table.Column dataIndex="establishedDate" title="成立日期" />
      </Table>
    </List>
  );
}

function MemberList() {
  const { tableProps, searchFormProps, sorters } = useTable<BaseRecord>({
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: "id", order: "asc" }] },
    onSearch: (values) => [{ field: "gender", operator: "eq", value: (values as { gender?: string }).gender || undefined }],
  });
  const rows = tableProps.dataSource;
  const branchIds = useMemo(() => [...new Set((rows ?? []).map((r) => r.branchId as number))].sort((a, b) => a - b), [rows]);
  const { result: branches } = useMany({ resource: "branches", ids: branchIds, queryOptions: { enabled: branchIds.length > 0 } });
  const branchName = new Map(branches.data.map((b) => [b.id, String(b.name)]));

  return (
    <List>
      <Form {...searchFormProps} layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item name="gender" label="性别">
          <Select allowClear style={{ width: 160 }} options={Object.entries(GENDER).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" type="primary">
            查询
          </Button>
        </Form.Item>
      </Form>
      <Table {...tableProps} rowKey="id" scroll={{ x: "max-content" }} pagination={{ ...tableProps.pagination, showSizeChanger: true }}>
        <Table.Column dataIndex="name" title="姓名" sorter={{ multiple: 1 }} sortOrder={getDefaultSortOrder("name", sorters)} fixed="left" />
        <Table.Column dataIndex="gender" title="性别" render={(v: string) => GENDER[v] ?? v} />
        <Table.Column dataIndex="idNumber" title="身份证号" />
        <Table.Column dataIndex="phone" title="手机号" />
        <Table.Column
          dataIndex="branchId"
          title="所在支部"
          render={(id: number) => <Link to={`/branches/show/${id}`}>{branchName.get(id) ?? id}</Link>}
        />
        <Table.Column dataIndex="stage" title="发展阶段" sorter={{ multiple: 1 }} sortOrder={getDefaultSortOrder("stage", sorters)} render={(v: string) => STAGE[v] ?? v} />
        <Table.Column dataIndex="partyStatus" title="党籍状态" render={(v: string) => STATUS[v] ?? v} />
        <Table.Column
          title="操作"
          fixed="right"
          render={(_, record: BaseRecord) => (
            <Space size={0}>
              <ShowButton hideText size="small" recordItemId={record.id} />
              <EditButton hideText size="small" recordItemId={record.id} />
              <DeleteButton hideText size="small" recordItemId={record.id} />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}

createRoot(document.getElementById("root")!).render(
  <BrowserRouter>
    <ConfigProvider locale={zhCN}>
      <AntdApp>
        <Refine
          routerProvider={routerProvider}
          dataProvider={dataProviderSimpleRest("/api")}
          resources={[
            { name: "members", list: "/members", show: "/members/show/:id", edit: "/members/edit/:id" },
            { name: "branches", list: "/branches" },
          ]}
          options={{ syncWithLocation: true, disableTelemetry: true }}
        >
          <Routes>
            <Route
              element={
                <ThemedLayout>
                  <Outlet />
                </ThemedLayout>
              }
            >
              <Route index element={<NavigateToResource resource="branches" />} />
              <Route path="/branches" element={<BranchList />} />
              <Route path="/members" element={<MemberList />} />
            </Route>
          </Routes>
        </Refine>
      </AntdApp>
    </ConfigProvider>
  </BrowserRouter>,
);
