import { NavigateToResource } from "@refinedev/react-router";
import { Navigate, useSearchParams } from "react-router";

/**
 * Where a signed-in person lands from the login page: back to the page that sent them there
 * (`?to=`, set by the sign-in guard), or else the work bench. Only an address inside the app is followed.
 */
export function AfterSignIn() {
  const [query] = useSearchParams();
  const to = query.get("to");
  if (to && to.startsWith("/") && !to.startsWith("//") && !to.startsWith("/login")) return <Navigate to={to} replace />;
  return <NavigateToResource resource="party-workbench" />;
}
