#!/usr/bin/env node
// Measures what the first page makes the browser download: every script and
// module preload that client/dist/index.html names, gzipped. Fails above the
// budget (250 KB). Chunks loaded later (the report's charts) are not counted.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'client', 'dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1]);
if (assets.length === 0) {
  console.error('client/dist/index.html names no JavaScript: build the client first');
  process.exit(1);
}
let total = 0;
for (const asset of assets) {
  const gzipped = gzipSync(fs.readFileSync(path.join(dist, asset)), { level: 9 }).length;
  total += gzipped;
  console.log(`  ${asset}: ${(gzipped / 1024).toFixed(1)} KB gzipped`);
}
const kb = total / 1024;
console.log(`first page JavaScript: ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
process.exit(kb > BUDGET_KB ? 1 : 0);
