/**
 * A non-blocking finding for a list badge or the dashboard. `key` is `party.warnings.<code>`;
 * `level: "error"` marks the ones past a hard limit (e.g. a committee above 7, a term past its grace year).
 */
export interface DomainWarning {
  code: string;
  key: string;
  level: "warning" | "error";
  params?: Record<string, string | number>;
}

export function warning(code: string, params?: DomainWarning["params"], level: DomainWarning["level"] = "warning"): DomainWarning {
  return { code, key: `party.warnings.${code}`, level, ...(params && { params }) };
}
