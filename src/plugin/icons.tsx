import {
  ApartmentOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CarOutlined,
  FileTextOutlined,
  HeartOutlined,
  LinkOutlined,
  MedicineBoxOutlined,
  ReadOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SolutionOutlined,
  StarOutlined,
  TableOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";

// Resources name their icon as data; only the plugin layer turns names into components.
const ICONS: Record<string, ReactNode> = {
  ApartmentOutlined: <ApartmentOutlined />,
  HeartOutlined: <HeartOutlined />,
  SettingOutlined: <SettingOutlined />,
  SolutionOutlined: <SolutionOutlined />,
  TeamOutlined: <TeamOutlined />,
  LinkOutlined: <LinkOutlined />,
  BankOutlined: <BankOutlined />,
  BarChartOutlined: <BarChartOutlined />,
  CarOutlined: <CarOutlined />,
  FileTextOutlined: <FileTextOutlined />,
  MedicineBoxOutlined: <MedicineBoxOutlined />,
  CalendarOutlined: <CalendarOutlined />,
  StarOutlined: <StarOutlined />,
  TableOutlined: <TableOutlined />,
  ReadOutlined: <ReadOutlined />,
  ScheduleOutlined: <ScheduleOutlined />,
};

export const iconFor = (name?: string) => (name ? ICONS[name] : undefined);
