import { DEFAULT_TIME_ZONE, todayIn } from "../../domain/today";

let timeZone = DEFAULT_TIME_ZONE;

/** Sets the hospital's time zone the pages judge "today" by (createPartyBuilding's `timeZone`). */
export function setHospitalTimeZone(zone: string | undefined): void {
  timeZone = zone ?? DEFAULT_TIME_ZONE;
}

/** Today as the rules want it: the ISO date in the hospital's time zone, as the backend computes it. */
export const todayIso = () => todayIn(timeZone);
