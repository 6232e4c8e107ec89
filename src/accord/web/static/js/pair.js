// A pair: figures by year against targets (each outlet's value where they differ), timeline,
// agreements, sectors and people.
import { ECHARTS, api, badge, card, countryName, empty, evidenceHref, figureValue, h, humanize, loadScript, money, outletOf, table } from './dom.js';
import { agreementsTable, evidenceLink, sourcesLine, timeline } from './facts.js';

const yearOf = text => (text && /^\d{4}/.test(text) ? Number(text.slice(0, 4)) : null);
const metricName = f => f.label ? humanize(f.label) : humanize(f.metric);

function reportedValues(f) {
  const byOutlet = new Map();
  for (const r of f.reported) if (!byOutlet.has(outletOf(r.source))) byOutlet.set(outletOf(r.source), r);
  const values = new Set([...byOutlet.values()].map(r => r.value));
  if (values.size < 2) return sourcesLine(f.id, f.reported.map(r => r.source));
  return h('span', { class: 'sources' }, [...byOutlet].map(([outlet, r]) =>
    h('a', { class: 'chip differ', href: evidenceHref(f.id, r.source), title: r.source.sentence || '' },
      `${outlet}: ${figureValue({ ...f, value: r.value })}`)));
}

function figuresTable(figures, byYear) {
  if (!figures.length) return empty('No figures reported for this pair.');
  return table([
    { title: 'Figure', cell: f => h('span', {}, metricName(f), f.conflict ? badge('sources differ', 'warn') : null) },
    { title: byYear ? 'Period' : 'By year', class: 'nowrap', cell: f => byYear ? (f.period || '—') : (f.target_year || f.period || '—') },
    { title: 'Value', class: 'num', cell: f => evidenceLink(f.id, f.reported.map(r => r.source), figureValue(f)) },
    { title: 'Reported by', cell: f => reportedValues(f) },
  ], figures, f => ({ dataset: { fact: f.id } }));
}

function chartOption(figures, targets) {
  const dated = figures.filter(f => f.unit === 'USD' && yearOf(f.period));
  const aims = targets.filter(f => yearOf(f.target_year || f.period));
  const years = [...dated.map(f => yearOf(f.period)), ...aims.map(f => yearOf(f.target_year || f.period))];
  if (!dated.length && !aims.length) return null;
  const first = Math.min(...years), last = Math.max(...years);
  const axis = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  // a line joins whole years; figures for part of a year (2024-01/2024-08) stand beside it as points
  const series_of = f => f.flow_from && f.flow_to ? `${humanize(f.metric)} (${countryName(f.flow_from)} → ${countryName(f.flow_to)})` : humanize(f.metric);
  const whole = dated.filter(f => /^\d{4}$/.test(f.period));
  const series = [...new Set(whole.map(series_of))].map(name => ({
    name, type: 'line', connectNulls: true, symbolSize: 11, lineStyle: { width: 3 },
    label: { show: true, position: 'top', fontWeight: 600, formatter: p => money(p.value[1]) },
    data: whole.filter(f => series_of(f) === name).sort((a, b) => yearOf(a.period) - yearOf(b.period))
      .map(f => ({ value: [String(yearOf(f.period)), f.value], fact: f })),
  }));
  const partial = dated.filter(f => !/^\d{4}$/.test(f.period));
  if (partial.length) {
    series.push({
      name: 'Part of a year', type: 'scatter', symbol: 'emptyCircle', symbolSize: 10, itemStyle: { color: '#64748b' },
      label: { show: true, position: 'right', color: '#475569', formatter: p => `${money(p.value[1])} (${p.data.fact.period})` },
      data: partial.map(f => ({ value: [String(yearOf(f.period)), f.value], fact: f })),
    });
  }
  const differing = dated.filter(f => new Set(f.reported.map(r => r.value)).size > 1);
  if (differing.length) {
    series.push({
      name: 'Each outlet', type: 'scatter', symbol: 'circle', symbolSize: 9, itemStyle: { color: '#f59e0b' },
      data: differing.flatMap(f => f.reported.map(r => ({ value: [String(yearOf(f.period)), r.value], fact: f, source: r.source, outlet: outletOf(r.source) }))),
    });
  }
  const usdTargets = aims.filter(f => f.unit === 'USD');
  const otherTargets = aims.filter(f => f.unit !== 'USD');
  series.push({
    name: 'Targets', type: 'scatter', symbol: 'diamond', symbolSize: 16, itemStyle: { color: '#dc2626' },
    label: { show: true, position: 'right', color: '#b91c1c', formatter: p => `target ${money(p.value[1])}` },
    data: usdTargets.map(f => ({ value: [String(yearOf(f.target_year || f.period)), f.value], fact: f })),
    markLine: otherTargets.length ? {
      symbol: 'none', lineStyle: { type: 'dashed', color: '#dc2626', width: 2 },
      label: { formatter: p => p.name, position: 'insideEndTop', color: '#b91c1c', fontWeight: 600 },
      data: otherTargets.map(f => ({ name: `Target ${yearOf(f.target_year || f.period)}: ${metricName(f).toLowerCase()} ${figureValue(f)}`, xAxis: String(yearOf(f.target_year || f.period)), fact: f })),
    } : undefined,
  });
  return {
    animation: false,
    color: ['#1d4ed8', '#0d9488', '#7c3aed', '#db2777'],
    textStyle: { fontFamily: 'Inter, system-ui, sans-serif' },
    grid: { left: 70, right: 30, top: 48, bottom: 40 },
    legend: { top: 0, left: 0, icon: 'circle' },
    tooltip: {
      trigger: 'item', formatter: p => {
        const f = p.data && p.data.fact;
        if (!f) return '';
        const value = p.data.outlet ? `${p.data.outlet}: ${figureValue({ ...f, value: p.data.value[1] })}` : figureValue(f);
        return `${metricName(f)}, ${f.period || 'by ' + f.target_year}<br>${value}<br><i>click for the evidence</i>`;
      },
    },
    xAxis: { type: 'category', data: axis, boundaryGap: true },
    yAxis: { type: 'value', axisLabel: { formatter: v => money(v) }, splitLine: { lineStyle: { color: '#e2e8f0' } } },
    series,
  };
}

