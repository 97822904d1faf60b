/** What the benchmark prints, kept to be written to bench-results/latest.txt and, on request, README.md. */
import { execSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const out: string[] = [];

/** Prints a line and keeps it for the report. */
export function say(line = '') {
  out.push(line);
  console.log(line);
}

/** Writes bench-results/latest.txt, and the README's figures block when `readme` is set. */
export function writeReport(readme: boolean) {
  const chromium = execSync('chromium --version 2>/dev/null || true').toString().trim();
  const text = [
    `${new Date().toISOString().slice(0, 10)}, \`npm run bench\`: ${chromium || 'Chromium'}, ${cpus().length} cores.`,
    '',
    ...out,
  ]
    .join('\n')
    .trimEnd();
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.txt', text + '\n');
  if (!readme) return;
  const doc = readFileSync('README.md', 'utf8');
  const marked = /<!-- bench figures -->[\s\S]*?<!-- \/bench figures -->/;
  if (!marked.test(doc))
    throw new Error('README.md has no <!-- bench figures --> … <!-- /bench figures --> block');
  const block = `<!-- bench figures -->\n\n\`\`\`text\n${text}\n\`\`\`\n\n<!-- /bench figures -->`;
  writeFileSync(
    'README.md',
    doc.replace(marked, () => block),
  );
}
