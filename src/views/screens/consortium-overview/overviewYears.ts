/** The years a person can pick: this one and the four before it, newest first. */
export function selectableYears(today: string, count = 5): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => year - i);
}
