// Home: the countries the knowledge base knows, the busiest pairs and the latest articles.
import { api, card, h, table } from './dom.js';

export async function homePage() {
  const [countries, pairs, docs] = await Promise.all([
    api('/api/countries', { limit: 200 }), api('/api/pairs', { limit: 12 }), api('/api/documents', { limit: 10 })]);
  document.title = 'Accord: countries';
  const max = Math.max(1, ...countries.items.map(c => c.facts));
  return h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Countries'),
      h('p', { class: 'lede' }, `${countries.total} countries and organisations in ${docs.total} articles. `,
        'Open one to see its partners, or a pair to see its figures, timeline and agreements.')),
    h('div', { class: 'grid two' },
      card('Countries by number of facts', h('ul', { class: 'bars' }, countries.items.map(c =>
        h('li', {}, h('a', { href: `/country/${encodeURIComponent(c.code)}` }, c.name),
          h('span', { class: 'bar' }, h('span', { style: `width:${(100 * c.facts / max).toFixed(1)}%` })),
          h('span', { class: 'num' }, c.facts))))),
      h('div', { class: 'stack' },
        card('Busiest pairs', table([
          { title: 'Pair', cell: p => h('a', { href: `/pair/${p.countries.map(encodeURIComponent).join('/')}` },
            p.names.join(' – ')) },
          { title: 'Facts', class: 'num', cell: p => p.facts },
        ], pairs.items)),
        card('Latest articles', h('ul', { class: 'doclist' }, docs.items.map(d =>
          h('li', {}, h('a', { href: `/document/${d.id}` }, d.title || d.doc),
            h('span', { class: 'muted' }, ` ${d.outlet ? d.outlet + ' · ' : ''}${d.published || 'undated'}`))))))));
}

