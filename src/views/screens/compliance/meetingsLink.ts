/** The meetings list filtered to one branch and month (and kind), in the list's own URL format. */
export function meetingsLink(routePrefix: string, branchId: unknown, from: string, to: string, kind?: string): string {
  const filters: [string, string, string][] = [
    ["branchId", "eq", String(branchId)],
    ["date", "gte", from],
    ["date", "lte", to],
  ];
  if (kind) filters.push(["kind", "eq", kind]);
  const params = new URLSearchParams();
  filters.forEach(([field, operator, value], i) => {
    params.set(`filters[${i}][field]`, field);
    params.set(`filters[${i}][operator]`, operator);
    params.set(`filters[${i}][value]`, value);
  });
  return `${routePrefix}/meetings?${params.toString()}`;
}
