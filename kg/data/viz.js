/* kg viz: legend, search, class and track filters, neighbourhood highlight and the
 * evidence panel around a vis-network canvas.  All text from the documents is put
 * into the page with textContent (never as HTML), and the canvas draws labels as text.
 * window.kg exposes the state for tests: kg.network, kg.shown(), kg.select(id), kg.drawnAt,
 * kg.labelled() (the nodes whose label is drawn at the present zoom).
 */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var N = data.nodes, E = data.edges;
  var classStyle = {}, predStyle = {};
  data.classes.forEach(function (c) { classStyle[c.key] = c; });
  data.predicates.forEach(function (p) { predStyle[p.key] = p; });
  var fallback = classStyle.Entity || { colour: "#999999", shape: "dot", zh: "实体", en: "Entity" };
  function styleOf(cls) { return classStyle[cls] || fallback; }
  function predOf(key) { return predStyle[key] || { colour: "#888888", zh: "", en: key }; }

  var adjacency = N.map(function () { return []; });
  E.forEach(function (e) { adjacency[e.from].push(e.id); if (e.to !== e.from) adjacency[e.to].push(e.id); });

  // ---- helpers ------------------------------------------------------------------------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "class") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }
  var SVG = "http://www.w3.org/2000/svg";
  var SHAPES = {
    dot: ["circle", { cx: 8, cy: 8, r: 6 }],
    square: ["rect", { x: 2, y: 2, width: 12, height: 12 }],
    diamond: ["polygon", { points: "8,1 15,8 8,15 1,8" }],
    hexagon: ["polygon", { points: "4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8" }],
    star: ["polygon", { points: "8,1 9.9,6 15,6 10.9,9.2 12.5,14.5 8,11.3 3.5,14.5 5.1,9.2 1,6 6.1,6" }],
    triangle: ["polygon", { points: "8,1.5 15,14 1,14" }],
    triangleDown: ["polygon", { points: "1,2 15,2 8,14.5" }]
  };
  function icon(shape, colour) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "0 0 16 16"); svg.setAttribute("class", "kg-icon");
    svg.setAttribute("aria-hidden", "true");
    var spec = SHAPES[shape] || SHAPES.dot, sh = document.createElementNS(SVG, spec[0]);
    Object.keys(spec[1]).forEach(function (k) { sh.setAttribute(k, spec[1][k]); });
    sh.setAttribute("fill", colour); sh.setAttribute("stroke", "#333"); sh.setAttribute("stroke-width", "0.8");
    svg.appendChild(sh);
    return svg;
  }
  function lineIcon(colour) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "22"); svg.setAttribute("height", "10"); svg.setAttribute("viewBox", "0 0 22 10");
    svg.setAttribute("class", "kg-icon"); svg.setAttribute("aria-hidden", "true");
    var l = document.createElementNS(SVG, "line");
    [["x1", 1], ["y1", 5], ["x2", 17], ["y2", 5], ["stroke", colour], ["stroke-width", 2]].forEach(function (a) { l.setAttribute(a[0], a[1]); });
    var p = document.createElementNS(SVG, "polygon");
    p.setAttribute("points", "15,1 21,5 15,9"); p.setAttribute("fill", colour);
    svg.appendChild(l); svg.appendChild(p);
    return svg;
  }
  function norm(s) { return (s || "").normalize("NFKC").toLowerCase().replace(/\s+/g, ""); }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  // ---- the network ----------------------------------------------------------------------
  var DIM = "rgba(190,190,190,0.35)";
  function nodeTitle(n) {
    var s = styleOf(n.cls), lines = [n.label + (n.en ? " · " + n.en : ""), s.zh + " " + s.en];
    if (n.aliases.length) lines.push("别名 aliases: " + n.aliases.join("、"));
    return lines.join("\n");
  }
  function edgeTitle(e) {
    var p = predOf(e.p), lines = [N[e.from].label + " —" + (p.zh ? p.zh + " " : "") + (e.q || e.p) + "→ " + N[e.to].label];
    if (e.ev.length) {
      var s = data.sentences[e.ev[0][0]];
      lines.push("“" + s[0] + "”", "— " + data.docs[s[1]][0] + (e.ev.length > 1 ? " (+" + (e.ev.length - 1) + ")" : ""));
    }
    return lines.join("\n");
  }
  function visNode(n, dim) {
    var s = styleOf(n.cls);
    var item = { id: n.id, label: n.label, shape: s.shape, size: n.size, title: nodeTitle(n),
                 color: dim ? { background: DIM, border: DIM } : { background: s.colour, border: "#333333",
                   highlight: { background: s.colour, border: "#111111" }, hover: { background: s.colour, border: "#111111" } },
                 font: { color: dim ? "rgba(120,120,120,0.4)" : "#222222" } };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }
  function visEdge(e, dim) {
    return { id: e.id, from: e.from, to: e.to, title: edgeTitle(e),
             color: { color: dim ? DIM : predOf(e.p).colour, highlight: predOf(e.p).colour } };
  }
  var nodes = new vis.DataSet(N.map(function (n) { return visNode(n, false); }));
  var edges = new vis.DataSet(E.map(function (e) { return visEdge(e, false); }));

  var classOn = {};
  data.classes.forEach(function (c) { classOn[c.key] = true; });
  var trackFilter = null;              // node id of a track, or null for all
  // Entities no relation joins: hidden by a toggle, on at first when they are more than a
  // third of the graph (then they would bury the connected part in a cloud of dots).
  var isolated = adjacency.map(function (a) { return a.length === 0; });
  var isolatedCount = isolated.filter(Boolean).length;
  var hideIsolated = isolatedCount * 3 > N.length;
  function isShown(n) {
    if (!classOn[n.cls]) return false;
    if (hideIsolated && isolated[n.id]) return false;
    if (trackFilter !== null && n.id !== trackFilter && n.tracks.indexOf(trackFilter) < 0) return false;
    return true;
  }
  var shown = N.map(isShown);
  var nodeView = new vis.DataView(nodes, { filter: function (item) { return shown[item.id]; } });
  var edgeView = new vis.DataView(edges, { filter: function (item) { return shown[item.from] && shown[item.to]; } });

  var container = document.getElementById("kg-network");
  var options = data.options;
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  var api = window.kg = { network: network, data: data, drawnAt: null };
  network.once("afterDrawing", function () {
    api.drawnAt = performance.now();
    document.body.setAttribute("data-drawn", "1");
  });
  // Where nodes are drawn is kept in the data set, so that a node hidden by a filter
  // comes back where it was (after the physics settled, or where it was dragged).
  function keepPositions(ids) {
    var pos = network.getPositions(ids);
    nodes.update(Object.keys(pos).map(function (id) { return { id: Number(id), x: pos[id].x, y: pos[id].y }; }));
  }
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false });
      keepPositions();
      api.settled = true;
    });
  } else {
    api.settled = true;
  }
  network.on("dragEnd", function (params) { if (params.nodes.length) keepPositions(params.nodes); });

  // ---- labels: the larger nodes' at first sight, every node's once zoomed in -------------
  // vis-network draws a label when its font, scaled by the zoom, is at least
  // options.nodes.scaling.label.drawThreshold pixels high: at the zoom that fits a few
  // hundred nodes that is none.  The best-connected nodes get a font that stays
  // LABEL_PX high on screen whatever the zoom; the rest keep theirs and appear as the
  // view closes in.
  var LABEL_PX = 13, BASE_FONT = options.nodes.font.size || 14;
  var ranked = N.filter(function (n) { return adjacency[n.id].length > 0; })
    .sort(function (a, b) { return b.size - a.size || a.id - b.id; });
  var big = ranked.slice(0, Math.max(8, Math.min(40, Math.ceil(N.length / 8)))).map(function (n) { return n.id; });
  var bigFont = null;
  function fitLabels() {
    var f = Math.min(Math.max(BASE_FONT, LABEL_PX / network.getScale()), 200);
    if (bigFont !== null && Math.abs(f - bigFont) < 0.5) return;
    bigFont = f;
    nodes.update(big.map(function (id) { return { id: id, font: { size: f, color: "#222222" } }; }));
  }
  network.on("zoom", fitLabels);
  network.on("afterDrawing", fitLabels);      // the first fit, and the fit after the physics settle
  api.labelled = function () {
    return nodeView.getIds().filter(function (id) {
      var n = network.body.nodes[id];
      return n && n.labelModule.visible();
    });
  };

  // ---- legend and filters -------------------------------------------------------------
  var count = document.getElementById("kg-count");
  function updateCount() {
    var n = 0; shown.forEach(function (s) { if (s) n++; });
    count.textContent = "显示 showing " + n + " / " + N.length + " entities";
  }
  function refilter() {
    shown = N.map(isShown);
    nodeView.refresh(); edgeView.refresh();
    updateCount();
    if (selected !== null && !shown[selected]) clearSelection();
  }
  var classCounts = {};
  N.forEach(function (n) { classCounts[n.cls] = (classCounts[n.cls] || 0) + 1; });
  var classList = document.getElementById("kg-classes"), boxes = {};
  data.classes.forEach(function (c) {
    if (c.key === "Entity" && !classCounts.Entity) return;
    var box = el("input", { type: "checkbox", "data-class": c.key });
    box.checked = true;
    box.addEventListener("change", function () { classOn[c.key] = box.checked; refilter(); });
    boxes[c.key] = box;
    classList.appendChild(el("li", null, [el("label", null, [box, icon(c.shape, c.colour),
      el("span", { text: c.zh }), el("span", { class: "kg-en", text: c.en }),
      el("span", { class: "kg-n", text: String(classCounts[c.key] || 0) })])]));
  });
  function setAll(on) {
    Object.keys(boxes).forEach(function (k) { boxes[k].checked = on; classOn[k] = on; });
    refilter();
  }
  var isolatedBox = document.getElementById("kg-isolated");
  isolatedBox.checked = hideIsolated;
  isolatedBox.addEventListener("change", function () { hideIsolated = isolatedBox.checked; refilter(); });
  document.getElementById("kg-isolated-n").textContent = String(isolatedCount);
  if (!isolatedCount) document.getElementById("kg-isolated-box").style.display = "none";
  document.getElementById("kg-all").addEventListener("click", function () { setAll(true); });
  document.getElementById("kg-none").addEventListener("click", function () { setAll(false); });

  var trackSelect = document.getElementById("kg-track");
  trackSelect.appendChild(el("option", { value: "", text: "全部 all tracks (" + data.tracks.length + ")" }));
  data.tracks.forEach(function (t) {
    trackSelect.appendChild(el("option", { value: String(t.id), text: N[t.id].label + " (" + t.count + ")" }));
  });
  trackSelect.addEventListener("change", function () {
    trackFilter = trackSelect.value === "" ? null : Number(trackSelect.value);
    refilter();
    if (trackFilter !== null) network.fit({ nodes: nodeView.getIds(), animation: false });
  });
  var predCounts = {};
  E.forEach(function (e) { predCounts[e.p] = (predCounts[e.p] || 0) + 1; });
  var predList = document.getElementById("kg-preds");
  data.predicates.forEach(function (p) {
    predList.appendChild(el("li", null, [lineIcon(p.colour), el("span", { text: p.zh }),
      el("span", { class: "kg-en", text: p.key }), el("span", { class: "kg-n", text: String(predCounts[p.key] || 0) })]));
  });
  document.getElementById("kg-meta").textContent = plural(N.length, "entity", "entities") + " 实体 · " +
    plural(E.length, "relation", "relations") + " 关系 · " + plural(data.docs.length, "document", "documents") + " 文档";

  // ---- selection: highlight and panel --------------------------------------------------
  var panel = document.getElementById("kg-panel");
  var selected = null, dimmed = false;
  // Neighbourhood highlight: after each draw, veil the canvas and draw the selected node,
  // its neighbours and their relations again on top (vis-network's own node and edge
  // drawing), so a click costs one redraw whatever the size of the graph.
  var near = null;
  network.on("afterDrawing", function (ctx) {
    if (!near) return;
    var body = network.body;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "rgba(255,255,255,0.72)";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    near.edges.forEach(function (eid) { var e = body.edges[eid]; if (e && shown[E[eid].from] && shown[E[eid].to]) e.draw(ctx); });
    var labels = [];       // dots, diamonds…: vis draws their labels after all shapes
    near.nodes.forEach(function (id) {
      var n = body.nodes[id], r = n && shown[id] ? n.draw(ctx) : null;
      if (r && typeof r.drawExternalLabel === "function") labels.push(r.drawExternalLabel);
    });
    labels.forEach(function (draw) { draw(); });
  });
  function highlight(id) {
    var ids = {}; ids[id] = true;
    adjacency[id].forEach(function (eid) { ids[E[eid].from] = true; ids[E[eid].to] = true; });
    near = { edges: adjacency[id].slice(), nodes: Object.keys(ids).map(Number) };
    dimmed = true;
    network.redraw();
  }
  function unhighlight() { if (dimmed) { near = null; dimmed = false; network.redraw(); } }
  api.highlighted = function () { return near ? near.nodes.slice() : []; };
  function evidenceBlock(ev) {
    var s = data.sentences[ev[0]], doc = data.docs[s[1]];
    var meta = "— " + doc[0] + (doc[1] ? " 《" + doc[1] + "》" : "");
    if (ev[1]) meta += " · rule " + ev[1];
    if (ev[2] !== null && ev[2] !== undefined) meta += " · confidence " + ev[2];
    return el("blockquote", { class: "kg-ev" }, ["“" + s[0] + "”", el("span", { class: "kg-doc", text: meta })]);
  }
  function goButton(id) {
    var b = el("button", { type: "button", class: "kg-go", text: N[id].label, title: N[id].iri });
    b.addEventListener("click", function () { select(id, true); });
    return b;
  }
  function relationBlock(e, from) {
    var p = predOf(e.p), out = e.from === from;
    var tag = el("span", { class: "kg-pred", text: (p.zh ? p.zh + " " : "") + (e.q || e.p) });
    tag.style.background = p.colour;
    var head = out ? [el("span", { text: "→" }), tag, goButton(e.to)]
                   : [goButton(e.from), tag, el("span", { text: "→ 本实体 this" })];
    var block = el("div", { class: "kg-rel" }, [el("div", { class: "kg-rel-head" }, head)]);
    e.ev.forEach(function (ev) { block.appendChild(evidenceBlock(ev)); });
    if (!e.ev.length) block.appendChild(el("p", { class: "kg-hint", text: "no evidence sentence recorded" }));
    return block;
  }
  // A project's milestones across documents, then its amounts, each with its sentences.
  function sourceBlock(src) {
    return el("blockquote", { class: "kg-ev" }, ["“" + src[0] + "”", el("span", { class: "kg-doc", text: "— " + src[1] })]);
  }
  function timelineBlock(tl) {
    var box = el("section", { id: "kg-timeline" });
    box.appendChild(el("h3", { text: "时间线 Timeline" + (tl.status ? " · " + tl.status : "") }));
    var list = el("ol", { class: "kg-tl" });
    tl.events.forEach(function (ev) {
      var item = el("li", { class: ev[2] ? "kg-tl-planned" : "kg-tl-done" }, [
        el("span", { class: "kg-tl-when", text: ev[0] || "—" }), el("b", { text: ev[1] }),
        el("span", { class: "kg-hint", text: ev[2] ? "计划 planned" : "已完成 done" })]);
      ev[3].forEach(function (src) { item.appendChild(sourceBlock(src)); });
      list.appendChild(item);
    });
    box.appendChild(list);
    tl.quantities.forEach(function (q) {
      var item = el("div", { class: "kg-tl-q" }, [el("b", { text: q[0] + " " }), el("span", { text: q[1] })]);
      q[2].forEach(function (src) { item.appendChild(sourceBlock(src)); });
      box.appendChild(item);
    });
    return box;
  }
  function showNode(id) {
    var n = N[id], s = styleOf(n.cls);
    panel.replaceChildren();
    panel.appendChild(el("h2", { id: "kg-panel-name", text: n.label }));
    var classes = n.classes.map(function (c) { return styleOf(c).zh + " " + styleOf(c).en; }).join(" + ");
    panel.appendChild(el("div", { class: "kg-class" }, [icon(s.shape, s.colour), el("span", { text: classes })]));
    var dl = el("dl");
    if (n.en) { dl.appendChild(el("dt", { text: "English" })); dl.appendChild(el("dd", { text: n.en })); }
    if (n.aliases.length) {
      dl.appendChild(el("dt", { text: "别名 Aliases" }));
      dl.appendChild(el("dd", { id: "kg-panel-aliases", text: n.aliases.join("、") }));
    }
    if (n.wd) {        // curated (kg/data/wikidata.tsv); a link to follow when online, nothing loaded
      dl.appendChild(el("dt", { text: "Wikidata" }));
      dl.appendChild(el("dd", { id: "kg-panel-wikidata" }, [el("a", { href: "https://www.wikidata.org/wiki/" + n.wd,
        target: "_blank", rel: "noopener noreferrer", text: n.wd })]));
    }
    if (n.m) {
      dl.appendChild(el("dt", { text: "提及 Mentioned" }));
      dl.appendChild(el("dd", { text: plural(n.m, "sentence", "sentences") + " in " + plural(n.d, "document", "documents") }));
    }
    panel.appendChild(dl);
    panel.appendChild(el("div", { class: "kg-iri", text: n.iri }));
    var tl = data.timelines && data.timelines[String(id)];
    if (tl) panel.appendChild(timelineBlock(tl));
    var rels = adjacency[id].map(function (eid) { return E[eid]; });
    panel.appendChild(el("h3", { text: "关系与证据 Relations and evidence (" + rels.length + ")" }));
    rels.sort(function (a, b) { return (a.from === id ? 0 : 1) - (b.from === id ? 0 : 1) || (a.p < b.p ? -1 : a.p > b.p ? 1 : 0); });
    rels.forEach(function (e) { panel.appendChild(relationBlock(e, id)); });
    panel.scrollTop = 0;
  }
  function showEdge(eid) {
    var e = E[eid], p = predOf(e.p);
    panel.replaceChildren();
    panel.appendChild(el("h2", { text: N[e.from].label + " → " + N[e.to].label }));
    var tag = el("span", { class: "kg-pred", text: (p.zh ? p.zh + " " : "") + (e.q || e.p) + (p.en && p.en !== e.p ? " · " + p.en : "") });
    tag.style.background = p.colour;
    panel.appendChild(el("div", { class: "kg-rel-head" }, [goButton(e.from), tag, goButton(e.to)]));
    panel.appendChild(el("h3", { text: "证据 Evidence (" + e.ev.length + ")" }));
    e.ev.forEach(function (ev) { panel.appendChild(evidenceBlock(ev)); });
  }
  function clearSelection() {
    selected = null;
    unhighlight();
    network.unselectAll();
  }
  function reveal(id) {
    var n = N[id], changed = false;
    if (!classOn[n.cls]) { classOn[n.cls] = true; if (boxes[n.cls]) boxes[n.cls].checked = true; changed = true; }
    if (hideIsolated && isolated[id]) { hideIsolated = false; isolatedBox.checked = false; changed = true; }
    if (trackFilter !== null && n.id !== trackFilter && n.tracks.indexOf(trackFilter) < 0) {
      trackFilter = null; trackSelect.value = ""; changed = true;
    }
    if (changed) refilter();
  }
  function select(id, centre) {
    reveal(id);
    selected = id;
    highlight(id);
    network.selectNodes([id]);
    showNode(id);
    if (centre) network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && ev.target === document.body) clearSelection();
  });
  network.on("click", function (params) {
    if (params.nodes.length) { select(params.nodes[0], false); }
    else if (params.edges.length) { clearSelection(); network.selectEdges([params.edges[0]]); showEdge(params.edges[0]); }
    else { clearSelection(); }
  });
  api.select = function (id) { select(id, true); };
  api.shown = function () { return nodeView.getIds(); };
  api.showEdge = showEdge;

  // ---- search ------------------------------------------------------------------------------
  var input = document.getElementById("kg-search"), results = document.getElementById("kg-results");
  var names = N.map(function (n) { return [n.label].concat(n.en ? [n.en] : [], n.aliases).map(norm); });
  var degree = adjacency.map(function (a) { return a.length; });
  var hits = [], active = 0;
  function search(q) {
    var key = norm(q);
    if (!key) return [];
    var scored = [];
    N.forEach(function (n, i) {
      var best = -1;
      names[i].forEach(function (name) {
        var s = name === key ? 3 : name.indexOf(key) === 0 ? 2 : name.indexOf(key) > 0 ? 1 : -1;
        if (s > best) best = s;
      });
      if (best >= 0) scored.push([best, degree[i], i]);
    });
    scored.sort(function (a, b) { return b[0] - a[0] || b[1] - a[1] || (N[a[2]].label < N[b[2]].label ? -1 : 1); });
    return scored.slice(0, 15).map(function (s) { return s[2]; });
  }
  function renderResults() {
    results.replaceChildren();
    if (!input.value.trim()) { results.hidden = true; return; }
    if (!hits.length) {
      results.appendChild(el("li", { class: "kg-hint", text: "no entity has that name 无匹配" }));
    }
    hits.forEach(function (id, i) {
      var n = N[id], s = styleOf(n.cls);
      var other = n.aliases.concat(n.en ? [n.en] : []);
      var li = el("li", { role: "option", "aria-selected": i === active ? "true" : "false", "data-id": String(id) },
        [icon(s.shape, s.colour), el("span", { text: n.label }),
         other.length ? el("span", { class: "kg-alias", text: other.join("、") }) : null,
         el("span", { class: "kg-n", text: s.zh })]);
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(id); });
      results.appendChild(li);
    });
    results.hidden = false;
  }
  function choose(id) {
    results.hidden = true;
    input.value = N[id].label;
    select(id, true);
  }
  input.addEventListener("input", function () { hits = search(input.value); active = 0; renderResults(); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (hits.length) { active = (active + (ev.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length; renderResults(); }
      ev.preventDefault();
    } else if (ev.key === "Enter") {
      if (!hits.length) hits = search(input.value);
      if (hits.length) choose(hits[active] !== undefined ? hits[active] : hits[0]);
      ev.preventDefault();
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });
  input.addEventListener("blur", function () { results.hidden = true; });
  input.addEventListener("focus", function () { if (input.value.trim()) renderResults(); });
  api.search = search;

  updateCount();
})();
