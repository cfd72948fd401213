// A region's coverage over time, drawn on load as plain SVG: a point per figure (one is enough), a line
// through them, and the 95 % UHC line for reference.
(function () {
  "use strict";
  const dates = JSON.parse(document.getElementById("figures").textContent);
  const values = JSON.parse(document.getElementById("values").textContent);
  const box = document.getElementById("chart");
  if (!values.length) return;
  const NS = "http://www.w3.org/2000/svg", W = 720, H = 280, L = 50, R = 20, T = 20, B = 40;
  const times = dates.map(d => Date.parse(d));
  let t0 = Math.min(...times), t1 = Math.max(...times);
  if (t1 - t0 < 864e5 * 60) { t0 -= 864e5 * 180; t1 += 864e5 * 180; }  // one figure: half a year each side
  const v0 = Math.max(0, Math.floor(Math.min(...values, 95) / 5) * 5 - 5), v1 = 100;
  const x = t => L + (t - t0) / (t1 - t0) * (W - L - R), y = v => T + (v1 - v) / (v1 - v0) * (H - T - B);
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("width", W);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Coverage over time");
  const add = (tag, attrs, text) => {
    const el = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (text !== undefined) el.textContent = text;
    svg.appendChild(el);
    return el;
  };
  for (let v = v0; v <= v1; v += 5) {
    add("line", {x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: "#e3e3e3"});
    add("text", {x: L - 6, y: y(v) + 4, "text-anchor": "end", "font-size": 11}, v + " %");
  }
  add("line", {class: "uhc-line", x1: L, x2: W - R, y1: y(95), y2: y(95), stroke: "#1a9850", "stroke-dasharray": "6 4"});
  add("text", {x: W - R, y: y(95) - 4, "text-anchor": "end", "font-size": 11, fill: "#1a9850"}, "UHC 95 %");
  for (const year of [...new Set(dates.map(d => d.slice(0, 4)))]) {
    const t = Date.parse(year + "-01-01");
    if (t >= t0 && t <= t1) add("text", {x: x(t), y: H - 12, "text-anchor": "middle", "font-size": 11}, year);
  }
  if (values.length > 1) {
    add("polyline", {points: times.map((t, i) => `${x(t)},${y(values[i])}`).join(" "), fill: "none", stroke: "#2b6cb0", "stroke-width": 2});
  }
  times.forEach((t, i) => {
    const dot = add("circle", {class: "figure", cx: x(t), cy: y(values[i]), r: 5, fill: values[i] >= 95 ? "#1a9850" : "#2b6cb0"});
    const title = document.createElementNS(NS, "title");
    title.textContent = `${values[i]} % (${dates[i]})`;
    dot.appendChild(title);
    add("text", {x: x(t), y: y(values[i]) - 9, "text-anchor": "middle", "font-size": 11}, values[i] + " %");
  });
  box.appendChild(svg);
})();
