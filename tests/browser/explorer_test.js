// The explorer in a real browser: Debian's chromium, headless, driven by playwright-core.
// Starts `claimgraph serve` on a free port over a store of the bundled newsroom articles,
// searches a name, clicks an edge on the canvas, reads the evidence panel, runs a path query,
// reopens a permalink and saves screenshots; then does the same with the one-file HTML of
// `claimgraph render --format html`. Nothing may be fetched from anywhere else, and the page
// must log no error (a Content-Security-Policy violation would be one).
// Usage: node explorer_test.js CLAIMGRAPH SOURCE_DIR SCRATCH_DIR; exit 77 = skipped.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, execFileSync } = require('child_process');

const CHROMIUM = '/usr/bin/chromium';
const [binary, sourceDir, scratch] = process.argv.slice(2);

let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (e) {
  console.log('SKIP: playwright-core is not installed (scripts/setup.sh runs npm ci in tests/browser)');
  process.exit(77);
}
if (!fs.existsSync(CHROMIUM)) {
  console.log('SKIP: ' + CHROMIUM + ' is missing (apt-get install chromium)');
  process.exit(77);
}

/// Fails the test with a message.
function check(ok, message) {
  if (!ok) throw new Error('FAILED: ' + message);
  console.log('ok: ' + message);
}

/// Starts serve on port 0; resolves with its process and base URL once it prints its line.
function startServe(store) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['serve', store, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('serve did not start: ' + out)), 20000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) { clearTimeout(timer); resolve({ child, base: m[1] + '/' }); }
    });
    child.on('exit', (code) => reject(new Error('serve exited with ' + code)));
  });
}

/// A fresh browser profile; every request outside `allowed` is refused and counted.
async function openBrowser(profile, allowed, offsite, errors) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  const page = context.pages()[0] || (await context.newPage());
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page };
}

/// Searches `name` in the search box and picks the first suggestion.
async function search(page, name) {
  await page.fill('#search', name);
  await page.waitForSelector('#suggestions li', { timeout: 10000 });
  await page.click('#suggestions li');
  await page.waitForSelector('#edge-list li', { timeout: 10000 });
}

/// Clicks the middle of an edge on the graph's canvas; true when the panel then shows it.
async function clickEdge(page, source, target, kind) {
  await page.waitForTimeout(300);  // the first frame
  const point = await page.evaluate(([s, t, k]) => window.claimgraphExplorer.edgePoint(s, t, k),
                                    [source, target, kind]);
  check(point !== null, `the ${kind} edge ${source} -- ${target} is drawn`);
  await page.mouse.move(point.x, point.y);
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector('#panel .evidence', { timeout: 10000 });
}

/// The explorer served by `claimgraph serve`.
async function testServe(store) {
  const { child, base } = await startServe(store);
  const offsite = [], errors = [];
  const { context, page } = await openBrowser(path.join(scratch, 'profile-serve'),
                                              (u) => u.startsWith(base), offsite, errors);
  try {
    const response = await page.goto(base);
    check(/default-src 'self'/.test(response.headers()['content-security-policy'] || ''), 'the page has a CSP');
    await search(page, 'varga');
    check((await page.textContent('#status')).includes('Elena Varga'), 'searching "varga" draws Elena Varga\'s neighbourhood');
    await clickEdge(page, 'person:elena-varga', 'person:marcus-hale', 'contact');
    const panel = await page.textContent('#panel');
    check(/Elena Varga|Marcus Hale/.test(await page.textContent('#panel-title')), 'the evidence panel names the edge');
    check(panel.includes('The Calder Sentinel') || panel.includes('Bayfront Herald'), 'the evidence names an outlet');
    check(panel.includes('2024-'), 'the evidence has a date');
    check((await page.$$('#panel .evidence blockquote')).length >= 1, 'the evidence panel shows quotes');
    check((await page.$$('#panel .evidence a[href^="https://example.org/"]')).length >= 1, 'the article is a link');
    await page.screenshot({ path: path.join(scratch, 'explorer-edge.png') });

    await page.fill('#path-from', 'Tomas Reyes');
    await page.fill('#path-to', 'Marcus Hale');
    await page.click('#path-form button');
    await page.waitForFunction(() => /path\(s\) from|no path/.test(document.getElementById('status').textContent));
    check(/path\(s\) from/.test(await page.textContent('#status')), 'a path query finds paths');
    const permalink = await page.getAttribute('#permalink', 'href');
    check(permalink.includes('view=path'), 'the permalink holds the path view');
    await page.screenshot({ path: path.join(scratch, 'explorer-path.png') });

    await page.goto('about:blank');
    await page.goto(permalink);
    await page.waitForFunction(() => /path\(s\) from/.test(document.getElementById('status').textContent));
    check(true, 'the permalink reopens the path view');

    await page.click('#show-contested');
    await page.waitForSelector('#panel ol li', { timeout: 10000 });
    check(true, 'the contested claims list shows pairs');

    await search(page, 'varga');
    await page.waitForTimeout(500);
    await clickEdge(page, 'person:elena-varga', 'person:marcus-hale', 'contact');
    await page.screenshot({ path: path.join(scratch, 'explorer.png') });
    check(offsite.length === 0, 'nothing was fetched from elsewhere: ' + offsite.join(' '));
    check(errors.length === 0, 'the page logged no error: ' + errors.join(' | '));
  } finally {
    await context.close();
    child.kill('SIGTERM');
  }
}

/// The one-file explorer of `claimgraph render --format html`.
async function testHtmlFile(store) {
  const file = path.join(scratch, 'varga.html');
  execFileSync(binary, ['render', store, '--neighbors', 'Elena Varga', '--depth', '2', '--format', 'html', '-o', file]);
  const html = fs.readFileSync(file, 'utf8');
  check(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'/.test(html), 'the file carries the CSP');
  check(!/<script src=|<link rel="stylesheet"/.test(html), 'the file refers to no other file');
  const offsite = [], errors = [];
  const fileUrl = 'file://' + file;
  const { context, page } = await openBrowser(path.join(scratch, 'profile-file'),
                                              (u) => u.startsWith(fileUrl), offsite, errors);
  try {
    await page.goto(fileUrl);
    await page.waitForSelector('#edge-list li', { timeout: 10000 });
    await search(page, 'hale');
    await clickEdge(page, 'person:elena-varga', 'person:marcus-hale', 'contact');
    check((await page.textContent('#panel')).includes('2024-'), 'the file\'s evidence panel shows the evidence');
    await page.fill('#path-from', 'Elena Varga');
    await page.fill('#path-to', 'Marcus Hale');
    await page.click('#path-form button');
    await page.waitForFunction(() => /path\(s\) from/.test(document.getElementById('status').textContent));
    check(true, 'a path query works in the file');
    await page.screenshot({ path: path.join(scratch, 'explorer-file.png') });
    check(offsite.length === 0, 'the file fetched nothing: ' + offsite.join(' '));
    check(errors.length === 0, 'the file logged no error: ' + errors.join(' | '));
  } finally {
    await context.close();
  }
}

(async () => {
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  const store = path.join(scratch, 'news.db');
  execFileSync(binary, ['build', path.join(sourceDir, 'data/examples/newsroom.jsonl'), '-o', store], { stdio: 'ignore' });
  await testServe(store);
  if (process.env.CLAIMGRAPH_BROWSER_SKIP_FILE !== '1') await testHtmlFile(store);
  console.log('all browser checks passed; screenshots in ' + scratch);
})().catch((e) => { console.error(e.message || e); process.exit(1); });
