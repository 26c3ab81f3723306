// The demo reads import files in this worker, as a host would: `refine-party-building/sheet-worker`.
import { answerSheetRequests } from "refine-party-building/sheet-worker";

answerSheetRequests();
