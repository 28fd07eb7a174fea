// How fast the explorer opens a large neighbourhood in headless chromium: from navigation to
// the drawn graph (the status line says how many entities), to its frame finished (two
// animation frames, then a one-pixel read of each canvas, which waits for the drawing), then to
// the evidence panel after a click on an edge, i.e. interactive; then how long a wheel zoom and
// a drag's step take from the input event to the renderer's next frame, finished the same way.
// Usage: node scripts/benchmarks/explorer_open.js BASE_URL NAME DEPTH [canvas|webgl] [--shot FILE]
// (without canvas or webgl the page chooses, as for a user; the renderer used is printed).
'use strict';
const os = require('os');
const path = require('path');
const { chromium } = require(path.join(__dirname, '../../tests/browser/node_modules/playwright-core'));

const args = process.argv.slice(2);
const shotAt = args.indexOf('--shot');
const shot = shotAt >= 0 ? args.splice(shotAt, 2)[1] : null;
const [base, name, depth, renderer] = args;

/// The median and range of a list of milliseconds, as text.
function summary(ms) {
  const s = [...ms].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(0)} ms (${s[0].toFixed(0)}-${s[s.length - 1].toFixed(0)}, ${s.length} frames)`;
}

/// Defines benchFinish() in the page: reads one pixel of every canvas of the graph, which waits
/// until the drawing issued so far is done (WebGL's commands run later, in the GPU process: in
/// software there without a GPU), and returns the time then.
function defineFinish(page) {
  return page.evaluate(() => {
    window.benchFinish = () => {
      for (const c of document.querySelectorAll('#graph canvas')) {
        const c2d = c.getContext('2d');  // null on a WebGL canvas
        if (c2d) { c2d.getImageData(0, 0, 1, 1); continue; }
        const gl = c.getContext('webgl2') || c.getContext('webgl');
        if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      }
      return performance.now();
    };
    window.benchSettle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/// Runs input() once the page is settled and returns the milliseconds from its event (wheel or
/// pointer move) to the end of the renderer's next frame, drawn and finished (see defineFinish),
/// or null when none is drawn within 5 s.
async function frameAfter(page, input) {
  await page.evaluate(async () => {
    await window.benchSettle();
    window.benchFinish();
    window.benchFrame = Promise.race([window.claimgraphExplorer.nextFrame().then(() => window.benchFinish()),
                                      new Promise((resolve) => setTimeout(() => resolve(null), 5000))]);
  });
  await input();
  return page.evaluate(async () => { const t = await window.benchFrame; return t === null ? null : t - window.benchInput; });
}

/// Wheel zooms (in and out in turn) and drag steps over the graph, each timed to its frame.
async function frames(page) {
  await page.evaluate(() => {
    for (const type of ['wheel', 'pointermove'])
      window.addEventListener(type, (e) => { window.benchInput = e.timeStamp; }, { capture: true, passive: true });
  });
  const box = await page.locator('#graph').boundingBox();
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  await page.mouse.move(cx + 30, cy + 20);
  const wheel = [], drag = [];
  for (let i = 0; i < 6; i++) {
    await page.waitForTimeout(800);  // sigma animates a zoom over several frames: let it end
    wheel.push(await frameAfter(page, () => page.mouse.wheel(0, i % 2 ? 100 : -100)));
  }
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) drag.push(await frameAfter(page, () => page.mouse.move(cx + 12 * i, cy + 6 * i)));
  await page.mouse.up();
  return { wheel, drag };
}

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const hash = new URLSearchParams({ view: 'neighbors', id: name, depth, ...(renderer ? { renderer } : {}) }).toString();
  const start = Date.now();
  await page.goto(base + '#' + hash);
  await page.waitForFunction(() => /entities within/.test(document.getElementById('status').textContent),
                             { polling: 20, timeout: 60000 });
  const drawn = Date.now() - start;
  await defineFinish(page);
  await page.evaluate(async () => { await window.benchSettle(); window.benchFinish(); });
  const painted = Date.now() - start;
  const status = await page.textContent('#status');
  await page.click('#edge-list li button');
  await page.waitForSelector('#panel .evidence', { timeout: 60000 });
  const interactive = Date.now() - start;
  const used = await page.evaluate(() => window.claimgraphExplorer.renderer);
  console.log(`${status}\nrenderer ${used}; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`drawn after ${drawn} ms; its frame finished after ${painted} ms; ` +
              `evidence of the first edge shown after ${interactive} ms`);
  if (shot) await page.screenshot({ path: shot });
  const { wheel, drag } = await frames(page);
  for (const [what, ms] of [['wheel zoom', wheel], ['drag step', drag]]) {
    const got = ms.filter((x) => x !== null);
    console.log(`${what} to its frame: ` + (got.length ? summary(got) : 'no frame') +
                (got.length < ms.length ? `; ${ms.length - got.length} without a frame within 5 s` : ''));
  }
  if (errors.length) console.log('page errors: ' + errors.join(' | '));
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
