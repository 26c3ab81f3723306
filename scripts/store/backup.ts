// `npm run backup`: a copy of the store (MOCK_DB) in the backup folder, whether the API runs or not
// (the store is only ever replaced whole, so a copy is always a whole state). A damaged store is not copied.
import { readFileSync } from "node:fs";
import { manualBackup } from "../../mock-api/persistence/backups";
import { checkStoreText } from "../../mock-api/persistence/checkStore";
import { storeConfig } from "../../mock-api/persistence/config";

const { file, backups } = storeConfig();
const text = readFileSync(file, "utf8");
const { problems } = checkStoreText(text);
if (problems.length) {
  console.error(`The store ${file} is damaged (${problems.join("; ")}); no backup was taken.`);
  process.exit(1);
}
console.log(`Backed up ${file} to ${manualBackup(text, backups)}`);
