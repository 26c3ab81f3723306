// bench's floor: the smallest Refine + antd app a developer starts from (one resource, Refine's
// layout and list, antd's Table, simple-rest), built into one chunk. Whatever the plugin or the
// hand-written page load beyond it is their own; the benchmarks report every figure against it too.
import "@ant-design/v5-patch-for-react-19";
import { List, ThemedLayout, useTable } from "@refinedev/antd";
import "@refinedev/antd/dist/reset.css";
import { Refine, type BaseRecord } from "@refinedev/core";
import routerProvider from "@refinedev/react-router";
import dataProviderSimpleRest from "@refinedev/simple-rest";
import { App as AntdApp, ConfigProvider, Table } from "antd";
import zhCN from "antd/es/locale/zh_CN";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Outlet, Route, Routes } from "react-router";

function MemberList() {
  const { tableProps } = useTable<BaseRecord>({ syncWithLocation: true, pagination: { pageSize: 20 } });
  return (
    <List>
      <Table {...tableProps} rowKey="id">
        <Table.Column dataIndex="name" title="姓名" />
        <Table.Column dataIndex="gender" title="性别" />
        <Table.Column dataIndex="phone" title="手机号" />
        <Table.Column dataIndex="stage" title="发展阶段" />
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
          resources={[{ name: "members", list: "/members" }]}
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
              <Route path="/members" element={<MemberList />} />
            </Route>
          </Routes>
        </Refine>
      </AntdApp>
    </ConfigProvider>
  </BrowserRouter>,
);
