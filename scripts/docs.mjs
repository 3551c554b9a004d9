// Writes the custom function reference into README.md from src/functions/registry.ts (the single
// source for stubs, JSDoc and docs). `--check` fails when README.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistry } from './registry.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- functions:start -->';
const END = '<!-- functions:end -->';

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const show = (value) =>
  Array.isArray(value)
    ? `a ${value.length}-row table`
    : typeof value === 'string'
      ? `"${value}"`
      : String(value);

export async function reference() {
  const lines = ['| Function | What it returns | Example | Result |', '|---|---|---|---|'];
  for (const fn of await loadRegistry(root)) {
    const params = fn.params.map((p, i) =>
      fn.variadic && i === fn.params.length - 1 ? `${p.name}...` : p.name,
    );
    lines.push(
      `| \`${fn.name}(${params.join(', ')})\` | ${cell(fn.summary.en)}<br>${cell(fn.summary.ja)} | \`${cell(fn.example.formula)}\` | ${cell(show(fn.example.result))} |`,
    );
  }
  return lines.join('\n');
}

const readme = join(root, 'README.md');
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start < 0 || end < start) {
  console.error(`README.md needs the markers ${START} and ${END}`);
  process.exit(1);
}
const next = `${text.slice(0, start + START.length)}\n${await reference()}\n${text.slice(end)}`;
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error('README.md function reference is out of date: run npm run docs');
    process.exit(1);
  }
  console.log('docs: README function reference is up to date');
} else {
  writeFileSync(readme, next);
  console.log('docs: README function reference written');
}
