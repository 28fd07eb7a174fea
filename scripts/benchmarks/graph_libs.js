// Time to first render of a 5,000-node graph in headless chromium, for cytoscape, for
// sigma + graphology and for the explorer's own Canvas 2D renderer over graphology: how the
// explorer's graph library and its renderer without a GPU were chosen (README, "The explorer").
// Usage: node scripts/benchmarks/graph_libs.js LIBDIR [NODES] [ROUNDS]
// LIBDIR holds node_modules/{cytoscape,sigma,graphology}; playwright-core comes from
// tests/browser/node_modules.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require(path.join(__dirname, '../../tests/browser/node_modules/playwright-core'));

const [libdir, nodesArg, roundsArg] = process.argv.slice(2);
const N = Number(nodesArg || 5000), ROUNDS = Number(roundsArg || 3);
const lib = (p) => path.join(libdir, 'node_modules', p);

// The same random graph for both: N nodes, 2N edges, positions given (no layout timed).
const page = (scripts, body) => `<!doctype html><html><body style="margin:0">
<div id="g" style="position:relative;width:1200px;height:800px"></div>
${scripts.map((s) => `<script src="file://${s}"></script>`).join('\n')}
<script>
let seed = 7; const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const N = ${N}; const nodes = [], edges = [];
for (let i = 0; i < N; i++) nodes.push({ id: 'n' + i, x: rnd() * 2000, y: rnd() * 2000 });
for (let i = 0; i < 2 * N; i++) edges.push({ s: 'n' + Math.floor(rnd() * N), t: 'n' + Math.floor(rnd() * N), w: 1 + Math.floor(rnd() * 5) });
${body}
</script></body></html>`;

const cytoscapeBody = `
const els = nodes.map((n) => ({ data: { id: n.id, label: n.id }, position: { x: n.x, y: n.y } }))
  .concat(edges.map((e, i) => ({ data: { id: 'e' + i, source: e.s, target: e.t, w: e.w } })));
const cy = cytoscape({ container: document.getElementById('g'), elements: els, layout: { name: 'preset' },
  style: [{ selector: 'node', style: { label: 'data(label)', width: 8, height: 8 } },
          { selector: 'edge', style: { width: 'data(w)' } }] });
cy.one('render', () => requestAnimationFrame(() => { window.__ms = performance.now(); }));`;

const sigmaBody = `
const g = new graphology.MultiGraph();
nodes.forEach((n) => g.addNode(n.id, { x: n.x, y: n.y, size: 3, label: n.id }));
edges.forEach((e) => g.addEdge(e.s, e.t, { size: e.w }));
const s = new Sigma(g, document.getElementById('g'));
s.once('afterRender', () => requestAnimationFrame(() => { window.__ms = performance.now(); }));
s.refresh();`;

const canvasBody = sigmaBody.replace('new Sigma(', 'new CanvasRenderer(');

const cases = [
  ['cytoscape', [lib('cytoscape/dist/cytoscape.min.js')], cytoscapeBody],
  ['sigma+graphology', [lib('graphology/dist/graphology.umd.min.js'), lib('sigma/dist/sigma.min.js')], sigmaBody],
  ['canvas+graphology', [lib('graphology/dist/graphology.umd.min.js'),
                         path.join(__dirname, '../../web/canvas_renderer.js')], canvasBody],
];

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-libs-'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  console.log(`library            nodes  edges  first render (ms, best of ${ROUNDS})  all rounds`);
  for (const [name, scripts, body] of cases) {
    const file = path.join(dir, name.replace('+', '-') + '.html');
    fs.writeFileSync(file, page(scripts, body));
    const times = [];
    for (let r = 0; r < ROUNDS; r++) {
      const p = await browser.newPage();
      await p.goto('file://' + file);
      await p.waitForFunction(() => window.__ms !== undefined, null, { timeout: 60000 });
      times.push(await p.evaluate(() => window.__ms));
      await p.close();
    }
    console.log(`${name.padEnd(18)} ${String(N).padEnd(6)} ${String(2 * N).padEnd(6)} ` +
                `${Math.round(Math.min(...times)).toString().padEnd(35)} ${times.map(Math.round).join(' ')}`);
  }
  await browser.close();
  fs.rmSync(dir, { recursive: true });
})().catch((e) => { console.error(e); process.exit(1); });
