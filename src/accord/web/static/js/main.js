// The dashboard's router: one page per path, each rendered from the JSON API.
import { h, loadNames } from './dom.js';
import { homePage } from './home.js';
import { countryPage } from './country.js';
import { pairPage } from './pair.js';
import { documentPage } from './document.js';
import { searchPage } from './search.js';

const routes = [
  [/^\/$/, () => homePage()],
  [/^\/country\/([^/]+)$/, m => countryPage(decodeURIComponent(m[1]))],
  [/^\/pair\/([^/]+)\/([^/]+)$/, m => pairPage(decodeURIComponent(m[1]), decodeURIComponent(m[2]))],
  [/^\/document\/([^/]+)$/, m => documentPage(decodeURIComponent(m[1]))],
  [/^\/search$/, () => searchPage()],
];

async function start() {
  const main = document.getElementById('main');
  const q = new URLSearchParams(location.search).get('q');
  if (q) document.querySelector('.searchbox input').value = q;
  try {
    await loadNames();
    const route = routes.find(([pattern]) => pattern.test(location.pathname));
    const page = route ? await route[1](location.pathname.match(route[0])) : null;
    main.replaceChildren(page || h('p', { class: 'error' }, 'No such page.'));
    // charts and graphs are drawn once their boxes are in the document and have a size
    if (page && page.mounted) await page.mounted();
  } catch (error) {
    main.replaceChildren(h('div', { class: 'card error' }, h('h2', {}, 'Cannot show this page'),
      h('p', {}, error.message), error.hint ? h('p', { class: 'muted' }, error.hint) : null));
  }
  // tests and load timers wait for this mark
  document.body.dataset.ready = 'true';
}

start();
