import { useCallback, useState } from "react";

const storageKey = (resource: string) => `party.columns.${resource}`;

function read(resource: string): string[] | undefined {
  try {
    const raw = localStorage.getItem(storageKey(resource));
    return raw ? (JSON.parse(raw) as string[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Which list columns a person has hidden, remembered per resource in this browser. */
export function useColumnChoice(resource: string) {
  const [hidden, setHidden] = useState<string[]>(() => read(resource) ?? []);
  const toggle = useCallback(
    (column: string, visible: boolean) => {
      setHidden((current) => {
        const next = visible ? current.filter((c) => c !== column) : [...new Set([...current, column])];
        localStorage.setItem(storageKey(resource), JSON.stringify(next));
        return next;
      });
    },
    [resource],
  );
  return { hidden, toggle };
}
