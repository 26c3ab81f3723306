import "@ant-design/v5-patch-for-react-19";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { i18nReady } from "./i18n";
import { partyReady } from "./party";

// The first render waits for the shown language's strings (their own chunks), so no raw key flashes.
await Promise.all([i18nReady, partyReady]);
createRoot(document.getElementById("root")!).render(<App />);
