// `npm run restore -- FILE`: puts a backup (or an export) back as the store, with the API stopped.
// The file must parse, pass the store check and hold an unbroken audit trail; the store it
// replaces is kept first (as a backup, or beside itself when damaged).
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { verifyChain } from "../../mock-api/audit/chain";
import { AUDIT_COLLECTION } from "../../mock-api/audit/trail";
import { manualBackup } from "../../mock-api/persistence/backups";
import { checkStoreText } from "../../mock-api/persistence/checkStore";
import { storeConfig } from "../../mock-api/persistence/config";
import { writeStoreFile } from "../../mock-api/persistence/fileStore";
import { runningServer } from "../../mock-api/persistence/lock";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const source = process.argv[2];
if (!source) fail("Usage: npm run restore -- FILE   (a backup from the backup folder, or an export)");
const { file, backups } = storeConfig();
const pid = runningServer(file);
if (pid) fail(`The mock API (process ${pid}) is serving ${file}; stop it before restoring.`);

const text = readFileSync(resolve(source), "utf8");
const { state, problems } = checkStoreText(text);
if (!state) fail(`${source} cannot be restored: ${problems.join("; ")}.`);
const chain = verifyChain(state[AUDIT_COLLECTION]);
if (!chain.ok) fail(`${source} cannot be restored: its audit trail is broken at entry ${String(chain.firstBroken!.id)} (${chain.firstBroken!.reason}).`);

if (existsSync(file)) {
  const current = readFileSync(file, "utf8");
  if (checkStoreText(current).problems.length) {
    const aside = `${file}.damaged-${Date.now()}`;
    copyFileSync(file, aside);
    console.log(`Kept the damaged store as ${aside}`);
  } else console.log(`Kept the current store as ${manualBackup(current, backups)}`);
}
writeStoreFile(file, text);
console.log(`Restored ${file} from ${source} (${chain.entries} audit entries, chain intact). Start the API with npm run mock.`);
