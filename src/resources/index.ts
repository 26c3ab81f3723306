import type { ResourceDef } from "../schema/types";
import { branches } from "./branches/schema";
import { members } from "./members/schema";

/** Every built-in resource, in menu order. */
export const builtInResources: readonly ResourceDef[] = [members, branches];

export const MENU_GROUPS = [
  { name: "organization", icon: "ApartmentOutlined" },
  { name: "coop", icon: "HeartOutlined" },
  { name: "admin", icon: "SettingOutlined" },
] as const;
