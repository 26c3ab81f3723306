// `npm run audit:verify [-- FILE]`: checks the audit trail's hash chain in the store (MOCK_DB by
// default) and names the first broken link. Exit code 1 when broken.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { verifyChain } from "../../mock-api/audit/chain";
import { AUDIT_COLLECTION } from "../../mock-api/audit/trail";
import { checkStoreText } from "../../mock-api/persistence/checkStore";
import { storeConfig } from "../../mock-api/persistence/config";

const file = process.argv[2] ? resolve(process.argv[2]) : storeConfig().file;
const { state, problems } = checkStoreText(readFileSync(file, "utf8"));
if (!state) {
  console.error(`${file} is damaged: ${problems.join("; ")}`);
  process.exit(1);
}
const verdict = verifyChain(state[AUDIT_COLLECTION]);
if (verdict.ok) console.log(`Audit trail of ${file}: ${verdict.entries} entries, every link holds.`);
else {
  const b = verdict.firstBroken!;
  const why = b.reason === "hash" ? "its content is not what was written" : "it does not follow the entry before it (changed, removed or inserted)";
  console.error(`Audit trail of ${file}: first broken link at entry ${String(b.id)} (position ${b.index + 1} of ${verdict.entries}): ${why}.`);
  process.exit(1);
}
