// An article: its clean text with the evidence of a fact highlighted and scrolled into view,
// and the outlets that reported the fact.
import { api, badge, card, countryName, empty, evidenceHref, figureValue, h, humanize, outletOf } from './dom.js';

const FACT_ID = /^(ev|ind|agr|sec|per)-\d+$/;

// Spans count Unicode code points (as Python does); JavaScript strings count UTF-16 units.
// ``marked``: the fact's evidence in this article; ``primary``: the sentence the link pointed at (or the first)
function articleBody(text, spans, marked, primary) {
  const chars = Array.from(text);
  const cuts = new Set([0, chars.length]);
  for (const s of [...spans, ...marked, ...primary]) { cuts.add(Math.max(0, Math.min(chars.length, s.start))); cuts.add(Math.max(0, Math.min(chars.length, s.end))); }
  chars.forEach((c, i) => { if (c === '\n') { cuts.add(i); cuts.add(i + 1); } });
  const points = [...cuts].sort((x, y) => x - y);
  const body = h('div', { class: 'article-text' });
  let para = h('p', {});
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = chars.slice(from, to).join('');
    if (piece === '\n') { if (para.childNodes.length) body.append(para); para = h('p', {}); continue; }
    const inside = s => s.start <= from && to <= s.end;
    if (primary.some(inside)) para.append(h('mark', { class: 'evidence' }, piece));
    else if (marked.some(inside)) para.append(h('mark', { class: 'evidence-also' }, piece));
    else {
      const fact = spans.find(inside);
      para.append(fact ? h('a', { class: 'span-link', href: `${location.pathname}?${new URLSearchParams({ fact: fact.fact, start: fact.start, end: fact.end })}`, title: `${humanize(fact.kind)} ${fact.fact}` }, piece) : piece);
    }
  }
  if (para.childNodes.length) body.append(para);
  return body;
}

function factSummary(fact) {
  if (!fact) return null;
  if (fact.metric) return h('p', { class: 'fact-summary' }, `${humanize(fact.label || fact.metric)}: `, h('strong', {}, figureValue(fact)),
    ` ${fact.period ? 'in ' + fact.period : fact.target_year ? 'by ' + fact.target_year : ''}`, fact.conflict ? badge('sources differ', 'warn') : null);
  if (fact.type) return h('p', { class: 'fact-summary' }, badge(humanize(fact.type.toLowerCase()), `t-${fact.type.toLowerCase()}`), ' ',
    fact.countries.map(countryName).join(' – '), fact.date ? `, ${fact.date}` : '', fact.location ? `, ${fact.location}` : '');
  if (fact.status) return h('p', { class: 'fact-summary' }, h('strong', {}, fact.title), ' ', badge(humanize(fact.status), `s-${fact.status}`));
  if (fact.offices) return h('p', { class: 'fact-summary' }, h('strong', {}, fact.name), fact.country ? ` (${countryName(fact.country)})` : '');
  if (fact.sector) return h('p', { class: 'fact-summary' }, humanize(fact.sector), ': ', fact.countries.map(countryName).join(' – '));
  return null;
}

export async function documentPage(docId) {
  const params = new URLSearchParams(location.search);
  const factId = params.get('fact') || '';
  const isFact = FACT_ID.test(factId);
  const [doc, fact, sources] = await Promise.all([
    api(`/api/documents/${encodeURIComponent(docId)}`),
    isFact ? api(`/api/facts/${factId}`).catch(() => null) : null,
    isFact ? api(`/api/facts/${factId}/sources`, { limit: 200 }).catch(() => null) : null]);
  document.title = `Accord: ${doc.title || doc.doc}`;
  const marked = doc.spans.filter(s => s.fact === factId);
  const primary = params.has('start') ? [{ start: Number(params.get('start')), end: Number(params.get('end')) }] : marked.slice(0, 1);
  const others = doc.spans.filter(s => s.fact !== factId);
  const url = doc.url && /^https?:\/\//i.test(doc.url) ? doc.url : null;
  const outlets = sources ? [...new Map(sources.items.map(s => [`${outletOf(s)}|${s.document_id}`, s])).values()] : [];
  const page = h('div', { class: 'page' },
    h('div', { class: 'grid article-grid' },
      h('article', { class: 'card article' },
        h('p', { class: 'eyebrow' }, [outletOf({ ...doc, document: doc.doc }), doc.published || 'undated', doc.language].filter(Boolean).join(' · ')),
        h('h1', {}, doc.title || doc.doc),
        url ? h('p', { class: 'small' }, h('a', { href: url, rel: 'noopener noreferrer nofollow' }, 'Original article')) : null,
        doc.duplicate_of ? h('p', { class: 'notice' }, 'A copy of ', h('a', { href: `/document/${doc.duplicate_of}` }, doc.duplicate_of), '; its facts are not counted.') : null,
        articleBody(doc.text, others, marked, primary)),
      h('aside', { class: 'stack sticky' },
        isFact ? card('The fact', factSummary(fact), h('p', { class: 'muted small' }, `Id ${factId}. The highlighted sentence is its evidence in this article.`)) : null,
        isFact ? card('Reported by', outlets.length ? h('ul', { class: 'outlets' }, outlets.map(s =>
          h('li', {}, h('a', { href: evidenceHref(factId, s) }, outletOf(s)), h('span', { class: 'muted' }, ` · ${s.published || 'undated'}`),
            s.document_id === doc.id ? badge('this article', 'soft') : null,
            s.sentence ? h('blockquote', {}, s.sentence) : null))) : empty('No other reports.')) : null,
        card('Facts read from this article', h('p', {}, `${new Set(doc.spans.map(s => s.fact)).size} facts, `,
          `${doc.spans.length} evidence sentences. Underlined sentences open their fact.`)))));
  page.mounted = async () => {
    const first = document.querySelector('mark.evidence');
    if (first) first.scrollIntoView({ block: 'center' });
  };
  return page;
}
