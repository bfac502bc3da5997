"use strict";
// sibyl explorer: hash-routed views over the explorer's JSON API, refreshed on
// every server-sent "update" event (a new block indexed).

const $ = (sel) => document.querySelector(sel);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
const short = (h) => (h && h.length > 14 ? h.slice(0, 8) + "…" + h.slice(-6) : h || "");
const ZERO = "0x0000000000000000000000000000000000000000";
const eth = (wei) => {
  if (wei === undefined || wei === null || wei === "") return "";
  const w = BigInt(wei), unit = 10n ** 18n;
  const whole = w / unit, frac = (w % unit).toString().padStart(18, "0").replace(/0+$/, "").slice(0, 6);
  return whole.toString() + (frac ? "." + frac : "") + " ETH";
};
// units formats an amount of a fee token's smallest units with its decimals and symbol.
const units = (amount, tk) => {
  const v = BigInt(amount || "0"), d = BigInt(tk.decimals || 0), unit = 10n ** d;
  const frac = d > 0n ? (v % unit).toString().padStart(Number(d), "0").replace(/0+$/, "").slice(0, 6) : "";
  return (v / unit).toString() + (frac ? "." + frac : "") + " " + (tk.symbol || tk.address);
};
const when = (t) => (t ? new Date(t * 1000).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC") : "");
const badge = (s) => `<span class="badge s-${esc(String(s).replace(/ /g, "-"))}">${esc(s)}</span>`;
const api = async (path) => {
  const r = await fetch("api/" + path, { cache: "no-store" });
  if (!r.ok) throw new Error((await r.json().catch(() => ({}))).error?.message || r.statusText);
  return r.json();
};
const table = (cols, rows) => rows.length === 0 ? `<div class="empty">Nothing yet.</div>` :
  `<table><thead><tr>${cols.map((c) => `<th>${esc(c)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
const addr = (a) => (a && a !== ZERO ? `<span class="mono" title="${esc(a)}">${esc(short(a))}</span>` : `<span class="muted">–</span>`);

function requestRows(reqs) {
  return reqs.map((r) => [
    `<a href="#/request/${esc(r.id)}">#${esc(r.id)}</a>`, esc(r.model_id), esc(r.routes), badge(r.status),
    addr(r.miner), esc(r.route || ""), `<span class="mono">${esc(short(r.output || ""))}</span>`, esc(when(r.created)),
  ]);
}
const requestCols = ["Request", "Model", "Routes", "Status", "Miner", "Delivered on", "Output", "Created"];

function gameRows(games) {
  return games.map((g) => [
    `<a href="#/dispute/${esc(g.id)}">#${esc(g.id)}</a>`, `<a href="#/request/${esc(g.request_id)}">#${esc(g.request_id)}</a>`,
    badge(g.status), esc(g.rounds), esc(g.k), addr(g.challenger), addr(g.defender), esc(g.slashed_wei ? eth(g.slashed_wei) : ""), esc(g.paid_wei ? eth(g.paid_wei) : ""), esc(when(g.started)),
  ]);
}
const gameCols = ["Dispute", "Request", "Status", "Rounds", "k", "Challenger", "Defender (miner)", "Slashed", "Paid to winner", "Started"];

const views = {
  async overview() {
    const [s, reqs, games] = await Promise.all([api("summary"), api("requests?limit=10"), api("disputes?limit=5")]);
    const n = (o) => Object.values(o || {}).reduce((a, b) => a + b, 0);
    const card = (num, label) => `<div class="card"><div class="n">${esc(num)}</div><div class="l">${esc(label)}</div></div>`;
    return `<h1>Overview <span class="muted">· chain ${esc(s.chain_id)}</span></h1>
      <div class="cards">
        ${card(n(s.requests), "requests")}${card(s.requests.final || 0, "final")}${card(s.requests.delivered || 0, "challengeable")}
        ${card(s.requests.pending || 0, "pending")}${card(s.requests.refunded || 0, "refunded")}
        ${card(n(s.games), "disputes")}${card(s.games.open || 0, "open disputes")}${card(s.miners, "miners")}
        ${card(s.models, "models")}${card(eth(s.slashed_wei) || "0 ETH", "slashed")}
      </div>
      <h2>Latest requests</h2>${table(requestCols, requestRows(reqs))}
      <h2>Latest disputes</h2>${table(gameCols, gameRows(games))}`;
  },
  async requests() {
    const reqs = await api("requests?limit=200");
    return `<h1>Requests</h1>${table(requestCols, requestRows(reqs))}`;
  },
  async request(id) {
    const r = await api("requests/" + encodeURIComponent(id));
    const now = Date.now() / 1000;
    const events = [...r.events];
    if (r.status === "delivered" && r.window_end) {
      events.push({ kind: r.window_end > now ? "window" : "window", time: r.window_end, virtual: true,
        detail: { note: r.window_end > now ? "challenge window ends; final then unless disputed" : "challenge window ended; finalize() pending" } });
    }
    const life = events.map((e) => `<li class="k-${esc(e.kind.replace(/ /g, "-"))}"><span class="ev">${esc(e.kind === "window" ? "challenge window" : e.kind)}</span>
        <span class="muted"> · ${esc(when(e.time))}${e.virtual ? "" : ` · block ${esc(e.block)} · tx <span class="mono">${esc(short(e.tx))}</span>`}</span>
        <div class="detail">${Object.entries(e.detail || {}).map(([k, v]) => `${esc(k)}=${esc(typeof v === "object" ? JSON.stringify(v) : v)}`).join("  ")}</div></li>`).join("");
    return `<h1>Request #${esc(r.id)} ${badge(r.status)}</h1>
      <div class="kv">
        <div>Model</div><div>${esc(r.model_id)}</div>
        <div>Requester</div><div class="mono">${esc(r.requester)}</div>
        <div>Routes accepted</div><div>${esc(r.routes)}</div>
        <div>Result</div><div>${r.route ? `${esc(r.route)} by <span class="mono">${esc(r.miner)}</span>` : '<span class="muted">none yet</span>'}</div>
        <div>Output</div><div class="mono">${esc(r.output || "–")}</div>
        <div>Input</div><div><span class="mono">${esc(r.input_hash)}</span> <span class="muted">(keccak256 of ${esc(r.input_bytes)} bytes)</span></div>
        <div>Fee (escrow)</div><div>${esc(r.fee_token ? units(r.escrow, r.fee_token) : eth(r.escrow))}</div>
        <div>Deadline</div><div>${esc(when(r.deadline))}</div>
        ${r.window_end ? `<div>Final at</div><div>${esc(when(r.window_end))}</div>` : ""}
        <div>Disputes</div><div>${(r.disputes || []).map((g) => `<a href="#/dispute/${esc(g)}">#${esc(g)}</a>`).join(", ") || '<span class="muted">none</span>'}${r.voided ? ` · ${esc(r.voided)} result(s) voided` : ""}</div>
      </div>
      <h2>Life</h2><ol class="timeline">${life}</ol>`;
  },
  async disputes() {
    const games = await api("disputes?limit=200");
    return `<h1>Disputes</h1>${table(gameCols, gameRows(games))}`;
  },
  async dispute(id) {
    const g = await api("disputes/" + encodeURIComponent(id));
    const moves = g.events.map((e) => `<li class="k-${esc(e.kind)}"><span class="ev">${esc(e.kind)}</span>
        <span class="muted"> · ${esc(when(e.time))} · block ${esc(e.block)} · tx <span class="mono">${esc(short(e.tx))}</span></span>
        <div class="detail">${Object.entries(e.detail || {}).map(([k, v]) => `${esc(k)}=${esc(typeof v === "object" ? JSON.stringify(v) : v)}`).join("  ")}</div></li>`).join("");
    return `<h1>Dispute #${esc(g.id)} ${badge(g.status)}</h1>
      <div class="kv">
        <div>Request</div><div><a href="#/request/${esc(g.request_id)}">#${esc(g.request_id)}</a></div>
        <div>Challenger</div><div class="mono">${esc(g.challenger)}</div>
        <div>Defender (miner)</div><div class="mono">${esc(g.defender)}</div>
        <div>Steps · arity</div><div>${esc(g.steps)} steps · k = ${esc(g.k)}</div>
        <div>Rounds</div><div>${esc(g.rounds)}</div>
        <div>Slashed</div><div>${esc(g.slashed_wei ? eth(g.slashed_wei) : "–")}</div>
        <div>Paid to winner</div><div>${esc(g.paid_wei ? eth(g.paid_wei) : "–")}</div>
      </div>
      <h2>Moves</h2><ol class="timeline">${moves}</ol>`;
  },
  async miners() {
    const ms = await api("miners");
    return `<h1>Miners</h1>${table(["Miner", "Stake", "Strikes", "Slashes", "Slashed", "Delivered", "Voided", "Models"],
      ms.map((m) => [`<span class="mono">${esc(m.address)}</span>`, esc(eth(m.stake_wei)), esc(m.strikes), esc(m.slashes),
        esc(eth(m.slashed_wei)), esc(m.delivered), esc(m.voided), esc((m.models || []).join(", "))]))}`;
  },
  async models() {
    const ms = await api("models");
    return `<h1>Models</h1>${table(["Model", "Name", "Fee", "Routes", "Steps", "Requests", "Miners", "Program hash", "Owner", "State"],
      ms.map((m) => [esc(m.id), esc(m.name), esc(eth(m.fee_wei)), esc(m.routes), esc(m.steps), esc(m.requests), esc(m.miners),
        `<span class="mono" title="${esc(m.program_hash)}">${esc(short(m.program_hash))}</span>`, addr(m.owner), m.deprecated ? badge("deprecated") : badge("active")]))}`;
  },
};

let rendering = false, again = false;
async function render() {
  if (rendering) { again = true; return; }
  rendering = true;
  const [, name = "", id] = (location.hash || "#/").split("/");
  const view = views[name || "overview"] ? (name || "overview") : "overview";
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.nav === (view === "request" ? "requests" : view === "dispute" ? "disputes" : view)));
  try {
    $("#view").innerHTML = await views[view](id && decodeURIComponent(id));
    const s = await api("summary");
    $("#contracts").textContent = `Coprocessor ${s.contracts.coprocessor} · DisputeGame ${s.contracts.dispute_game} · ModelRegistry ${s.contracts.model_registry} · Staking ${s.contracts.staking} · indexed to block ${s.indexed}`;
    $("#head").textContent = `block ${s.head}`;
    document.body.dataset.ready = "1";
  } catch (e) {
    $("#view").innerHTML = `<h1>Not found</h1><div class="empty">${esc(e.message)}</div>`;
    document.body.dataset.ready = "1";
  }
  rendering = false;
  if (again) { again = false; render(); }
}

function live() {
  const es = new EventSource("api/stream");
  es.addEventListener("open", () => $("#live").classList.add("on"));
  es.addEventListener("error", () => $("#live").classList.remove("on"));
  es.addEventListener("update", (e) => { $("#head").textContent = "block " + JSON.parse(e.data).head; render(); });
}

window.addEventListener("hashchange", render);
render();
live();
