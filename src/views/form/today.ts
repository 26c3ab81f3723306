import dayjs from "dayjs";

/** Today as the rules want it (ISO date, local time). */
export const todayIso = () => dayjs().format("YYYY-MM-DD");
