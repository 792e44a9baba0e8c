// The studio's shell: configuration, sign-in, navigation and the router. Each view is a
// function of the route that fills <main> and answers a cleanup or nothing.

import * as api from './api.js';
import * as auth from './auth.js';
import { announce, h, replace } from './dom.js';
import { currentLanguage, setLanguage, t } from './i18n.js';
import { dashboard } from './views/dashboard.js';
import { articleList, centreList, pillarList, programmeList } from './views/lists.js';
import { articleEditor, programmeEditor } from './views/editor.js';
import { historyView } from './views/history.js';
import { articlePreview, programmePreview } from './views/preview.js';
import { centreDetail, federationDetail, pillarDetail } from './views/details.js';

const routes = [
  [/^#\/?$/, dashboard],
  [/^#\/articles$/, articleList],
  [/^#\/articles\/new$/, (context) => articleEditor(context, null)],
  [/^#\/articles\/([^/]+)\/preview$/, (context, slug) => articlePreview(context, slug)],
  [/^#\/articles\/([^/]+)\/history$/, (context, slug) => historyView(context, 'article', slug)],
  [/^#\/articles\/([^/]+)$/, (context, slug) => articleEditor(context, slug)],
  [/^#\/programmes$/, programmeList],
  [/^#\/programmes\/new$/, (context) => programmeEditor(context, null)],
  [/^#\/programmes\/([^/]+)\/preview$/, (context, slug) => programmePreview(context, slug)],
  [/^#\/programmes\/([^/]+)\/history$/, (context, slug) => historyView(context, 'programme', slug)],
  [/^#\/programmes\/([^/]+)$/, (context, slug) => programmeEditor(context, slug)],
  [/^#\/centres$/, centreList],
  [/^#\/centres\/([^/]+)\/history$/, (context, slug) => historyView(context, 'centre', slug)],
  [/^#\/centres\/([^/]+)$/, (context, slug) => centreDetail(context, slug)],
  [/^#\/pillars$/, pillarList],
  [/^#\/pillars\/([^/]+)\/history$/, (context, slug) => historyView(context, 'pillar', slug)],
  [/^#\/pillars\/([^/]+)$/, (context, slug) => pillarDetail(context, slug)],
  [/^#\/federation\/history$/, (context) => historyView(context, 'federation', null)],
  [/^#\/federation$/, federationDetail],
];

const NAVIGATION = [
  ['#/', 'nav.dashboard'], ['#/articles', 'nav.articles'], ['#/programmes', 'nav.programmes'],
  ['#/centres', 'nav.centres'], ['#/pillars', 'nav.pillars'], ['#/federation', 'nav.federation'],
];

const main = document.getElementById('main');
let viewer = null;
let cleanup = null;
let leaving = null;
let unsavedWork = null;

/** Unsaved work of an editor whose session expired, kept while it signs in again. */
const KEPT_WORK = 'studio.keptWork';

/** What every view is given. */
const context = {
  get viewer() { return viewer; },
  isAdmin: () => Boolean(viewer?.roles?.includes('ADMIN')),
  /** A view with unsaved work sets a check that asks before the route changes. */
  guardLeaving: (hasUnsavedWork) => { leaving = hasUnsavedWork; },
  navigate: (hash) => { location.hash = hash; },
  /** Shows an API failure the way every view does. */
  failure: (error) => {
    if (error?.code === 'UNAUTHENTICATED' && (error.status === 401 || !auth.token())) {
      auth.forget();
      renderHeader();
      announce(t('auth.expired'), 'error');
      return;
    }
    const known = { FORBIDDEN: 'error.FORBIDDEN', NOT_FOUND: 'error.NOT_FOUND', NETWORK: 'error.network' };
    announce(known[error?.code] ? t(known[error.code]) : t('error.generic', { message: error?.message }), 'error');
  },
  /** A view with unsaved work sets how to keep it across a sign-in (the page is left). */
  keepWork: (work) => { unsavedWork = work; },
  /** The work kept for this route before signing in again, once. */
  takeKeptWork: () => {
    const kept = JSON.parse(sessionStorage.getItem(KEPT_WORK) || 'null');
    if (!kept || kept.hash !== location.hash) {
      return null;
    }
    sessionStorage.removeItem(KEPT_WORK);
    return kept.work;
  },
  signIn: () => {
    if (unsavedWork && leaving && leaving()) {
      sessionStorage.setItem(KEPT_WORK, JSON.stringify({ hash: location.hash, work: unsavedWork() }));
    }
    auth.signIn(location.hash || '#/', currentLanguage());
  },
};

function renderHeader() {
  const header = document.getElementById('header');
  const current = (location.hash || '#/').split('?')[0];
  const section = NAVIGATION.slice(1).find(([hash]) => current.startsWith(hash))?.[0] || (current === '#/' || current === '#' ? '#/' : null);
  replace(header,
    h('div', { class: 'brand' }, h('a', { href: '#/', class: 'brand-link' }, t('app.title'))),
    auth.token() ? h('nav', { 'aria-label': t('nav.label'), class: 'sections' },
      h('ul', {}, NAVIGATION.map(([hash, key]) => h('li', {},
        h('a', { href: hash, 'aria-current': hash === section ? 'page' : null }, t(key)))))) : null,
    h('div', { class: 'account' },
      h('button', {
        type: 'button', class: 'link-button', lang: currentLanguage() === 'fr' ? 'en' : 'fr',
        'aria-label': t('app.language.label'), id: 'language-switch',
        onClick: () => { setLanguage(currentLanguage() === 'fr' ? 'en' : 'fr'); render(); },
      }, t('app.language')),
      !auth.token() && window.studioConfig?.signIn && main.querySelector('form.editor') ? h('button', {
        type: 'button', class: 'secondary', id: 'sign-in-again', onClick: () => context.signIn(),
      }, t('auth.signIn')) : null,
      auth.token() && viewer ? [
        h('span', { class: 'who', id: 'signed-in-as' }, t('auth.signedInAs', { name: viewer.name }),
          ' · ', viewer.roles.map((role) => t(`role.${role}`)).join(', ')),
        h('button', { type: 'button', class: 'secondary', id: 'sign-out', onClick: () => auth.signOut() }, t('auth.signOut')),
      ] : null));
}

function signInPage(config) {
  replace(main,
    h('div', { class: 'welcome' },
      h('h1', { tabindex: '-1' }, t('app.title')),
      h('p', {}, t('auth.welcome')),
      config.signIn
        ? h('button', { type: 'button', class: 'primary', id: 'sign-in', onClick: () => context.signIn() }, t('auth.signIn'))
        : h('p', { class: 'notice', role: 'alert' }, t('auth.notConfigured'))));
}

async function render() {
  document.title = t('app.title');
  document.getElementById('skip-link').textContent = t('app.skip');
  renderHeader();
  if (typeof cleanup === 'function') {
    cleanup();
  }
  cleanup = null;
  leaving = null;
  unsavedWork = null;
  if (!auth.token()) {
    signInPage(window.studioConfig);
    return;
  }
  const hash = (location.hash || '#/').split('?')[0];
  const found = routes.map(([pattern, view]) => [hash.match(pattern), view]).find(([match]) => match);
  replace(main, h('p', { class: 'loading' }, t('app.loading')));
  try {
    cleanup = found
      ? await found[1](context, ...found[0].slice(1).map(decodeURIComponent))
      : replace(main, h('h1', { tabindex: '-1' }, t('error.NOT_FOUND')));
  }
  catch (error) {
    replace(main, h('h1', { tabindex: '-1' }, t('app.title')));
    context.failure(error);
  }
  main.querySelector('h1')?.focus({ preventScroll: false });
}

/** The skip link moves the focus without touching the address, which holds the route. */
document.getElementById('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

async function start() {
  const [config, documents] = await Promise.all([
    fetch('/studio/config.json').then((response) => response.json()),
    fetch('/studio/operations.json').then((response) => response.json()),
  ]);
  window.studioConfig = config;
  setLanguage(currentLanguage());
  auth.configure(config);
  api.configure(config, documents);
  try {
    const returnTo = await auth.completeSignIn();
    if (returnTo) {
      viewer = (await api.run('StudioViewer')).viewer;
    }
  }
  catch (error) {
    announce(t('auth.failed', { reason: error.message }), 'error');
  }
  let current = location.hash;
  window.addEventListener('hashchange', (event) => {
    if (leaving && leaving() && !window.confirm(t('editor.leave'))) {
      history.replaceState(null, '', current);
      return;
    }
    current = location.hash;
    announce('');
    render();
  });
  window.addEventListener('beforeunload', (event) => {
    if (leaving && leaving()) {
      event.preventDefault();
    }
  });
  render();
}

start();
