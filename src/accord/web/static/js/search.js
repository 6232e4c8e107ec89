// Search over evidence sentences; each hit opens its article with the sentence highlighted.
import { api, card, empty, evidenceHref, h, outletOf } from './dom.js';

export async function searchPage() {
  const q = (new URLSearchParams(location.search).get('q') || '').trim();
  document.title = q ? `Accord: ${q}` : 'Accord: search';
  const head = h('div', { class: 'page-head' }, h('h1', {}, q ? `Evidence for “${q}”` : 'Search evidence'),
    h('p', { class: 'lede' }, 'Sentences that contain every word.'));
  if (!q) return h('div', { class: 'page' }, head, card(null, empty('Type words in the search box above.')));
  const hits = await api('/api/search', { q, limit: 100 });
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
  const marked = sentence => {
    const parts = sentence.split(new RegExp(`(${words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu'));
    return parts.map(part => words.includes(part.toLowerCase()) ? h('mark', {}, part) : part);
  };
  head.querySelector('.lede').textContent = `${hits.total} ${hits.total === 1 ? 'sentence contains' : 'sentences contain'} every word. Open one to read it in its article.`;
  return h('div', { class: 'page' }, head, card(null, hits.items.length ? h('ol', { class: 'hits' }, hits.items.map(hit =>
    h('li', {}, h('a', { class: 'hit', href: evidenceHref(hit.fact, hit.source) }, h('span', { class: 'sentence' }, marked(hit.sentence))),
      h('div', { class: 'muted small' }, [hit.source.outlet, hit.source.published || 'undated', hit.source.title || outletOf(hit.source), hit.fact].filter(Boolean).join(' · '))))) : empty('No sentence contains all these words.')));
}
