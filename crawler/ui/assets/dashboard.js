// uhcwatch dashboard: draws Indonesia from the outlines shipped in the package, coloured by each region's
// latest JKN coverage from the database's JSON API. Plain SVG, no library, nothing from another server.
(function () {
  "use strict";
  const {base, db} = window.UHCWATCH;
  const UHC = 95, LOW = 80;
  const svg = document.getElementById("map");
  const NS = "http://www.w3.org/2000/svg";
  const state = {features: [], latest: new Map(), national: null, province: "", level: "kabkota"};

  function colourClass(pct) {
    if (pct === null || pct === undefined) return "c-none";
    return pct >= UHC ? "c-uhc" : pct >= LOW ? "c-mid" : "c-low";
  }
  function fmtPct(pct) { return pct === null || pct === undefined ? "—" : pct.toLocaleString("en", {maximumFractionDigits: 2}) + " %"; }
  function esc(s) { return String(s ?? "").replace(/[&<>"]/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c])); }
  function regionUrl(code) { return base + "region/" + encodeURIComponent(code); }

  // Equirectangular: at the equator a degree is a degree both ways, and Indonesia straddles it.
  function project([lon, lat]) { return [((lon - 94) * 10).toFixed(2), ((7 - lat) * 10).toFixed(2)]; }
  function pathData(geometry) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    return polygons.map(rings => rings.map(ring => "M" + ring.map(p => project(p).join(",")).join("L") + "Z").join("")).join("");
  }
  function bbox(features) {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const f of features) for (const c of f._bbox) {
      x0 = Math.min(x0, c[0]); x1 = Math.max(x1, c[0]); y0 = Math.min(y0, c[1]); y1 = Math.max(y1, c[1]);
    }
    return [x0, y0, x1, y1];
  }
  function featureBox(geometry) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const rings of polygons) for (const [lon, lat] of rings[0]) {
      x0 = Math.min(x0, lon); x1 = Math.max(x1, lon); y0 = Math.min(y0, lat); y1 = Math.max(y1, lat);
    }
    return [[x0, y0], [x1, y1]];
  }

  function draw() {
    svg.textContent = "";
    const level = state.level, province = state.province;
    const shown = state.features.filter(f => (level === "provinsi" ? f.properties.level === "provinsi"
                                                                     : f.properties.level !== "provinsi")
                                              && (!province || f.properties.province_code === province));
    const [lon0, lat0, lon1, lat1] = bbox(shown.length ? shown : state.features);
    const [x0, y1] = project([lon0, lat0]).map(Number), [x1, y0] = project([lon1, lat1]).map(Number);
    const pad = Math.max(x1 - x0, y1 - y0) * 0.03;
    svg.setAttribute("viewBox", [x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad].join(" "));
    const counts = {uhc: 0, mid: 0, low: 0, none: 0};
    for (const f of shown) {
      const p = f.properties, row = state.latest.get(p.code);
      const cls = colourClass(row ? row.coverage_pct : null);
      counts[cls.slice(2)] += 1;
      const path = document.createElementNS(NS, "path");
      path.setAttribute("d", f._d);
      path.setAttribute("class", "region " + cls);
      path.dataset.code = p.code;
      const title = document.createElementNS(NS, "title");
      title.textContent = p.name + ": " + (row ? fmtPct(row.coverage_pct) + (row.as_of ? " (as of " + row.as_of + ")" : "") : "not reported");
      path.appendChild(title);
      path.addEventListener("mouseenter", () => info(p, row));
      path.addEventListener("click", () => { window.location = regionUrl(p.code); });
      svg.appendChild(path);
    }
    if (level !== "provinsi") {  // province borders over the kabupaten/kota
      for (const f of state.features) {
        if (f.properties.level !== "provinsi" || (province && f.properties.province_code !== province)) continue;
        const line = document.createElementNS(NS, "path");
        line.setAttribute("d", f._d);
        line.setAttribute("class", "province-line");
        svg.appendChild(line);
      }
    }
    for (const [key, n] of Object.entries(counts)) document.querySelector(`[data-count="${key}"]`).textContent = `(${n})`;
    listReported(shown);
    listNewest();
  }

  function info(p, row) {
    const box = document.getElementById("info");
    if (!row) { box.innerHTML = `<b>${esc(p.name)}</b><br>not reported yet`; return; }
    box.innerHTML = `<b>${esc(p.name)}</b>: <span class="pct">${fmtPct(row.coverage_pct)}</span>` +
      (row.participants ? `<br>${row.participants.toLocaleString("en")} participants (peserta JKN)` : "") +
      (row.as_of ? `<br>as of ${esc(row.as_of)}` : "") +
      `<br><a href="${esc(row.article_url)}">the article</a> (${esc(row.source || "")})`;
  }

  function listReported(shown) {
    const body = document.querySelector("#reported tbody");
    const codes = new Set(shown.map(f => f.properties.code));
    const rows = [...state.latest.values()].filter(r => codes.has(r.region_code))
      .sort((a, b) => (b.coverage_pct ?? -1) - (a.coverage_pct ?? -1));
    document.getElementById("reported-scope").textContent = `(${rows.length})`;
    body.innerHTML = rows.map(r => `<tr data-code="${esc(r.region_code)}"><td><a href="${regionUrl(r.region_code)}">${esc(r.region_name)}</a></td>` +
      `<td class="pct">${fmtPct(r.coverage_pct)}</td><td>${esc(r.as_of || "")}</td></tr>`).join("");
  }

  function listNewest() {
    const body = document.querySelector("#newest tbody");
    const rows = state.newest.filter(r => !state.province || (r.region_code || "").split(".")[0] === state.province).slice(0, 12);
    body.innerHTML = rows.map(r => `<tr><td>${esc((r.found_at || "").slice(0, 10))}</td>` +
      `<td><a href="${regionUrl(r.region_code || r.region_name)}">${esc(r.region_name)}</a></td>` +
      `<td class="pct">${fmtPct(r.coverage_pct)}</td><td>${esc(r.as_of || "")}</td>` +
      `<td><a href="${esc(r.article_url)}">${esc(r.article_title || r.article_url)}</a></td></tr>`).join("");
  }

  function headline() {
    const codes = new Set(state.features.map(f => f.properties.code));
    const reported = [...state.latest.values()].filter(r => codes.has(r.region_code));
    document.getElementById("n-reported").textContent = `${reported.length} of ${codes.size}`;
    document.getElementById("n-uhc").textContent = reported.filter(r => r.coverage_pct >= UHC).length;
    document.getElementById("n-never").textContent = codes.size - reported.length;
    const nat = state.national;
    document.getElementById("n-national").textContent = nat ? fmtPct(nat.coverage_pct) : "—";
    if (nat && nat.as_of) document.getElementById("national-note").textContent = `national, as of ${nat.as_of}`;
  }

  async function getJSON(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }

  Promise.all([
    getJSON(base + "uhcwatch-data/boundaries.geojson"),
    getJSON(`${base}${db}/latest_coverage.json?_shape=array`),
    getJSON(`${base}${db}/newest_announcements.json?_shape=array`),
  ]).then(([shapes, latest, newest]) => {
    for (const f of shapes.features) { f._d = pathData(f.geometry); f._bbox = featureBox(f.geometry); }
    state.features = shapes.features;
    for (const r of latest) {
      if (r.region_code) state.latest.set(r.region_code, r);
      else if (r.region_level === "nasional") state.national = r;
    }
    state.newest = newest;
    const select = document.getElementById("province");
    for (const f of shapes.features.filter(f => f.properties.level === "provinsi").sort((a, b) => a.properties.name.localeCompare(b.properties.name))) {
      select.add(new Option(f.properties.name, f.properties.code));
    }
    // ?province=33 opens on one province, so a view can be linked; the select keeps the address in step.
    const asked = new URLSearchParams(window.location.search).get("province") || "";
    if ([...select.options].some(o => o.value === asked)) { select.value = asked; state.province = asked; }
    select.addEventListener("change", () => {
      state.province = select.value;
      const url = new URL(window.location);
      if (state.province) url.searchParams.set("province", state.province); else url.searchParams.delete("province");
      window.history.replaceState(null, "", url);
      draw();
    });
    for (const radio of document.querySelectorAll('input[name="level"]')) {
      radio.addEventListener("change", () => { state.level = radio.value; draw(); });
    }
    headline();
    draw();
    svg.dataset.ready = "yes";
  }).catch(error => {
    document.getElementById("info").textContent = "The map could not be drawn: " + error.message;
  });
})();
