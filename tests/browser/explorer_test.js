// The explorer in a real browser: Debian's chromium, headless, driven by playwright-core.
// Starts `claimgraph serve` on a free port over a store of the bundled newsroom articles,
// searches a name, clicks an edge on the canvas, reads the evidence panel, clicks a node, zooms
// with the wheel and clicks the edge again, runs a path query, reopens a permalink and saves
// screenshots, with the canvas renderer headless chromium gets, then with sigma (WebGL) forced
// by renderer=webgl; then does the same with the one-file HTML of `claimgraph render --format html`. Nothing may be fetched from anywhere else, and the page
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

/// Clicks a point along an edge on the graph's canvas (its middle unless `at`); waits for the
/// evidence panel.
async function clickEdge(page, source, target, kind, at = 0.5) {
  await page.waitForTimeout(300);  // the first frame
  const point = await page.evaluate(([s, t, k, a]) => window.claimgraphExplorer.edgePoint(s, t, k, a),
                                    [source, target, kind, at]);
  check(point !== null, `the ${kind} edge ${source} -- ${target} is drawn`);
  await page.mouse.move(point.x, point.y);
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector('#panel .evidence', { timeout: 10000 });
}

/// The renderer the page chose ('canvas' or 'webgl').
function rendererOf(page) {
  return page.evaluate(() => window.claimgraphExplorer.renderer);
}

/// Runs fn(), resolving once the renderer has drawn the frame it caused.
async function drawnAfter(page, fn) {
  await page.evaluate(() => { window.testFrame = window.claimgraphExplorer.nextFrame(); });
  await fn();
  await page.evaluate(() => window.testFrame);
}

/// The colour [r, g, b] of the canvas renderer's pixel at page point p.
function canvasPixel(page, p) {
  return page.evaluate(({ x, y }) => {
    const canvas = document.querySelector('#graph canvas'), box = canvas.getBoundingClientRect();
    const d = canvas.width / box.width;
    return [...canvas.getContext('2d').getImageData(Math.floor((x - box.left) * d), Math.floor((y - box.top) * d), 1, 1).data].slice(0, 3);
  }, p);
}

/// What only the canvas renderer is checked for: a click on a node, and a wheel zoom after
/// which the edge is drawn where graphToViewport says and a click there still hits it.
async function checkCanvas(page) {
  check(await page.$$eval('#graph canvas', (c) => c.length) === 1, 'the canvas renderer draws on one canvas');
  const hale = await page.evaluate(() => window.claimgraphExplorer.nodePoint('person:marcus-hale'));
  await page.mouse.click(hale.x, hale.y);
  await page.waitForFunction(() => document.getElementById('panel-title').textContent === 'Marcus Hale');
  check((await page.$$('#panel .evidence')).length === 0 && (await page.textContent('#panel')).includes('Neighbourhood'),
        'clicking a node opens its entity');
  const edge = ['person:elena-varga', 'person:marcus-hale', 'denial', 0.3];
  const before = await page.evaluate((a) => window.claimgraphExplorer.edgePoint(...a), edge);
  await page.mouse.move(before.x + 40, before.y + 30);
  await drawnAfter(page, () => page.mouse.wheel(0, -200));
  const after = await page.evaluate((a) => window.claimgraphExplorer.edgePoint(...a), edge);
  check(Math.hypot(after.x - before.x, after.y - before.y) > 30, 'a wheel zoom moves the edge on the screen');
  const pixel = await canvasPixel(page, after);
  check(Math.abs(pixel[0] - 0xc5) + Math.abs(pixel[1] - 0x30) + Math.abs(pixel[2] - 0x30) < 30,
        `the denial edge (drawn on top of the contact) is drawn where graphToViewport says: rgb ${pixel}`);
  await clickEdge(page, ...edge);
  check(/Elena Varga — denial — Marcus Hale/.test(await page.textContent('#panel-title')),
        'after the zoom, a click there opens that edge\'s evidence');
}