function drawChart(box, option) {
  const chart = window.echarts.init(box, null, { renderer: 'canvas' });
  chart.setOption(option);
  chart.on('click', p => {
    const f = p.data && p.data.fact;
    const source = (p.data && p.data.source) || (f && f.reported[0] && f.reported[0].source);
    const href = f && evidenceHref(f.id, source);
    if (href) location.href = href;
  });
  new ResizeObserver(() => chart.resize()).observe(box);
}

function sectorsList(sectors) {
  if (!sectors.length) return empty('No cooperation sectors named.');
  return h('ul', { class: 'tags' }, sectors.map(s => {
    const first = s.sources.find(x => x.document_id);
    const text = [humanize(s.sector), h('span', { class: 'count' }, s.documents)];
    return h('li', {}, first ? h('a', { class: 'tag', href: evidenceHref(`sector`, first), title: first.sentence || '' }, text) : h('span', { class: 'tag' }, text));
  }));
}

function peopleTable(people) {
  if (!people.length) return empty('No officials named.');
  return table([
    { title: 'Name', cell: p => evidenceLink(p.id, p.offices.map(o => o.source), p.name) },
    { title: 'Office', cell: p => [...new Set(p.offices.map(o => o.role).filter(Boolean))].join('; ') || '—' },
    { title: 'Country', cell: p => p.country ? countryName(p.country) : '—' },
  ], people);
}

export async function pairPage(a, b) {
  const p = await api(`/api/pairs/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
  const title = p.names.join(' – ');
  document.title = `Accord: ${title}`;
  const option = chartOption(p.figures, p.targets);
  const chartBox = h('div', { id: 'chart', class: 'chart' });
  const countryLinks = p.countries.map((c, i) => h('a', { href: `/country/${encodeURIComponent(c)}` }, p.names[i]));
  const page = h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('p', { class: 'eyebrow' }, p.countries.join(' – ')), h('h1', {}, title),
      h('p', { class: 'lede' }, `${p.events.length} events, ${p.agreements.length} agreements, `,
        `${p.figures.length + p.targets.length} figures. Countries: `, countryLinks[0], ', ', countryLinks[1], '.')),
    h('div', { class: 'grid chart-grid' },
      card('Figures by year', h('p', { class: 'muted small' }, 'Reported values as lines and points, each outlet where they differ, targets in red at their target year. Click a point for its evidence.'),
        option ? chartBox : empty('No figures with a year for this pair.')),
      h('div', { class: 'stack' }, card('Targets and forecasts', figuresTable(p.targets, false)),
        card('Cooperation sectors', sectorsList(p.sectors)))),
    card('Reported figures', figuresTable(p.figures, true)),
    h('div', { class: 'grid two' }, card('Timeline', timeline(p.events)), h('div', { class: 'stack' },
      card('Agreements', agreementsTable(p.agreements)), card('People and offices', peopleTable(p.people)))));
  if (option) page.mounted = async () => { await loadScript(ECHARTS); drawChart(chartBox, option); chartBox.option = option; };
  return page;
}
