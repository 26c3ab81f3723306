import { useLogin, useTranslate } from "@refinedev/core";
import { Alert, Button, Card, Form, Input, List, Typography } from "antd";
import { useState } from "react";
import { Frame } from "./Frame";

const DEMO_USERS = [
  { username: "admin", role: "admin" },
  { username: "secretary", role: "secretary" },
  { username: "member", role: "member" },
] as const;

/** The demo host's sign-in, with the seeded demo accounts one click away. */
export default function LoginPage() {
  const t = useTranslate();
  const [form] = Form.useForm<{ username: string; password: string }>();
  const { mutate: login, isPending } = useLogin<{ username: string; password: string }>();
  const [failed, setFailed] = useState(false);
  const submit = (values: { username: string; password: string }) =>
    login(values, { onSuccess: (result) => setFailed(!result.success) });
  return (
    <Frame>
      <main style={{ minHeight: "100vh", display: "grid", placeItems: "center", background: "#f5f5f5", padding: 16 }}>
        <Card style={{ width: "100%", maxWidth: 420 }}>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t("demo.login.title")}
          </Typography.Title>
          {failed && <Alert type="error" showIcon message={t("demo.login.failed")} style={{ marginBottom: 16 }} />}
          <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item name="username" label={t("demo.login.username")} rules={[{ required: true, message: t("party.validation.required") }]}>
              <Input autoComplete="username" />
            </Form.Item>
            <Form.Item name="password" label={t("demo.login.password")} rules={[{ required: true, message: t("party.validation.required") }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={isPending}>
              {t("demo.login.submit")}
            </Button>
          </Form>
          <List
            style={{ marginTop: 16 }}
            header={t("demo.login.demoUsers")}
            dataSource={[...DEMO_USERS]}
            renderItem={(user) => (
              <List.Item
                actions={[
                  <Button key="use" size="small" onClick={() => form.setFieldsValue({ username: user.username, password: "demo123" })}>
                    {t("demo.login.use")}
                  </Button>,
                ]}
              >
                <code>{user.username}</code> {t(`demo.roles.${user.role}`)}
              </List.Item>
            )}
          />
        </Card>
      </main>
    </Frame>
  );
}