/// The explorer served by `claimgraph serve`, with the renderer the page chooses (the canvas
/// in headless chromium) or the one `forced` in the address; screenshots named after it.
async function testServe(base, forced) {
  const offsite = [], errors = [];
  const name = forced || 'canvas';
  const shot = (what) => path.join(scratch, `explorer-${what}-${name}.png`);
  const { context, page } = await openBrowser(path.join(scratch, 'profile-serve-' + name),
                                              (u) => u.startsWith(base), offsite, errors);
  try {
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    const response = await page.goto(base + (forced ? '?renderer=' + forced : ''));
    check(/default-src 'self'/.test(response.headers()['content-security-policy'] || ''), 'the page has a CSP');
    check(await rendererOf(page) === name, forced ? `renderer=${forced} is obeyed` : 'headless chromium gets the canvas renderer');
    await search(page, 'varga');
    check((await page.textContent('#status')).includes('Elena Varga'), 'searching "varga" draws Elena Varga\'s neighbourhood');
    await clickEdge(page, 'person:elena-varga', 'person:marcus-hale', 'contact');
    const panel = await page.textContent('#panel');
    check(/Elena Varga|Marcus Hale/.test(await page.textContent('#panel-title')), 'the evidence panel names the edge');
    check(panel.includes('The Calder Sentinel') || panel.includes('Bayfront Herald'), 'the evidence names an outlet');
    check(panel.includes('2024-'), 'the evidence has a date');
    check((await page.$$('#panel .evidence blockquote')).length >= 1, 'the evidence panel shows quotes');
    check((await page.$$('#panel .evidence a[href^="https://example.org/"]')).length >= 1, 'the article is a link');
    await page.screenshot({ path: shot('edge') });
    if (name === 'canvas') await checkCanvas(page);

    await page.fill('#path-from', 'Tomas Reyes');
    await page.fill('#path-to', 'Marcus Hale');
    await page.click('#path-form button');
    await page.waitForFunction(() => /path\(s\) from|no path/.test(document.getElementById('status').textContent));
    check(/path\(s\) from/.test(await page.textContent('#status')), 'a path query finds paths');
    const permalink = await page.getAttribute('#permalink', 'href');
    check(permalink.includes('view=path'), 'the permalink holds the path view');
    check(permalink.includes('renderer=webgl') === (forced === 'webgl'), 'the permalink holds a forced renderer only');
    await page.screenshot({ path: shot('path') });

    await page.goto('about:blank');
    await page.goto(permalink);
    await page.waitForFunction(() => /path\(s\) from/.test(document.getElementById('status').textContent));
    check(await rendererOf(page) === name, 'the permalink reopens the path view, with the same renderer');

    await page.click('#show-contested');
    await page.waitForSelector('#panel ol li', { timeout: 10000 });
    check(true, 'the contested claims list shows pairs');

    await search(page, 'varga');
    await page.waitForTimeout(500);
    await clickEdge(page, 'person:elena-varga', 'person:marcus-hale', 'contact');
    await page.screenshot({ path: path.join(scratch, name === 'canvas' ? 'explorer.png' : `explorer-${name}.png`) });
    await page.selectOption('#depth', '2');
    await page.click('#filters button');
    await page.waitForFunction(() => /within 2 hop/.test(document.getElementById('status').textContent));
    await page.waitForTimeout(name === 'canvas' ? 300 : 2000);  // sigma's frames without a GPU are slow
    await page.screenshot({ path: shot('neighbourhood') });
    check(requested.some((u) => u.endsWith('/lib/sigma.min.js')) === (name === 'webgl'),
          name === 'webgl' ? 'sigma is loaded when chosen' : 'the canvas renderer does not load sigma');
    check(offsite.length === 0, 'nothing was fetched from elsewhere: ' + offsite.join(' '));
    check(errors.length === 0, 'the page logged no error: ' + errors.join(' | '));
  } finally {
    await context.close();
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
    check(await rendererOf(page) === 'canvas', 'the file draws on the canvas in headless chromium');
    await search(page, 'hale');
    await clickEdge(page, 'person:elena-varga', 'person:marcus-hale', 'contact');
    check((await page.textContent('#panel')).includes('2024-'), 'the file\'s evidence panel shows the evidence');
    await page.fill('#path-from', 'Elena Varga');
    await page.fill('#path-to', 'Marcus Hale');
    await page.click('#path-form button');
    await page.waitForFunction(() => /path\(s\) from/.test(document.getElementById('status').textContent));
    check(true, 'a path query works in the file');
    await page.screenshot({ path: path.join(scratch, 'explorer-file.png') });
    await page.goto('about:blank');
    await page.goto(fileUrl + '#renderer=webgl');  // sigma's inline code, run from its template
    await page.waitForSelector('#edge-list li', { timeout: 10000 });
    check(await rendererOf(page) === 'webgl', 'the file starts sigma when renderer=webgl asks (its policy names its hash)');
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
  const { child, base } = await startServe(store);
  try {
    await testServe(base);
    await testServe(base, 'webgl');  // sigma's path, as with a GPU
  } finally {
    child.kill('SIGTERM');
  }
  if (process.env.CLAIMGRAPH_BROWSER_SKIP_FILE !== '1') await testHtmlFile(store);
  console.log('all browser checks passed; screenshots in ' + scratch);
})().catch((e) => { console.error(e.message || e); process.exit(1); });
