// The first page after signing in: what changed lately, what is being written, what is due.

import { run } from '../api.js';
import { h, replace } from '../dom.js';
import { parisTime, t } from '../i18n.js';
import { heading, itemHash, statusBadge } from './common.js';

export async function dashboard(context) {
  const data = await run('StudioDashboard');
  const main = document.getElementById('main');
  const drafts = [
    ...data.draftArticles.edges.map(({ node }) => ({ type: 'ARTICLE', ...node })),
    ...data.draftProgrammes.edges.map(({ node }) => ({ type: 'RESEARCH_PROGRAMME', ...node })),
  ];
  const scheduled = [
    ...data.scheduledArticles.edges.map(({ node }) => ({ type: 'ARTICLE', ...node })),
    ...data.scheduledProgrammes.edges.map(({ node }) => ({ type: 'RESEARCH_PROGRAMME', ...node })),
  ].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  replace(main,
    heading(t('dashboard.title'),
      h('a', { class: 'button primary', href: '#/articles/new' }, t('dashboard.newArticle')),
      h('a', { class: 'button secondary', href: '#/programmes/new' }, t('dashboard.newProgramme'))),
    h('div', { class: 'dashboard' },
      panel('recent', t('dashboard.recent'), data.recentChanges.map((change) => h('li', {},
        h('a', { href: itemHash(change.type, change.slug) }, change.title || change.slug),
        h('span', { class: 'meta' }, ' · ', t(`type.${change.type}`), ' · ', t(`change.${change.change}`), ' · ',
          change.savedBy.name, ' · ', h('time', { datetime: change.savedAt }, parisTime(change.savedAt)))))),
      panel('drafts', `${t('dashboard.drafts')} (${data.draftArticles.totalCount + data.draftProgrammes.totalCount})`,
        drafts.map((item) => h('li', {},
          h('a', { href: itemHash(item.type, item.slug) }, label(item)), ' ', statusBadge(item.publicationStatus),
          h('span', { class: 'meta' }, ' · ', t(`type.${item.type}`),
            item.audit?.updatedBy ? [' · ', item.audit.updatedBy.name, ' · ', parisTime(item.audit.updatedAt)] : null)))),
      panel('scheduled', `${t('dashboard.scheduled')} (${data.scheduledArticles.totalCount + data.scheduledProgrammes.totalCount})`,
        scheduled.map((item) => h('li', {},
          h('a', { href: itemHash(item.type, item.slug) }, label(item)),
          h('span', { class: 'meta' }, ' · ', h('time', { datetime: item.publishedAt }, parisTime(item.publishedAt)),
            ' ', t('time.paris'), item.audit?.publishedBy ? [' · ', item.audit.publishedBy.name] : null))))));
}

function label(item) {
  return item.acronym ? `${item.acronym} · ${item.title}` : item.title;
}

function panel(id, title, items) {
  const headingId = `dashboard-${id}`;
  return h('section', { class: 'panel', 'aria-labelledby': headingId, id: `panel-${id}` },
    h('h2', { id: headingId }, title),
    items.length ? h('ul', { class: 'plain' }, items) : h('p', { class: 'meta' }, t('dashboard.none')));
}
