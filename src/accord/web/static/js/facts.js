// Pieces shared by the pages that list facts: the timeline, agreements and source links.
import { badge, countryName, empty, evidenceHref, h, humanize, outletOf, table } from './dom.js';

export function sourcesLine(factId, sources) {
  const seen = new Map();
  for (const s of sources) if (!seen.has(outletOf(s))) seen.set(outletOf(s), s);
  return h('span', { class: 'sources' }, [...seen].map(([outlet, s]) => {
    const href = evidenceHref(factId, s);
    return href ? h('a', { class: 'chip', href, title: s.sentence || '' }, outlet) : h('span', { class: 'chip' }, outlet);
  }));
}

export function evidenceLink(factId, sources, text) {
  const first = sources.find(s => s.document_id);
  const href = first ? evidenceHref(factId, first) : null;
  return href ? h('a', { class: 'fact-link', href, dataset: { fact: factId } }, text) : h('span', {}, text);
}

export function timeline(events) {
  if (!events.length) return empty('No events in this range.');
  return h('ol', { class: 'timeline' }, events.map(e => {
    const who = [e.location, ...e.participants].filter(Boolean).join(' · ');
    const sentence = (e.sources.find(s => s.sentence) || {}).sentence || '';
    return h('li', { dataset: { fact: e.id } },
      h('div', { class: 'when' }, e.date || 'undated'),
      h('div', { class: 'what' },
        h('div', { class: 'title' }, badge(humanize(e.type.toLowerCase()), `t-${e.type.toLowerCase()}`),
          e.mode ? badge(e.mode, 'soft') : null, ' ',
          evidenceLink(e.id, e.sources, e.countries.map(countryName).join(' – '))),
        who ? h('div', { class: 'muted' }, who) : null,
        sentence ? h('blockquote', {}, sentence) : null,
        h('div', { class: 'meta' }, `${e.independent_sources} source${e.independent_sources === 1 ? '' : 's'}: `,
          sourcesLine(e.id, e.sources))));
  }));
}

export function agreementsTable(agreements) {
  if (!agreements.length) return empty('No agreements in this range.');
  return table([
    { title: 'Agreement', cell: a => evidenceLink(a.id, a.sources, a.title) },
    { title: 'Status', cell: a => badge(humanize(a.status), `s-${a.status}`) },
    { title: 'Date', class: 'nowrap', cell: a => a.date || '—' },
    { title: 'Parties', cell: a => a.countries.map(countryName).join(', ') },
    { title: 'Reported by', cell: a => sourcesLine(a.id, a.sources) },
  ], agreements);
}
