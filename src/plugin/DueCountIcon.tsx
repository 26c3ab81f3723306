import { lazy, Suspense, type ReactNode } from "react";

// The badge (antd's Badge and the request for the count) is a chunk of its own: a host's first load
// carries only this wrapper, and the plain icon shows until the badge arrives.
const DueCountBadge = lazy(() => import("./DueCountBadge"));

/** The work bench's menu icon; antd's Menu gives the icon its class, which the wrapper keeps. */
export function DueCountIcon({ icon, dataProviderName, className }: { icon: ReactNode; dataProviderName: string; className?: string }) {
  return (
    <span className={className}>
      <Suspense fallback={icon}>
        <DueCountBadge icon={icon} dataProviderName={dataProviderName} />
      </Suspense>
    </span>
  );
}
