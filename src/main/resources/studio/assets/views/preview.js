// A draft as the public site will show it: the service's own HTML of the body, in the
// locale asked for, with the fallback the public would get when a translation is missing.

import { run } from '../api.js';
import { h, replace, serviceHtml } from '../dom.js';
import { parisTime, t } from '../i18n.js';
import { LOCALES } from './common.js';

function chosenLocale() {
  const locale = new URLSearchParams(location.hash.split('?')[1] || '').get('locale');
  return LOCALES.includes(locale) ? locale : 'FR';
}

function frame(path, slug, locale, item, content) {
  const other = locale === 'FR' ? 'EN' : 'FR';
  const base = `#/${path}/${encodeURIComponent(slug)}`;
  return [
    h('div', { class: 'view-heading' },
      h('h1', { tabindex: '-1', class: 'visually-hidden' }, `${t('editor.preview')} · ${item.title}`),
      h('nav', { class: 'actions', 'aria-label': t('preview.locale') },
        LOCALES.map((each) => h('a', { class: `button ${each === locale ? 'primary' : 'secondary'}`, href: `${base}/preview?locale=${each}`,
          'aria-current': each === locale ? 'page' : null, lang: each.toLowerCase() }, t(`locale.${each}`))),
        h('a', { class: 'button secondary', href: base, id: 'back-to-editor' }, t('preview.back')))),
    h('p', { class: `notice preview-${item.publicationStatus.toLowerCase()}`, id: 'preview-banner', role: 'note' },
      t(`preview.banner.${item.publicationStatus}`, { when: parisTime(item.publishedAt) })),
    item.locale !== locale ? h('p', { class: 'notice', id: 'preview-fallback' },
      t('preview.fallback', { locale: t(`locale.${locale}`), fallback: t(`locale.${other}`) })) : null,
    h('article', { class: 'public-page', lang: item.locale.toLowerCase(), id: 'public-page' }, content),
  ];
}

export async function articlePreview(context, slug) {
  const locale = chosenLocale();
  const { article } = await run('StudioPreviewArticle', { slug, locale });
  if (!article) {
    replace(document.getElementById('main'), h('h1', { tabindex: '-1' }, t('error.NOT_FOUND')));
    return;
  }
  const concerns = [...article.centres.map((centre) => centre.name), ...article.pillars.map((pillar) => pillar.title),
    ...article.programmes.map((programme) => programme.acronym)];
  replace(document.getElementById('main'), frame('articles', slug, locale, article, [
    h('p', { class: 'kicker' }, t(`kind.${article.kind}`),
      article.publishedAt ? [' · ', h('time', { datetime: article.publishedAt }, parisTime(article.publishedAt))] : null),
    h('h2', { class: 'public-title' }, article.title),
    article.summary ? h('p', { class: 'public-summary' }, article.summary) : null,
    h('div', { class: 'public-body' }, serviceHtml(article.body)),
    concerns.length ? h('p', { class: 'meta' }, h('span', { lang: document.documentElement.lang }, `${t('preview.concerns')} : `), concerns.join(' · ')) : null,
  ]));
}

export async function programmePreview(context, slug) {
  const locale = chosenLocale();
  const { programme } = await run('StudioPreviewProgramme', { slug, locale });
  if (!programme) {
    replace(document.getElementById('main'), h('h1', { tabindex: '-1' }, t('error.NOT_FOUND')));
    return;
  }
  const centres = programme.allCentres ? [] : [...programme.leadCentres, ...programme.participatingCentres].map((centre) => centre.name);
  replace(document.getElementById('main'), frame('programmes', slug, locale, programme, [
    h('p', { class: 'kicker' }, [programme.acronym, programme.kind, programme.phase, programme.status].filter(Boolean).join(' · ')),
    h('h2', { class: 'public-title' }, programme.title),
    programme.summary ? h('p', { class: 'public-summary' }, programme.summary) : null,
    programme.sponsor ? h('p', {}, programme.sponsor) : null,
    programme.interventions.length ? h('ul', {}, programme.interventions.map((each) => h('li', {}, each))) : null,
    centres.length ? h('p', { class: 'meta' }, centres.join(' · ')) : null,
  ]));
}
