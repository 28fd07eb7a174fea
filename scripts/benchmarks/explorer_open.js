// How fast the explorer opens a large neighbourhood in headless chromium: from navigation to
// the drawn graph (the status line says how many entities), then to the evidence panel after a
// click on an edge, i.e. interactive. Usage: node scripts/benchmarks/explorer_open.js BASE_URL NAME DEPTH
'use strict';
const path = require('path');
const { chromium } = require(path.join(__dirname, '../../tests/browser/node_modules/playwright-core'));

const [base, name, depth] = process.argv.slice(2);
(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const hash = new URLSearchParams({ view: 'neighbors', id: name, depth }).toString();
  const start = Date.now();
  await page.goto(base + '#' + hash);
  await page.waitForFunction(() => /entities within/.test(document.getElementById('status').textContent),
                             { polling: 20, timeout: 60000 });
  const drawn = Date.now() - start;
  const status = await page.textContent('#status');
  await page.click('#edge-list li button');
  await page.waitForSelector('#panel .evidence', { timeout: 60000 });
  const interactive = Date.now() - start;
  console.log(`${status}\ndrawn after ${drawn} ms; evidence of the first edge shown after ${interactive} ms`);
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
