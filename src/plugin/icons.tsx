import { ApartmentOutlined, HeartOutlined, SettingOutlined, SolutionOutlined, TeamOutlined, LinkOutlined } from "@ant-design/icons";
import { AccountBookOutlined, PercentageOutlined, ProfileOutlined, SwapOutlined, TransactionOutlined } from "@ant-design/icons";
import type { ReactNode } from "react";

// Resources name their icon as data; only the plugin layer turns names into components.
const ICONS: Record<string, ReactNode> = {
  ApartmentOutlined: <ApartmentOutlined />,
  HeartOutlined: <HeartOutlined />,
  SettingOutlined: <SettingOutlined />,
  SolutionOutlined: <SolutionOutlined />,
  TeamOutlined: <TeamOutlined />,
  LinkOutlined: <LinkOutlined />,
  AccountBookOutlined: <AccountBookOutlined />,
  TransactionOutlined: <TransactionOutlined />,
  SwapOutlined: <SwapOutlined />,
  ProfileOutlined: <ProfileOutlined />,
  PercentageOutlined: <PercentageOutlined />,
};

export const iconFor = (name?: string) => (name ? ICONS[name] : undefined);
