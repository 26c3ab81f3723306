import { DeleteOutlined, EditOutlined, EyeOutlined } from "@ant-design/icons";
import { Button, Popconfirm, Space } from "antd";
import { Link } from "react-router";

export interface RowActionLabels {
  show: string;
  edit: string;
  delete: string;
  confirm: string;
  cancel: string;
}

interface Props {
  showUrl: string;
  /** Absent when the person may not edit this record. */
  editUrl?: string;
  /** Absent when the person may not delete this record. */
  onDelete?: () => void;
  deleting: boolean;
  labels: RowActionLabels;
}

/**
 * A row's show / edit / delete, shaped like Refine's buttons (a link around a button) but without
 * their per-button hooks: the list decides rights and runs the one shared delete, so twenty rows
 * do not each match routes and ask the access provider three times.
 */
export function RowActions({ showUrl, editUrl, onDelete, deleting, labels }: Props) {
  return (
    <Space size={0}>
      <Link to={showUrl} tabIndex={-1}>
        <Button size="small" icon={<EyeOutlined />} aria-label={labels.show} title={labels.show} />
      </Link>
      {editUrl && (
        <Link to={editUrl} tabIndex={-1}>
          <Button size="small" icon={<EditOutlined />} aria-label={labels.edit} title={labels.edit} />
        </Link>
      )}
      {onDelete && (
        // Mounted afresh on each opening so that its confirm button takes the focus: a keyboard
        // user is then one Enter (or Escape) away, not a tour of the page away.
        <Popconfirm
          title={labels.confirm}
          okText={labels.delete}
          cancelText={labels.cancel}
          okType="danger"
          okButtonProps={{ disabled: deleting, autoFocus: true }}
          destroyOnHidden
          onConfirm={onDelete}
        >
          <Button size="small" danger loading={deleting} icon={<DeleteOutlined />} aria-label={labels.delete} title={labels.delete} />
        </Popconfirm>
      )}
    </Space>
  );
}
