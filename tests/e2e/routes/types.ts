// A page beyond a resource's generic list/create/show/edit that the accessibility test must visit.
// Each module lists its own screens in a file of this folder exporting `SCREEN_ROUTES`.
export interface ScreenRoute {
  /** The address under the demo, e.g. "/party/meetings-compliance". */
  path: string;
  /** The demo account that opens it. */
  user: "admin" | "secretary" | "member";
  /** A CSS selector that is visible once the page's content has loaded. */
  ready: string;
}
