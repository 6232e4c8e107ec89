// DOM helpers: every piece of data goes in as text (textContent), never as markup.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error && body.error.message) || `HTTP ${status}`);
    this.status = status;
    this.hint = body && body.error && body.error.hint;
  }
}

export async function api(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') url.searchParams.set(key, value);
  }
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

// every item of a paged list, page by page
export async function all(path, params = {}) {
  const items = [];
  for (let offset = 0; ; offset += 200) {
    const page = await api(path, { ...params, limit: 200, offset });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

const names = new Map();

export async function loadNames() {
  if (names.size) return;
  for (const c of await all('/api/countries')) names.set(c.code, c.name);
}

export function countryName(code) {
  return names.get(code) || (code.startsWith('IGO:') ? code.slice(4) : code);
}

export function money(value) {
  for (const [size, suffix] of [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm'], [1e3, 'k']]) {
    if (Math.abs(value) >= size) return `$${+(value / size).toPrecision(3)}${suffix}`;
  }
  return `$${+value.toPrecision(3)}`;
}

export function figureValue(f) {
  const v = f.value;
  if (f.unit === 'USD') return money(v);
  if (f.unit === 'percent') return `${+v.toPrecision(4)}%`;
  if (f.unit === 'multiplier') return `${+v.toPrecision(4)} times`;
  if (f.unit === 'count') return v.toLocaleString('en');
  return `${+v.toPrecision(4)} ${f.unit}`;
}

export function humanize(text) {
  return (text || '').replace(/_/g, ' ').replace(/^./, c => c.toUpperCase());
}

export function outletOf(source) {
  if (source.outlet) return source.outlet;
  try {
    if (/^https?:/.test(source.source)) return new URL(source.source).hostname.replace(/^www\./, '');
  } catch (e) { /* not a URL: fall through */ }
  return (source.title && source.title.length < 60 ? source.title : source.document || '').replace(/\.(txt|html?|jsonl)$/i, '');
}

// link to the article of a source, with the fact and its evidence span to mark
export function evidenceHref(factId, source) {
  if (!source || !source.document_id) return null;
  const params = new URLSearchParams({ fact: factId });
  if (source.start !== null && source.start !== undefined) {
    params.set('start', source.start);
    params.set('end', source.end);
  }
  return `/document/${encodeURIComponent(source.document_id)}?${params}`;
}

export function card(title, ...body) {
  return h('section', { class: 'card' }, title ? h('h2', {}, title) : null, ...body);
}

export function empty(text) {
  return h('p', { class: 'empty' }, text);
}

export function table(columns, rows, rowAttrs = () => ({})) {
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, columns.map(c => h('th', { class: c.class }, c.title)))),
    h('tbody', {}, rows.map(r => h('tr', rowAttrs(r), columns.map(c => h('td', { class: c.class }, c.cell(r))))))));
}

export function badge(text, kind = '') {
  return h('span', { class: `badge ${kind}` }, text);
}

const loaded = new Map();

// the charting and graph libraries are loaded by the pages that use them, from this server
export function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      document.head.append(h('script', { src, onload: resolve, onerror: () => reject(new Error(`cannot load ${src}`)) }));
    }));
  }
  return loaded.get(src);
}

export const CYTOSCAPE = '/static/vendor/cytoscape-3.35.0.min.js';
export const ECHARTS = '/static/vendor/echarts-6.1.0.common.min.js';
