// A Canvas 2D renderer for the explorer's graphology graph, offering the part of sigma's
// interface that app.js uses (events, settings, refresh, camera, graphToViewport, kill).
// Why: sigma draws with WebGL only, and without a GPU Chromium runs WebGL in software
// (SwiftShader): ~1.2 s to sigma's first frame and ~350 ms a frame for 500 entities. Canvas 2D
// draws the same graph in milliseconds there. Graph coordinates have y up, as in sigma, so both
// renderers draw a layout the same way round. Labels are drawn with fillText: text, never HTML.
'use strict';
(() => {
  const LABEL_FONT = '13px system-ui, sans-serif';
  const EDGE_LABEL_FONT = '11px system-ui, sans-serif';
  const LABEL_HEIGHT = 14;
  const CELL = 8;  // the label grid's cell, in CSS pixels
  const EDGE_SLOP = 4;  // how far from an edge a click still hits it, in CSS pixels
  const DRAG_START = 4;  // a press that moves less than this is a click, not a pan
  const MIN_RATIO = 0.02, MAX_RATIO = 8;

  /// The camera: like sigma's, x and y in [0, 1] over the graph's extent (0.5 is its centre),
  /// ratio 1 fits the graph, a smaller ratio zooms in.
  class Camera {
    /// A camera that fits the graph; onChange() is called on every move.
    constructor(onChange) {
      Object.assign(this, { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      this.onChange = onChange;
    }

    /// The camera's position and zoom.
    getState() {
      return { x: this.x, y: this.y, ratio: this.ratio, angle: this.angle };
    }

    /// Moves the camera (any of x, y, ratio; angle is kept but not drawn) and redraws.
    setState(state) {
      for (const k of ['x', 'y', 'ratio', 'angle'])
        if (typeof state[k] === 'number' && Number.isFinite(state[k])) this[k] = state[k];
      this.ratio = Math.min(MAX_RATIO, Math.max(MIN_RATIO, this.ratio));
      this.onChange();
    }
  }

  /// Cells of the view that labels already cover, so a label that would overlap one is skipped.
  class LabelGrid {
    /// An empty grid over a view of width x height CSS pixels.
    constructor(width, height) {
      this.cols = Math.ceil(width / CELL) + 1;
      this.rows = Math.ceil(height / CELL) + 1;
      this.cells = new Uint8Array(this.cols * this.rows);
    }

    /// Takes the box's cells if none is taken (or `force`); false when it overlaps a label.
    claim(x0, y0, x1, y1, force) {
      const c0 = Math.max(0, Math.floor(x0 / CELL)), c1 = Math.min(this.cols - 1, Math.floor(x1 / CELL));
      const r0 = Math.max(0, Math.floor(y0 / CELL)), r1 = Math.min(this.rows - 1, Math.floor(y1 / CELL));
      if (c0 > c1 || r0 > r1) return false;  // wholly outside the view
      for (let r = r0; !force && r <= r1; r++)
        for (let c = c0; c <= c1; c++) if (this.cells[r * this.cols + c]) return false;
      for (let r = r0; r <= r1; r++) this.cells.fill(1, r * this.cols + c0, r * this.cols + c1 + 1);
      return true;
    }
  }

  /// The distance from point p to the segment a-b.
  function segmentDistance(p, a, b) {
    const dx = b.sx - a.sx, dy = b.sy - a.sy, len2 = dx * dx + dy * dy;
    const t = len2 ? Math.max(0, Math.min(1, ((p.x - a.sx) * dx + (p.y - a.sy) * dy) / len2)) : 0;
    return Math.hypot(p.x - (a.sx + t * dx), p.y - (a.sy + t * dy));
  }

  /// The renderer: one canvas in the container, redrawn in one animation frame per change.
  class CanvasRenderer {
    /// Draws `graph` in `container` (which should be position: relative) and listens to both.
    constructor(graph, container, settings) {
      this.graph = graph;
      this.container = container;
      this.settings = { renderEdgeLabels: false, stagePadding: 60, ...(settings || {}) };
      this.handlers = new Map();
      this.camera = new Camera(() => this.scheduleRender());
      this.model = null;  // rebuilt from the graph on the next use after it changes
      this.hovered = null;
      this.drag = null;
      this.frameId = 0;
      this.widths = new Map();  // label widths by font and text: measureText is not free
      this.canvas = document.createElement('canvas');
      this.canvas.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;display:block;touch-action:none;user-select:none';
      container.append(this.canvas);
      this.ctx = this.canvas.getContext('2d');
      this.listenToGraph();
      this.listenToPointer();
      this.resizeObserver = new ResizeObserver(() => this.scheduleRender());
      this.resizeObserver.observe(container);
      this.scheduleRender();
    }

    // ---- The interface app.js uses (sigma's shape) -------------------------------------------

    /// Calls handler({node} or {edge}) on 'clickNode', 'clickEdge', 'doubleClickNode', and
    /// handler() after each frame on 'afterRender'.
    on(event, handler) {
      if (!this.handlers.has(event)) this.handlers.set(event, new Set());
      this.handlers.get(event).add(handler);
      return this;
    }

    /// Stops calling handler on event.
    off(event, handler) {
      if (this.handlers.has(event)) this.handlers.get(event).delete(handler);
      return this;
    }

    /// Calls handler on the next event only.
    once(event, handler) {
      const wrapped = (payload) => { this.off(event, wrapped); handler(payload); };
      return this.on(event, wrapped);
    }

    /// Changes a setting (renderEdgeLabels, stagePadding) and redraws.
    setSetting(key, value) {
      this.settings[key] = value;
      this.scheduleRender();
      return this;
    }

    /// A setting's value.
    getSetting(key) {
      return this.settings[key];
    }

    /// Rereads the graph and redraws.
    refresh() {
      this.model = null;
      this.scheduleRender();
      return this;
    }

    /// The camera, to fit the graph (setState({x: 0.5, y: 0.5, ratio: 1})) or move it.
    getCamera() {
      return this.camera;
    }

    /// Where graph point {x, y} is drawn, in CSS pixels from the container's inner top left.
    graphToViewport(point) {
      const v = this.view();
      return { x: v.width / 2 + (point.x - v.cx) * v.scale, y: v.height / 2 - (point.y - v.cy) * v.scale };
    }

    /// The graph point drawn at {x, y} CSS pixels from the container's inner top left.
    viewportToGraph(point) {
      const v = this.view();
      return { x: v.cx + (point.x - v.width / 2) / v.scale, y: v.cy - (point.y - v.height / 2) / v.scale };
    }

    /// Stops drawing and listening, and removes the canvas.
    kill() {
      cancelAnimationFrame(this.frameId);
      this.resizeObserver.disconnect();
      for (const [type, fn] of this.graphListeners) this.graph.removeListener(type, fn);
      for (const [target, type, fn, options] of this.domListeners) target.removeEventListener(type, fn, options);
      this.canvas.remove();
      this.handlers.clear();
    }

    // ---- The graph, read once per change -----------------------------------------------------

    /// Marks the model stale on any change of the graph, as sigma redraws on its own.
    listenToGraph() {
      const stale = () => this.refresh();
      this.graphListeners = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared',
                             'attributesUpdated', 'nodeAttributesUpdated', 'edgeAttributesUpdated',
                             'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated'].map((type) => [type, stale]);
      for (const [type, fn] of this.graphListeners) this.graph.on(type, fn);
    }

    /// The nodes in graph order, the edges in drawing order (by zIndex, then graph order), the
    /// nodes by size for labels, and the extent.
    ensureModel() {
      if (this.model) return this.model;
      const nodes = [], byKey = new Map(), edges = [];
      const box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
      this.graph.forEachNode((key, a) => {
        const n = { key, x: +a.x || 0, y: +a.y || 0, size: +a.size || 4, color: a.color || '#4a5568',
                    label: a.label == null ? '' : String(a.label), sx: 0, sy: 0, r: 0, lx: 0 };
        nodes.push(n);
        byKey.set(key, n);
        box.minX = Math.min(box.minX, n.x); box.maxX = Math.max(box.maxX, n.x);
        box.minY = Math.min(box.minY, n.y); box.maxY = Math.max(box.maxY, n.y);
      });
      this.graph.forEachEdge((key, a, source, target) => {
        edges.push({ key, s: byKey.get(source), t: byKey.get(target), size: +a.size || 1, color: a.color || '#ccc',
                     arrow: a.type === 'arrow', label: a.label == null ? '' : String(a.label),
                     z: +a.zIndex || 0, order: edges.length });
      });
      edges.sort((a, b) => a.z - b.z || a.order - b.order);
      if (!nodes.length) Object.assign(box, { minX: 0, maxX: 1, minY: 0, maxY: 1 });
      const bySize = [...nodes].sort((a, b) => b.size - a.size);
      this.model = { nodes, byKey, edges, bySize, box };
      if (this.hovered && !byKey.has(this.hovered)) this.hovered = null;
      return this.model;
    }

    /// The transform of the moment: the container's size, pixels per graph unit, the graph
    /// point at the centre, and the factor for sizes (sigma's: 1 / sqrt(ratio)).
    view() {
      const { box } = this.ensureModel();
      const width = this.container.clientWidth, height = this.container.clientHeight;
      const w = box.maxX - box.minX, h = box.maxY - box.minY, span = Math.max(w, h) || 1;
      const pad = this.settings.stagePadding;
      const fit = Math.min(Math.max(1, width - 2 * pad) / (w || span), Math.max(1, height - 2 * pad) / (h || span));
      const cam = this.camera;
      return { width, height, span, scale: fit / cam.ratio, sizeFactor: 1 / Math.sqrt(cam.ratio),
               cx: (box.minX + box.maxX) / 2 + (cam.x - 0.5) * span,
               cy: (box.minY + box.maxY) / 2 + (cam.y - 0.5) * span };
    }

    /// Every node's place and radius on the screen for view v.
    project(v) {
      const hw = v.width / 2, hh = v.height / 2;
      for (const n of this.model.nodes) {
        n.sx = hw + (n.x - v.cx) * v.scale;
        n.sy = hh - (n.y - v.cy) * v.scale;
        n.r = n.size * v.sizeFactor;
      }
    }

    // ---- Drawing -----------------------------------------------------------------------------

    /// Asks for one frame: any number of changes before it draw once.
    scheduleRender() {
      if (!this.frameId) this.frameId = requestAnimationFrame(() => this.render());
    }

    /// Draws edges, nodes, then the labels that have room, and tells 'afterRender'.
    render() {
      this.frameId = 0;
      const v = this.view();
      const ctx = this.ctx, dpr = window.devicePixelRatio || 1;
      this.fitCanvas(v, dpr);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, v.width, v.height);
      this.project(v);
      this.drawEdges(ctx, v);
      this.drawNodes(ctx, v);
      this.drawLabels(ctx, v);
      this.emit('afterRender');
    }

    /// Sizes the canvas's pixels to its CSS size times the device pixel ratio (crisp lines).
    fitCanvas(v, dpr) {
      const w = Math.max(1, Math.round(v.width * dpr)), h = Math.max(1, Math.round(v.height * dpr));
      if (this.canvas.width !== w) this.canvas.width = w;
      if (this.canvas.height !== h) this.canvas.height = h;
    }

    /// Whether the segment a-b (padded by pad) may cross the view.
    segmentVisible(a, b, v, pad) {
      return !((a.sx < -pad && b.sx < -pad) || (a.sx > v.width + pad && b.sx > v.width + pad) ||
               (a.sy < -pad && b.sy < -pad) || (a.sy > v.height + pad && b.sy > v.height + pad));
    }

    /// The edges in zIndex order; runs of one colour and width are stroked as one path, which
    /// keeps the order and saves most of the per-stroke cost.
    drawEdges(ctx, v) {
      ctx.lineCap = 'butt';
      let style = null, heads = [];
      const flush = () => {
        if (!style) return;
        ctx.stroke();
        ctx.fillStyle = style.color;
        for (const h of heads) this.fillHead(ctx, h);
        heads = [];
      };
      for (const e of this.model.edges) {
        if (!e.s || !e.t || !this.segmentVisible(e.s, e.t, v, 20)) continue;
        const width = Math.max(1, e.size * v.sizeFactor);
        if (!style || style.color !== e.color || style.width !== width) {
          flush();
          style = { color: e.color, width };
          ctx.beginPath();
          ctx.strokeStyle = e.color;
          ctx.lineWidth = width;
        }
        this.traceEdge(ctx, e, width, heads);
      }
      flush();
    }

    /// Adds edge e's line to the path; an arrow's line stops at its head, whose triangle is
    /// queued in heads, its tip on the target's circle.
    traceEdge(ctx, e, width, heads) {
      const dx = e.t.sx - e.s.sx, dy = e.t.sy - e.s.sy, len = Math.hypot(dx, dy);
      if (len < 0.5) return;
      const ux = dx / len, uy = dy / len;
      let ex = e.t.sx, ey = e.t.sy;
      if (e.arrow) {
        const length = 6 + 1.5 * width, half = 3 + 0.8 * width;
        const tipX = e.t.sx - ux * e.t.r, tipY = e.t.sy - uy * e.t.r;
        if (len - e.t.r - e.s.r > length) {
          heads.push({ tipX, tipY, ux, uy, length, half });
          ex = tipX - ux * length * 0.9;  // under the head a little, so no gap shows
          ey = tipY - uy * length * 0.9;
        }
      }
      ctx.moveTo(e.s.sx, e.s.sy);
      ctx.lineTo(ex, ey);
    }

    /// Fills one arrowhead.
    fillHead(ctx, h) {
      const bx = h.tipX - h.ux * h.length, by = h.tipY - h.uy * h.length;
      ctx.beginPath();
      ctx.moveTo(h.tipX, h.tipY);
      ctx.lineTo(bx - h.uy * h.half, by + h.ux * h.half);
      ctx.lineTo(bx + h.uy * h.half, by - h.ux * h.half);
      ctx.closePath();
      ctx.fill();
    }

    /// The nodes as filled circles with a thin light border (overlapping ones stay apart); the
    /// hovered one ringed in dark.
    drawNodes(ctx, v) {
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1.5;
      for (const n of this.model.nodes) {
        if (n.sx + n.r < 0 || n.sx - n.r > v.width || n.sy + n.r < 0 || n.sy - n.r > v.height) continue;
        ctx.beginPath();
        ctx.arc(n.sx, n.sy, n.r, 0, 2 * Math.PI);
        ctx.fillStyle = n.color;
        ctx.fill();
        ctx.stroke();
      }
      const h = this.hovered && this.model.byKey.get(this.hovered);
      if (h) {
        ctx.beginPath();
        ctx.arc(h.sx, h.sy, h.r + 1.5, 0, 2 * Math.PI);
        ctx.strokeStyle = '#1a202c';
        ctx.lineWidth = 2;
        ctx.stroke();
      }
    }

    /// A text's width in a font, measured once.
    textWidth(ctx, font, text) {
      const key = font + '\u0000' + text;
      let w = this.widths.get(key);
      if (w === undefined) {
        ctx.font = font;
        w = ctx.measureText(text).width;
        if (this.widths.size > 20000) this.widths.clear();  // bounded over a long session
        this.widths.set(key, w);
      }
      return w;
    }

    /// Node labels where there is room (the hovered node's first, then the largest nodes),
    /// edge labels at their middles when renderEdgeLabels; the hovered label on a white box.
    drawLabels(ctx, v) {
      const grid = new LabelGrid(v.width, v.height), nodeLabels = [], edgeLabels = [];
      const hovered = this.hovered && this.model.byKey.get(this.hovered);
      if (hovered && hovered.label) grid.claim(...this.nodeLabelBox(ctx, hovered, v.width), true);
      for (const n of this.model.bySize)
        if (n !== hovered && n.label && grid.claim(...this.nodeLabelBox(ctx, n, v.width), false)) nodeLabels.push(n);
      if (this.settings.renderEdgeLabels)
        for (const e of this.model.edges) {
          if (!e.label || !e.s || !e.t) continue;
          const mx = (e.s.sx + e.t.sx) / 2, my = (e.s.sy + e.t.sy) / 2;
          const half = this.textWidth(ctx, EDGE_LABEL_FONT, e.label) / 2 + 2;
          if (grid.claim(mx - half, my - 7, mx + half, my + 7, false)) edgeLabels.push([e.label, mx, my]);
        }
      ctx.lineJoin = 'round';
      ctx.lineWidth = 3;
      ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';  // a halo: text stays readable over edges
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'center';
      ctx.font = EDGE_LABEL_FONT;
      ctx.fillStyle = '#4a5568';
      for (const [text, x, y] of edgeLabels) { ctx.strokeText(text, x, y); ctx.fillText(text, x, y); }
      ctx.textAlign = 'left';
      ctx.font = LABEL_FONT;
      ctx.fillStyle = '#1a202c';
      for (const n of nodeLabels) { ctx.strokeText(n.label, n.lx, n.sy); ctx.fillText(n.label, n.lx, n.sy); }
      if (hovered && hovered.label) this.drawHoverLabel(ctx, hovered);
    }

    /// Where a node's label starts: right of the node, or left of it when the view's right
    /// edge would cut it. Sets n.lx (the text's left end) and returns its box [x0, y0, x1, y1].
    nodeLabelBox(ctx, n, width) {
      const w = this.textWidth(ctx, LABEL_FONT, n.label);
      n.lx = n.sx + n.r + 3 + w > width && n.sx - n.r - 3 - w >= 0 ? n.sx - n.r - 3 - w : n.sx + n.r + 3;
      return [n.lx - 1, n.sy - LABEL_HEIGHT / 2, n.lx + w + 1, n.sy + LABEL_HEIGHT / 2];
    }

    /// The hovered node's label on a white box with a shadow, over everything.
    drawHoverLabel(ctx, n) {
      const w = this.textWidth(ctx, LABEL_FONT, n.label);
      ctx.save();
      ctx.shadowColor = 'rgba(0, 0, 0, 0.3)';
      ctx.shadowBlur = 6;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(n.lx - 3, n.sy - LABEL_HEIGHT / 2 - 2, w + 6, LABEL_HEIGHT + 4);
      ctx.restore();
      ctx.fillStyle = '#1a202c';
      ctx.fillText(n.label, n.lx, n.sy);
    }

    // ---- Pointer: hover, click, double-click, pan, zoom --------------------------------------

    /// Listens to the canvas (and the window while dragging, through pointer capture).
    listenToPointer() {
      const c = this.canvas;
      this.domListeners = [
        [c, 'pointerdown', (e) => this.pointerDown(e)],
        [c, 'pointermove', (e) => this.pointerMove(e)],
        [c, 'pointerup', (e) => this.pointerUp(e)],
        [c, 'pointercancel', () => { this.drag = null; }],
        [c, 'pointerleave', () => { if (!this.drag) this.setHovered(null, null); }],
        [c, 'wheel', (e) => this.wheel(e), { passive: false }],
        [c, 'dblclick', (e) => this.doubleClick(e)],
      ];
      for (const [target, type, fn, options] of this.domListeners) target.addEventListener(type, fn, options);
    }

    /// The event's place in CSS pixels from the canvas's top left.
    local(e) {
      const box = this.canvas.getBoundingClientRect();
      return { x: e.clientX - box.left, y: e.clientY - box.top };
    }

    /// The topmost node whose circle holds p (nodes drawn later are on top), or null.
    nodeAt(p) {
      this.project(this.view());
      const nodes = this.model.nodes;
      for (let i = nodes.length - 1; i >= 0; i--) {
        const n = nodes[i];
        if ((n.sx - p.x) ** 2 + (n.sy - p.y) ** 2 <= n.r * n.r) return n.key;
      }
      return null;
    }

    /// The topmost edge within a few pixels plus half its width of p, or null.
    edgeAt(p) {
      const v = this.view();
      this.project(v);
      const edges = this.model.edges;
      for (let i = edges.length - 1; i >= 0; i--) {
        const e = edges[i];
        if (e.s && e.t && segmentDistance(p, e.s, e.t) <= EDGE_SLOP + Math.max(1, e.size * v.sizeFactor) / 2) return e.key;
      }
      return null;
    }

    /// Starts a press: a click if it does not move, a pan if it does.
    pointerDown(e) {
      if (e.button !== 0) return;
      const p = this.local(e);
      this.drag = { start: p, last: p, moved: false };
      this.canvas.setPointerCapture(e.pointerId);
    }

    /// Pans while pressed; otherwise shows what is under the pointer.
    pointerMove(e) {
      const p = this.local(e);
      if (!this.drag) return this.hover(p);
      if (!this.drag.moved && Math.hypot(p.x - this.drag.start.x, p.y - this.drag.start.y) < DRAG_START) return;
      this.drag.moved = true;
      this.canvas.style.cursor = 'grabbing';
      this.pan(p.x - this.drag.last.x, p.y - this.drag.last.y);
      this.drag.last = p;
    }

    /// Ends a press; one that did not move clicks the node, else the edge, under it.
    pointerUp(e) {
      const drag = this.drag;
      this.drag = null;
      if (!drag) return;
      const p = this.local(e);
      this.hover(p);
      if (drag.moved) return;
      const node = this.nodeAt(p);
      if (node !== null) return this.emit('clickNode', { node, event: { x: p.x, y: p.y, original: e } });
      const edge = this.edgeAt(p);
      if (edge !== null) this.emit('clickEdge', { edge, event: { x: p.x, y: p.y, original: e } });
    }

    /// A double-click on a node.
    doubleClick(e) {
      const p = this.local(e);
      const node = this.nodeAt(p);
      if (node === null) return;
      e.preventDefault();
      this.emit('doubleClickNode', { node, event: { x: p.x, y: p.y, original: e } });
    }

    /// Zooms around the cursor: the graph point under it stays under it. One wheel notch
    /// (100 pixels) zooms by 1.7, as sigma does.
    wheel(e) {
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 40 : e.deltaMode === 2 ? 800 : 1;
      const delta = Math.max(-300, Math.min(300, e.deltaY * unit));
      if (delta) this.zoomAt(this.local(e), Math.pow(1.7, delta / 100));
    }

    /// Multiplies the camera's ratio by factor, keeping the graph point at p in place.
    zoomAt(p, factor) {
      const before = this.viewportToGraph(p);
      const cam = this.camera;
      cam.ratio = Math.min(MAX_RATIO, Math.max(MIN_RATIO, cam.ratio * factor));
      const after = this.viewportToGraph(p), span = this.view().span;
      cam.setState({ x: cam.x + (before.x - after.x) / span, y: cam.y + (before.y - after.y) / span });
    }

    /// Moves the camera so the graph follows a drag of dx, dy pixels.
    pan(dx, dy) {
      const v = this.view(), cam = this.camera;
      cam.setState({ x: cam.x - dx / (v.scale * v.span), y: cam.y + dy / (v.scale * v.span) });
    }

    /// The hovered node (its label always shown) and a pointer cursor over anything clickable.
    hover(p) {
      const node = this.nodeAt(p);
      this.setHovered(node, node !== null || this.edgeAt(p) !== null ? 'pointer' : 'default');
    }

    /// Records the hovered node and cursor; redraws when the hovered node changes.
    setHovered(node, cursor) {
      if (cursor !== null && this.canvas.style.cursor !== cursor) this.canvas.style.cursor = cursor;
      if (node === this.hovered) return;
      this.hovered = node;
      this.scheduleRender();
    }

    /// Calls the handlers of event with payload.
    emit(event, payload) {
      for (const handler of [...(this.handlers.get(event) || [])]) handler(payload);
    }
  }

  window.CanvasRenderer = CanvasRenderer;
})();
