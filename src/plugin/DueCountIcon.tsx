import { lazy, Suspense, type ReactNode } from "react";

// The badge (antd's Badge and the request for the count) is a chunk of its own: a host's first load
// carries only this wrapper, and the plain icon shows until the badge arrives.
const DueCountBadge = lazy(() => import("./DueCountBadge"));

/**
 * The work bench's icon. antd's Menu gives its icons their class: there the count is shown; the
 * same icon elsewhere (the breadcrumb) stays plain.
 */
export function DueCountIcon({ icon, dataProviderName, className }: { icon: ReactNode; dataProviderName: string; className?: string }) {
  if (!className) return <>{icon}</>;
  return (
    <span className={className}>
      <Suspense fallback={icon}>
        <DueCountBadge icon={icon} dataProviderName={dataProviderName} />
      </Suspense>
    </span>
  );
}
