// The claimgraph explorer: search a name, draw its neighbourhood (edges as wide as their
// articles), click an edge or node for its evidence, find paths, filter, list contested claims.
// Served by `claimgraph serve` (data from /api/...) or embedded with its data in one HTML file
// by `claimgraph render --format html` (a local stand-in for the API answers from that data).
// Text from articles is set with textContent only, never as HTML.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const KIND_COLORS = { contact: '#2b6cb0', denial: '#c53030', reported_by: '#a0aec0', affiliation: '#2f855a' };
  const ENTITY_COLORS = { person: '#3182ce', campaign: '#d69e2e', government: '#805ad5',
                          outlet: '#718096', organization: '#38a169', group: '#dd6b20' };

  /// An element with a class and text (never HTML).
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function setStatus(text, error) {
    $('status').textContent = text;
    $('status').className = error ? 'error' : '';
  }

  // ---- Data: the server's API, or the embedded file's data ----------------------------------

  const embedded = document.getElementById('claimgraph-data');
  const api = embedded ? localApi(JSON.parse(embedded.textContent)) : remoteApi;

  async function remoteApi(endpoint, params) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {}))
      if (v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)) query.set(k, v);
    const response = await fetch('api/' + endpoint + '?' + query.toString());
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  /// The API's answers over a subgraph embedded in the page: {nodes, edges (with evidence)}.
  function localApi(data) {
    const byId = new Map(data.nodes.map((n) => [n.id, n]));
    const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    const kept = (p) => data.edges.filter((e) => !p.kind || p.kind.split(',').includes(e.kind));
    const find = (name) => {
      const n = byId.get(name) || data.nodes.find((x) => fold(x.name) === fold(name || '')) ||
                data.nodes.find((x) => fold(x.name).includes(fold(name || '')));
      if (!n) throw new Error('no entity named ' + name + ' in this file');
      return n;
    };
    const brief = (e) => { const { evidence, ...rest } = e; return rest; };
    const handlers = {
      stats: () => ({ articles: new Set(data.edges.flatMap((e) => e.evidence.map((r) => r.article))).size,
                      entities: data.nodes.length, edges: data.edges.length, outlets: {} }),
      search: (p) => ({ results: data.nodes.filter((n) => fold(n.name).includes(fold(p.q))).slice(0, 10) }),
      neighbors: (p) => {
        const center = find(p.id), depth = Number(p.depth || 1), seen = new Map([[center.id, 0]]);
        const edges = kept(p);
        for (let d = 1; d <= depth; d++)
          for (const e of edges)
            for (const [a, b] of [[e.source, e.target], [e.target, e.source]])
              if (seen.get(a) === d - 1 && !seen.has(b)) seen.set(b, d);
        const nodes = [...seen].map(([id, d]) => ({ ...byId.get(id), depth: d }));
        return { center: center.id, nodes, edges: edges.filter((e) => seen.has(e.source) && seen.has(e.target)).map(brief) };
      },
      edge: (p) => {
        const e = data.edges.find((x) => x.kind === p.kind && ((x.source === p.source && x.target === p.target) ||
                                                           (x.source === p.target && x.target === p.source)));
        if (!e) throw new Error('no such edge');
        return { edge: brief(e), source: byId.get(e.source), target: byId.get(e.target),
                 evidence: e.evidence, evidence_total: e.evidence.length };
      },
      path: (p) => {
        const from = find(p.from), to = find(p.to), edges = kept(p), prev = new Map([[from.id, null]]);
        for (let frontier = [from.id]; frontier.length && !prev.has(to.id);) {
          const next = [];
          for (const v of frontier)
            for (const e of edges)
              for (const [a, b] of [[e.source, e.target], [e.target, e.source]])
                if (a === v && !prev.has(b)) { prev.set(b, v); next.push(b); }
          frontier = next;
        }
        if (!prev.has(to.id)) return { from: from.id, to: to.id, nodes: [], paths: [] };
        const ids = [];
        for (let v = to.id; v !== null; v = prev.get(v)) ids.unshift(v);
        const hop = (a, b) => edges.filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a)).map(brief);
        const pathEdges = ids.slice(1).flatMap((b, i) => hop(ids[i], b));
        return { from: from.id, to: to.id, nodes: ids.map((id) => byId.get(id)),
                 paths: [{ hops: ids.length - 1, nodes: ids, edges: pathEdges }] };
      },
      contested: () => ({ contested: data.contested || [] }),
    };
    return async (endpoint, params) => handlers[endpoint](params || {});
  }

  // ---- View state, kept in the URL's hash so every view has a permalink ---------------------

  let state = {};

  function filterParams() {
    const kinds = [...document.querySelectorAll('#filters input[name=kind]:checked')].map((c) => c.value);
    return { kind: kinds.join(','), outlet: $('outlet').value, since: $('since').value.trim(),
             until: $('until').value.trim() };
  }

  function applyFilterState(s) {
    const kinds = (s.kind || '').split(',');
    document.querySelectorAll('#filters input[name=kind]').forEach((c) => { c.checked = kinds.includes(c.value); });
    $('outlet').value = s.outlet || '';
    $('since').value = s.since || '';
    $('until').value = s.until || '';
    $('depth').value = s.depth || '1';
  }

  function writeHash() {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(state)) if (v !== undefined && v !== '') p.set(k, v);
    history.replaceState(null, '', '#' + p.toString());
    $('permalink').href = location.href;
  }

  function readHash() {
    return Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
  }

  /// Shows the view `next` (with the current filters) and records it in the hash.
  async function go(next) {
    state = { ...next, ...filterParams(), depth: $('depth').value, renderer: askedRenderer };
    writeHash();
    try {
      if (state.view === 'neighbors') await showNeighbors();
      else if (state.view === 'path') await showPath();
      else if (state.view === 'contested') await showContested();
    } catch (err) {
      setStatus(err.message, true);
    }
  }

  // ---- The graph -----------------------------------------------------------------------------

  const graph = new graphology.MultiGraph();
  let renderer = null, rendererName = null;

  /// The renderer the address asks for, `renderer=canvas` or `renderer=webgl` in the query or the
  /// hash (kept in the permalink), or undefined to choose by the browser.
  const askedRenderer = (() => {
    const asked = new URLSearchParams(location.search).get('renderer') || readHash().renderer;
    return asked === 'canvas' || asked === 'webgl' ? asked : undefined;
  })();

  /// Whether the browser draws WebGL in hardware. Without a GPU, Chromium draws it in software
  /// (SwiftShader): ~1.2 s to sigma's first frame, ~350 ms a frame for 500 entities. Headless
  /// chromium --disable-gpu still grants a context under failIfMajorPerformanceCaveat, so the
  /// renderer's name decides.
  function hardwareWebGL() {
    const canvas = document.createElement('canvas'), options = { failIfMajorPerformanceCaveat: true };
    const gl = canvas.getContext('webgl2', options) || canvas.getContext('webgl', options);
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    const lose = gl.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();  // the probe's context would hold GPU memory until collected
    return !/swiftshader|llvmpipe|softpipe|software|basic render driver/i.test(name);
  }

  /// Radial positions: the centre in the middle, each depth on its own ring, a node near the
  /// neighbours it hangs from so fewer edges cross.
  function radialLayout(nodes, edges, centerId) {
    const pos = new Map([[centerId, { x: 0, y: 0, a: 0 }]]);
    const maxDepth = Math.max(0, ...nodes.map((n) => n.depth || 0));
    // Each entity's neighbours, once: looking them up in the whole edge list for every entity
    // cost nodes x edges (half a million steps for a 500-entity neighbourhood).
    const near = new Map(nodes.map((n) => [n.id, []]));
    for (const e of edges) {
      if (near.has(e.source)) near.get(e.source).push(e.target);
      if (near.has(e.target)) near.get(e.target).push(e.source);
    }
    for (let d = 1; d <= maxDepth; d++) {
      const ring = nodes.filter((n) => (n.depth || 0) === d);
      const anchor = (n) => {
        const placed = near.get(n.id).map((id) => pos.get(id)).filter((p) => p && p !== pos.get(centerId));
        return placed.length ? placed[0].a : 0;
      };
      ring.map((n) => [n, anchor(n)]).sort((a, b) => a[1] - b[1]).forEach(([n], i) => {
        const a = (2 * Math.PI * i) / ring.length;
        pos.set(n.id, { x: d * 100 * Math.cos(a), y: d * 100 * Math.sin(a), a });
      });
    }
    return pos;
  }

  /// Paths side by side: hop i of every path at x = i, each path on its own row.
  function pathLayout(paths) {
    const pos = new Map();
    paths.forEach((p, row) => p.nodes.forEach((id, i) => {
      if (!pos.has(id)) pos.set(id, { x: i * 120, y: row * 80 - (i % 2) * 15 });
    }));
    return pos;
  }

  function edgeKey(e) { return e.kind + '\u0000' + e.source + '\u0000' + e.target; }

  /// Loads sigma from the page's template: a script element with a src (served), or the code
  /// inline (the one-file page, whose policy names its hash). A copy inserted runs.
  function loadSigma() {
    return new Promise((resolve, reject) => {
      const script = document.importNode($('sigma-script').content.firstElementChild, true);
      const done = () => (window.Sigma ? resolve() : reject(new Error('sigma did not load')));
      if (script.src) {
        script.addEventListener('load', done);
        script.addEventListener('error', done);
      }
      document.head.append(script);
      if (!script.src) done();  // inline code has run on insertion
    });
  }

  let rendererReady = null;

  /// Makes the renderer once; resolves when it can draw. The page starts it while its first
  /// answers load.
  function ensureRenderer() {
    if (!rendererReady) rendererReady = startRenderer();
    return rendererReady;
  }

  /// Sigma (WebGL) with a GPU, the canvas renderer without one or when sigma cannot start.
  async function startRenderer() {
    const settings = { enableEdgeEvents: true, renderEdgeLabels: true, labelRenderedSizeThreshold: 4,
                       zIndex: true, stagePadding: 60 };
    rendererName = askedRenderer || (hardwareWebGL() ? 'webgl' : 'canvas');
    if (rendererName === 'webgl') {
      try {
        await loadSigma();
        renderer = new Sigma(graph, $('graph'), settings);
      } catch (err) {  // no WebGL at all: the canvas still draws
        console.warn('sigma could not start (' + err.message + '); drawing on a canvas');
        $('graph').replaceChildren();
        rendererName = 'canvas';
      }
    }
    if (!renderer) renderer = new CanvasRenderer(graph, $('graph'), settings);
    $('graph').dataset.renderer = rendererName;
    renderer.on('clickEdge', ({ edge }) => openEdge(graph.getEdgeAttribute(edge, 'edge')));
    renderer.on('clickNode', ({ node }) => openEntity(graph.getNodeAttribute(node, 'entity')));
    renderer.on('doubleClickNode', ({ node }) => go({ view: 'neighbors', id: node }));
  }

  /// Draws entities and aggregated edges at the given positions, and lists the edges.
  async function draw(nodes, edges, pos) {
    graph.clear();
    for (const n of nodes) {
      const p = pos.get(n.id) || { x: Math.random() * 100, y: Math.random() * 100 };
      graph.addNode(n.id, { x: p.x, y: p.y, label: n.name, entity: n,
                            size: 5 + Math.min(12, Math.sqrt(n.degree || 1)),
                            color: ENTITY_COLORS[n.kind] || '#4a5568' });
    }
    // Edges of one pair lie on one line: one label names them all, the narrower drawn on top.
    const pairLabels = new Map();
    for (const e of edges) {
      const pair = [e.source, e.target].sort().join('\u0000');
      pairLabels.set(pair, (pairLabels.has(pair) ? pairLabels.get(pair) + ', ' : '') + e.kind.replace('_', ' ') + ' ×' + e.articles);
    }
    for (const e of edges) {
      if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(edgeKey(e))) continue;
      const pair = [e.source, e.target].sort().join('\u0000');
      const size = 1 + 2 * Math.log2(1 + e.articles);
      graph.addDirectedEdgeWithKey(edgeKey(e), e.source, e.target, {
        edge: e, size, color: KIND_COLORS[e.kind] || '#4a5568', zIndex: -size,
        type: e.kind === 'contact' ? 'line' : 'arrow', label: pairLabels.get(pair) });
      pairLabels.set(pair, '');
    }
    // The list first: it takes its height from the graph's box, which the renderer then fits.
    listEdges(edges, new Map(nodes.map((n) => [n.id, n.name])));
    await ensureRenderer();
    // Edge labels are text drawn per edge and frame: for a few edges only, where they are read.
    renderer.setSetting('renderEdgeLabels', edges.length <= 150);
    renderer.refresh();
    renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  function listEdges(edges, names) {
    const list = $('edge-list');
    list.replaceChildren();
    for (const e of edges.slice(0, 300)) {
      const b = el('button', `${names.get(e.source)} — ${e.kind.replace('_', ' ')} ×${e.articles} — ${names.get(e.target)}`);
      b.className = 'kind-' + e.kind;
      b.addEventListener('click', () => openEdge(e));
      const li = el('li');
      li.append(b);
      list.append(li);
    }
  }

  // ---- Views ---------------------------------------------------------------------------------

  async function showNeighbors() {
    const p = { ...filterParams(), id: state.id, depth: state.depth, limit: 500 };
    const answer = await api('neighbors', p);
    const center = answer.nodes.find((n) => n.id === answer.center);
    await draw(answer.nodes, answer.edges, radialLayout(answer.nodes, answer.edges, answer.center));
    setStatus(`${center ? center.name : answer.center}: ${answer.nodes.length - 1} entities within ` +
              `${state.depth} hop(s), ${answer.edges.length} edges` + (answer.truncated ? ' (the strongest shown)' : ''));
    if (center) openEntity(center);
  }

  async function showPath() {
    const answer = await api('path', { ...filterParams(), from: state.from, to: state.to, k: state.k });
    const edges = answer.paths.flatMap((p) => p.edges);
    await draw(answer.nodes, edges, pathLayout(answer.paths));
    const names = new Map(answer.nodes.map((n) => [n.id, n.name]));
    setStatus(answer.paths.length ? `${answer.paths.length} path(s) from ${names.get(answer.from)} to ${names.get(answer.to)}`
                                  : `no path between ${state.from} and ${state.to} under these filters`);
    const body = panel('Paths');
    answer.paths.forEach((p, i) => body.append(el('p', `${i + 1}. ${p.nodes.map((id) => names.get(id)).join(' → ')} (${p.hops} hop(s))`)));
  }

  async function showContested() {
    const answer = await api('contested', filterParams());
    const body = panel('Contested claims');
    const list = el('ol');
    for (const c of answer.contested) {
      const li = el('li');
      const b = el('button', `${c.a.name} — ${c.b.name}`);
      b.addEventListener('click', () => go({ view: 'path', from: c.a.id, to: c.b.id, k: 1 }));
      li.append(b, el('div', `reported ${c.reports}× by ${c.reporters.join(', ') || 'unnamed sources'}; ` +
                            `denied ${c.denials}× by ${c.deniers.join(', ') || 'unnamed sources'}`, 'meta'));
      list.append(li);
    }
    body.append(answer.contested.length ? list : el('p', 'No contact is both reported and denied under these filters.'));
    setStatus(`${answer.contested.length} contested pair(s)`);
  }

  // ---- The evidence panel --------------------------------------------------------------------

  /// Empties the panel under a new title; returns its body.
  function panel(title) {
    $('panel-title').textContent = title;
    const body = $('panel-body');
    body.replaceChildren();
    return body;
  }

  function evidenceItem(r) {
    const item = el('div', undefined, 'evidence stance-' + r.stance);
    item.append(el('blockquote', r.quote));
    const meta = el('div', undefined, 'meta');
    if (r.url) {
      const a = el('a', r.title || r.article);
      a.href = r.url;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      meta.append(a);
    } else {
      meta.append(el('span', r.title || r.article));
    }
    const parts = [r.outlet, r.date, r.claimant ? 'claimant: ' + r.claimant.name : 'no named claimant', r.stance];
    meta.append(el('span', ' · ' + parts.filter(Boolean).join(' · ')));
    item.append(meta);
    return item;
  }

  async function openEdge(e) {
    try {
      const answer = await api('edge', { ...filterParams(), source: e.source, target: e.target, kind: e.kind });
      const body = panel(`${answer.source.name} — ${e.kind.replace('_', ' ')} — ${answer.target.name}`);
      const a = answer.edge;
      body.append(el('p', `${a.articles} article(s), ${a.outlets} outlet(s), ${a.claimants} claimant(s); ` +
                          `${a.stances.join(', ')}` + (a.first_date ? `; ${a.first_date} to ${a.last_date}` : ''), 'meta'));
      for (const r of answer.evidence) body.append(evidenceItem(r));
      if (answer.evidence_total > answer.evidence.length)
        body.append(el('p', `and ${answer.evidence_total - answer.evidence.length} more`, 'meta'));
    } catch (err) {
      setStatus(err.message, true);
    }
  }

  function openEntity(n) {
    const body = panel(n.name);
    body.append(el('p', `${n.kind}, ${n.degree} relation(s)`, 'meta'));
    const buttons = [['Neighbourhood', () => go({ view: 'neighbors', id: n.id })],
                     ['Path from here', () => { $('path-from').value = n.name; $('path-to').focus(); }],
                     ['Path to here', () => { $('path-to').value = n.name; $('path-from').focus(); }]];
    for (const [label, action] of buttons) {
      const b = el('button', label);
      b.type = 'button';
      b.addEventListener('click', action);
      body.append(b);
    }
    body.append(el('p', 'Click an edge to read the quotes behind it.', 'meta'));
  }

  // ---- Search with suggestions ---------------------------------------------------------------

  let searchTimer = null, suggestions = [];

  function showSuggestions(results) {
    suggestions = results;
    const list = $('suggestions');
    list.replaceChildren();
    for (const r of results) {
      const li = el('li');
      li.setAttribute('role', 'option');
      li.append(el('span', r.name), el('span', ` ${r.kind}, ${r.degree} relation(s)`, 'meta'));
      li.addEventListener('mousedown', (ev) => { ev.preventDefault(); choose(r); });
      list.append(li);
    }
  }

  function choose(r) {
    showSuggestions([]);
    $('search').value = r.name;
    go({ view: 'neighbors', id: r.id });
  }

  $('search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    const q = $('search').value.trim();
    if (!q) return showSuggestions([]);
    searchTimer = setTimeout(async () => {
      try { showSuggestions((await api('search', { q })).results); } catch (err) { setStatus(err.message, true); }
    }, 120);
  });
  $('search').addEventListener('blur', () => setTimeout(() => showSuggestions([]), 150));
  $('search-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const q = $('search').value.trim();
    if (!q) return;
    const results = suggestions.length ? suggestions : (await api('search', { q })).results;
    if (results.length) choose(results[0]); else setStatus('no entity named ' + q, true);
  });
  $('path-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    go({ view: 'path', from: $('path-from').value.trim(), to: $('path-to').value.trim(), k: $('path-k').value });
  });
  $('show-contested').addEventListener('click', () => go({ view: 'contested' }));
  $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); go(state); });

  // ---- Start: the outlets for the filter, then the view the hash names -----------------------

  (async () => {
    try {
      const asked = api('stats', {});
      ensureRenderer();  // while the answer travels
      const stats = await asked;
      for (const outlet of Object.keys(stats.outlets || {})) $('outlet').append(el('option', outlet));
      $('stats').textContent = `${stats.articles} articles, ${stats.entities} entities, ${stats.edges} edges`;
    } catch (err) {
      setStatus(err.message, true);
    }
    const initial = readHash();
    applyFilterState(initial);
    if (initial.view) {
      if (initial.view === 'path') { $('path-from').value = initial.from || ''; $('path-to').value = initial.to || ''; }
      go(initial);
    } else if (embedded) {
      const data = JSON.parse(embedded.textContent);
      if (data.start) go(data.start);
    }
  })();

  /// For tests and the benchmark: the renderer in use, a promise of its next drawn frame, and
  /// where a node, or a point `at` (0 to 1) along an edge from `source`, is on the screen.
  window.claimgraphExplorer = {
    get renderer() { return rendererName; },
    nextFrame() { return new Promise((resolve) => renderer.once('afterRender', () => resolve(performance.now()))); },
    nodePoint(id) {
      return graph.hasNode(id) ? onScreen(graph.getNodeAttributes(id)) : null;
    },
    edgePoint(source, target, kind, at = 0.5) {
      const key = graph.edges().find((k) => { const e = graph.getEdgeAttribute(k, 'edge');
        return e.kind === kind && ((e.source === source && e.target === target) || (e.source === target && e.target === source)); });
      if (!key) return null;
      const [s, t] = [source, target].map((n) => graph.getNodeAttributes(n));
      return onScreen({ x: s.x + (t.x - s.x) * at, y: s.y + (t.y - s.y) * at });
    },
  };

  /// A graph point's place in the window (the renderer's viewport starts inside the border).
  function onScreen(point) {
    const box = $('graph').getBoundingClientRect(), p = renderer.graphToViewport(point);
    return { x: box.left + $('graph').clientLeft + p.x, y: box.top + $('graph').clientTop + p.y };
  }
})();
