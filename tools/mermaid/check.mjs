// node check.mjs FILE...: parses each file with mermaid's own parser; one line per file, and exit 1
// if any is rejected.
import mermaid from 'mermaid';
import { readFileSync } from 'node:fs';

let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const result = await mermaid.parse(readFileSync(file, 'utf8'));
    console.log(`${file}: accepted (${result.diagramType})`);
  } catch (error) {
    failed++;
    const message = String(error?.message ?? error).split('\n').slice(0, 4).join(' | ');
    console.error(`${file}: rejected: ${message}`);
  }
}
if (process.argv.length < 3) {
  console.error('usage: node check.mjs FILE...');
  process.exit(2);
}
process.exit(failed ? 1 : 0);
