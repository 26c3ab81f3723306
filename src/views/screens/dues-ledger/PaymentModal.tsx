import { useCreate, useInvalidate } from "@refinedev/core";
import { DatePicker, Form, InputNumber, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect } from "react";
import { isPartyHttpError } from "../../../data/httpError";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import type { EffectiveResource } from "../../../schema/types";
import { usePartyConfig } from "../../context/PartyContext";
import { todayIso } from "../../form/today";
import { useErrorNotification } from "../../hooks/useErrorNotification";
import { useFieldText } from "../../hooks/useFieldText";
import type { LedgerRow } from "./useDuesLedger";

interface Props {
  payments: EffectiveResource;
  row: LedgerRow | undefined;
  onClose: () => void;
}

interface Values {
  paidDate: Dayjs;
  amount: number;
  fromMonth: Dayjs;
  months: number;
  method: string;
}

/**
 * Records a payment of the member in this row, for this row's member only: the form has no payer.
 * It opens on the rest owed for the month; the backend judges it with the same rules (422 on the fields).
 */
export function PaymentModal({ payments, row, onClose }: Props) {
  const text = useFieldText(payments);
  const { dataProviderName } = usePartyConfig();
  const [form] = Form.useForm<Values>();
  const { mutateAsync, mutation } = useCreate();
  const invalidate = useInvalidate();
  const errorNotification = useErrorNotification();
  const t = text.t;

  useEffect(() => {
    if (row) form.setFieldsValue({ paidDate: dayjs(todayIso()), amount: row.remaining, fromMonth: dayjs(`${row.month}-01`), months: 1, method: String(payments.fields.method.default ?? "cash") });
  }, [row, form, payments]);

  const submit = async () => {
    const values = await form.validateFields();
    if (!row) return;
    try {
      await mutateAsync({
        resource: resourceIdentifier("dues-payments"),
        dataProviderName,
        values: { memberId: row.memberId, paidDate: values.paidDate.format("YYYY-MM-DD"), amount: values.amount, fromMonth: values.fromMonth.format("YYYY-MM"), months: values.months, method: values.method },
        errorNotification: (error) => (isPartyHttpError(error) && error.fieldErrors ? false : errorNotification(error)),
        successNotification: () => ({ type: "success", message: t("party-dues-ledger.recorded", { name: row.name, amount: values.amount }) }),
      });
      await invalidate({ resource: resourceIdentifier("dues-ledger"), dataProviderName, invalidates: ["list"] });
      onClose();
    } catch (error) {
      if (isPartyHttpError(error) && error.fieldErrors) {
        form.setFields(Object.entries(error.fieldErrors).map(([name, list]) => ({ name: name as keyof Values, errors: list.map((e) => t(e.key, e.params ?? {})) })));
      }
    }
  };

  return (
    <Modal
      open={!!row}
      title={row ? t("party-dues-ledger.recordFor", { name: row.name }) : undefined}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t("buttons.save")}
      cancelText={t("buttons.cancel")}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="dues-payment">
        <Form.Item name="paidDate" label={text.label("paidDate")} rules={[{ required: true, message: t("party.validation.required") }]}>
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="amount" label={text.label("amount")} rules={[{ required: true, message: t("party.validation.required") }]}>
          <InputNumber style={{ width: "100%" }} min={0.01} precision={2} prefix="¥" />
        </Form.Item>
        <Form.Item name="fromMonth" label={text.label("fromMonth")} help={undefined} extra={text.help("fromMonth")} rules={[{ required: true, message: t("party.validation.required") }]}>
          <DatePicker picker="month" style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="months" label={text.label("months")} extra={text.help("months")} rules={[{ required: true, message: t("party.validation.required") }]}>
          <InputNumber style={{ width: "100%" }} min={1} precision={0} />
        </Form.Item>
        <Form.Item name="method" label={text.label("method")} rules={[{ required: true, message: t("party.validation.required") }]}>
          <Select options={(payments.fields.method.values ?? []).map((value) => ({ value, label: text.option("method", value) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
