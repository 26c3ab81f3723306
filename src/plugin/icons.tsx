import {
  AccountBookOutlined,
  AuditOutlined,
  CarryOutOutlined,
  DatabaseOutlined,
  AimOutlined,
  DashboardOutlined,
  FundOutlined,
  LineChartOutlined,
  ApartmentOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CarOutlined,
  FileTextOutlined,
  HeartOutlined,
  LinkOutlined,
  MedicineBoxOutlined,
  PercentageOutlined,
  ProfileOutlined,
  ReadOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SolutionOutlined,
  StarOutlined,
  SwapOutlined,
  TableOutlined,
  TeamOutlined,
  TransactionOutlined,
  TrophyOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";
import { DueCountIcon } from "./DueCountIcon";

// Resources name their icon as data; only the plugin layer turns names into components.
const ICONS: Record<string, ReactNode> = {
  AimOutlined: <AimOutlined />,
  DashboardOutlined: <DashboardOutlined />,
  FundOutlined: <FundOutlined />,
  LineChartOutlined: <LineChartOutlined />,
  ApartmentOutlined: <ApartmentOutlined />,
  DatabaseOutlined: <DatabaseOutlined />,
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
  AccountBookOutlined: <AccountBookOutlined />,
  TransactionOutlined: <TransactionOutlined />,
  SwapOutlined: <SwapOutlined />,
  ProfileOutlined: <ProfileOutlined />,
  PercentageOutlined: <PercentageOutlined />,
  AuditOutlined: <AuditOutlined />,
  CarryOutOutlined: <CarryOutOutlined />,
  TrophyOutlined: <TrophyOutlined />,
};

export const iconFor = (name?: string) => (name ? ICONS[name] : undefined);

/** A resource's menu icon; the work bench's carries the count of items due. */
export const menuIconFor = (def: { name: string; icon?: string }, dataProviderName: string) =>
  def.name === "workbench" ? <DueCountIcon icon={iconFor(def.icon)} dataProviderName={dataProviderName} /> : iconFor(def.icon);
