// A country: its partner network, partners ranked, timeline and agreements, all for one date range.
import { CYTOSCAPE, all, api, card, empty, h, loadScript, table } from './dom.js';
import { agreementsTable, timeline } from './facts.js';

function rangeForm(range, onChange) {
  const input = (name, label) => h('label', {}, label,
    h('input', { type: 'date', name, value: range[name] || '', onchange: e => onChange({ ...range, [name]: e.target.value }) }));
  const preset = (label, from, to) => h('button', { type: 'button', class: 'ghost', onclick: () => onChange({ date_from: from, date_to: to }) }, label);
  const year = new Date().getFullYear();
  return h('form', { class: 'range', onsubmit: e => e.preventDefault() },
    input('date_from', 'From'), input('date_to', 'To'),
    preset('All time', '', ''), preset(String(year - 1), `${year - 1}-01-01`, `${year - 1}-12-31`),
    preset(String(year), `${year}-01-01`, `${year}-12-31`));
}

function drawNetwork(box, graph, code) {
  const max = Math.max(1, ...graph.edges.map(e => e.weight));
  const biggest = Math.max(1, ...graph.nodes.map(n => n.facts));
  const cy = window.cytoscape({
    container: box,
    elements: [
      ...graph.nodes.map(n => ({ data: { id: n.code, label: n.name, size: 26 + 34 * Math.sqrt(n.facts / biggest), center: n.code === code ? 1 : 0 } })),
      ...graph.edges.map(e => ({ data: { id: `${e.source}|${e.target}`, source: e.source, target: e.target, weight: e.weight, width: 1 + 9 * e.weight / max } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#60a5fa', 'border-width': 2, 'border-color': '#fff', color: '#0f172a', 'font-size': 13, 'font-family': 'Inter, system-ui, sans-serif', 'text-valign': 'bottom', 'text-margin-y': 6, 'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 2 } },
      { selector: 'node[center = 1]', style: { 'background-color': '#1d4ed8', 'font-weight': 700 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#94a3b8', opacity: 0.75, 'curve-style': 'bezier' } },
      { selector: 'node:active, node:selected', style: { 'overlay-opacity': 0, 'border-color': '#f59e0b' } },
    ],
    layout: { name: 'concentric', concentric: n => n.data('center') ? 2 : 1, levelWidth: () => 1, minNodeSpacing: 40, padding: 30, animate: false },
    userZoomingEnabled: false, boxSelectionEnabled: false,
  });
  cy.on('tap', 'node', e => {
    const other = e.target.id();
    if (other !== code) location.href = `/pair/${encodeURIComponent(code)}/${encodeURIComponent(other)}`;
  });
  cy.on('mouseover', 'node', () => { box.style.cursor = 'pointer'; });
  cy.on('mouseout', 'node', () => { box.style.cursor = ''; });
  box.cy = cy;  // for tests: where each node is drawn
}

export async function countryPage(text) {
  const country = await api(`/api/countries/${encodeURIComponent(text)}`);
  const code = country.code;
  document.title = `Accord: ${country.name}`;
  const params = new URLSearchParams(location.search);
  let range = { date_from: params.get('date_from') || '', date_to: params.get('date_to') || '' };

  const networkBox = h('div', { id: 'network', class: 'network', 'aria-label': `Partner network of ${country.name}` });
  const partnersBox = h('div', {});
  const timelineBox = h('div', {});
  const agreementsBox = h('div', {});
  const formBox = h('div', { class: 'range-box' });
  const summary = h('p', { class: 'lede' });

  async function refresh(next) {
    range = next;
    const query = new URLSearchParams(Object.entries(range).filter(([, v]) => v));
    history.replaceState(null, '', `${location.pathname}${query.toString() ? '?' + query : ''}`);
    formBox.replaceChildren(rangeForm(range, r => refresh(r)));
    document.body.dataset.ready = 'false';
    const [graph, partners, events, agreements] = await Promise.all([
      api(`/api/countries/${code}/network`, range), all(`/api/countries/${code}/partners`, range),
      all('/api/events', { country: code, ...range }), all('/api/agreements', { country: code, ...range }),
      loadScript(CYTOSCAPE)]);
    summary.replaceChildren(`${partners.length} partners, ${events.length} events and ${agreements.length} agreements`,
      range.date_from || range.date_to ? ` from ${range.date_from || 'the start'} to ${range.date_to || 'today'}.` : ' in all articles.');
    if (networkBox.cy) networkBox.cy.destroy();
    networkBox.replaceChildren();
    if (graph.nodes.length > 1) drawNetwork(networkBox, graph, code);
    else networkBox.replaceChildren(empty('No partners in this range.'));
    partnersBox.replaceChildren(partners.length ? table([
      { title: '#', class: 'num', cell: p => partners.indexOf(p) + 1 },
      { title: 'Partner', cell: p => h('a', { href: `/pair/${code}/${encodeURIComponent(p.code)}` }, p.name) },
      { title: 'Events', class: 'num', cell: p => p.events },
      { title: 'Agreements', class: 'num', cell: p => p.agreements },
      { title: 'Figures', class: 'num', cell: p => p.figures },
      { title: 'Last', class: 'nowrap', cell: p => p.last_date || '—' },
    ], partners, p => ({ dataset: { partner: p.code } })) : empty('No partners in this range.'));
    timelineBox.replaceChildren(timeline([...events.filter(e => e.date).reverse(), ...events.filter(e => !e.date)]));
    agreementsBox.replaceChildren(agreementsTable(agreements));
    document.body.dataset.ready = 'true';
  }

  const page = h('div', { class: 'page' },
    h('div', { class: 'page-head split' },
      h('div', {}, h('p', { class: 'eyebrow' }, code), h('h1', {}, country.name), summary), formBox),
    h('div', { class: 'grid network-grid' },
      card('Partner network', h('p', { class: 'muted small' }, 'Edges weighted by shared events and agreements. Click a partner to open the pair.'), networkBox),
      card('Partners ranked', partnersBox)),
    h('div', { class: 'grid two' }, card('Timeline, newest first', timelineBox), card('Agreements', agreementsBox)));
  page.mounted = () => refresh(range);
  return page;
}

