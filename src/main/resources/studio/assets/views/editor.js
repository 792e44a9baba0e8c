// Editing an article or a research programme: the fields shared by every language, the
// links, and the text in French and English side by side. One save sends the whole form
// as one change on the version it was based on; a colleague's save in between is a
// conflict the editor resolves, never an overwrite.

import { ApiError, run } from '../api.js';
import { announce, h, replace, serviceHtml, uniqueId } from '../dom.js';
import { parisTime, parisToUtc, t, utcToParis } from '../i18n.js';
import { heading, linkOptions, LOCALES, statusBadge } from './common.js';

const ARTICLE_KINDS = ['PRESS_RELEASE', 'NEWS', 'PAGE', 'RECOMMENDATION'];
const PREVIEW_DELAY = 300;

const list = (text, separator) => text.split(separator).map((value) => value.trim()).filter(Boolean);

/** What differs between the kinds of content the studio edits. */
const ARTICLE = {
  type: 'ARTICLE', path: 'articles', newTitle: 'editor.newArticle', payload: 'article',
  operations: {
    load: 'StudioArticle', create: 'StudioCreateArticle', save: 'StudioSaveArticle', createField: 'createArticle',
    saveField: 'saveArticle', publish: 'StudioPublishArticle', unpublish: 'StudioUnpublishArticle', remove: 'StudioDeleteArticle',
  },
  common: [
    { name: 'slug', label: 'editor.slug', hint: 'editor.slugHint', required: true },
    { name: 'kind', label: 'editor.kind', options: ARTICLE_KINDS.map((kind) => [kind, `kind.${kind}`]), required: true },
    { name: 'topics', label: 'editor.topics', hint: 'editor.topicsHint', list: ',' },
  ],
  links: [
    { name: 'centres', label: 'editor.centres', options: 'centres' },
    { name: 'pillars', label: 'editor.pillars', options: 'pillars' },
    { name: 'programmes', label: 'editor.programmes', options: 'programmes' },
  ],
  text: [
    { name: 'title', label: 'editor.title', required: true },
    { name: 'summary', label: 'editor.summary', multiline: 3 },
    { name: 'body', label: 'editor.body', markdown: true },
  ],
  empty: () => ({ slug: '', kind: 'NEWS', topics: [], centres: [], pillars: [], programmes: [], text: { FR: null, EN: null } }),
  fromData: (data) => shared(data, (item) => ({
    slug: item.slug, kind: item.kind, topics: item.topics,
    centres: item.centres.map((link) => link.slug), pillars: item.pillars.map((link) => link.slug),
    programmes: item.programmes.map((link) => link.slug),
  }), (item) => ({ title: item.title, summary: item.summary || '', body: item.body || '' })),
  input: (model) => ({
    slug: model.slug, kind: model.kind, topics: model.topics,
    translations: translations(model, (text) => ({ title: text.title, summary: text.summary || null, body: text.body || null })),
    centres: model.centres, pillars: model.pillars, programmes: model.programmes,
  }),
  title: (model) => model.text.FR?.title || model.text.EN?.title || model.slug,
};

const PROGRAMME = {
  type: 'RESEARCH_PROGRAMME', path: 'programmes', newTitle: 'editor.newProgramme', payload: 'researchProgramme',
  operations: {
    load: 'StudioProgramme', create: 'StudioCreateProgramme', save: 'StudioSaveProgramme', createField: 'createResearchProgramme',
    saveField: 'saveResearchProgramme', publish: 'StudioPublishProgramme', unpublish: 'StudioUnpublishProgramme', remove: 'StudioDeleteProgramme',
  },
  common: [
    { name: 'slug', label: 'editor.slug', hint: 'editor.slugHint', required: true },
    { name: 'acronym', label: 'editor.acronym', required: true },
    { name: 'phase', label: 'editor.phase' },
    { name: 'sponsor', label: 'editor.sponsor' },
    { name: 'status', label: 'editor.researchStatus' },
    { name: 'interventions', label: 'editor.interventions', hint: 'editor.interventionsHint', list: '\n', multiline: 3 },
    { name: 'topics', label: 'editor.topics', hint: 'editor.topicsHint', list: ',' },
    { name: 'moreInfoUrl', label: 'editor.moreInfoUrl', type: 'url' },
    { name: 'allCentres', label: 'editor.allCentres', checkbox: true },
  ],
  links: [
    { name: 'leadCentres', label: 'editor.leadCentres', options: 'centres' },
    { name: 'participatingCentres', label: 'editor.participatingCentres', options: 'centres' },
  ],
  text: [
    { name: 'title', label: 'editor.title', required: true },
    { name: 'kind', label: 'editor.programmeKind' },
    { name: 'summary', label: 'editor.summary', multiline: 5 },
  ],
  empty: () => ({
    slug: '', acronym: '', phase: '', sponsor: '', status: '', interventions: [], topics: [], moreInfoUrl: '',
    allCentres: false, leadCentres: [], participatingCentres: [], text: { FR: null, EN: null },
  }),
  fromData: (data) => shared(data, (item) => ({
    slug: item.slug, acronym: item.acronym, phase: item.phase || '', sponsor: item.sponsor || '', status: item.status || '',
    interventions: item.interventions, topics: item.topics, moreInfoUrl: item.moreInfoUrl || '', allCentres: item.allCentres,
    leadCentres: item.leadCentres.map((link) => link.slug), participatingCentres: item.participatingCentres.map((link) => link.slug),
  }), (item) => ({ title: item.title, kind: item.kind || '', summary: item.summary || '' })),
  input: (model) => ({
    slug: model.slug, acronym: model.acronym, phase: model.phase || null, sponsor: model.sponsor || null,
    status: model.status || null, interventions: model.interventions, topics: model.topics,
    moreInfoUrl: model.moreInfoUrl || null, allCentres: model.allCentres,
    translations: translations(model, (text) => ({ title: text.title, kind: text.kind || null, summary: text.summary || null })),
    leadCentres: model.leadCentres, participatingCentres: model.participatingCentres,
  }),
  title: (model) => (model.acronym ? `${model.acronym} · ` : '') + (model.text.FR?.title || model.text.EN?.title || model.slug),
};

/** The model of an item from its two locale readings (fr, en), each as written or fallen back. */
function shared(data, fields, text) {
  const item = data.fr || data.en;
  if (!item) {
    return null;
  }
  const written = (reading, locale) => (reading && reading.locale === locale ? text(reading) : null);
  return {
    id: item.id, version: item.version, publicationStatus: item.publicationStatus, publishedAt: item.publishedAt,
    audit: item.audit, ...fields(item), text: { FR: written(data.fr, 'FR'), EN: written(data.en, 'EN') },
  };
}

function translations(model, text) {
  return LOCALES.filter((locale) => model.text[locale]).map((locale) => ({ locale, ...text(model.text[locale]) }));
}

export const articleEditor = (context, slug) => edit(context, ARTICLE, slug);
export const programmeEditor = (context, slug) => edit(context, PROGRAMME, slug);

async function edit(context, kind, slug) {
  const [data, options] = await Promise.all([
    slug ? run(kind.operations.load, { slug }) : null,
    linkOptions(),
  ]);
  const model = slug ? kind.fromData(data) : kind.empty();
  if (!model) {
    replace(document.getElementById('main'), h('h1', { tabindex: '-1' }, t('error.NOT_FOUND')));
    return null;
  }
  return new EditorView(context, kind, model, options).render();
}

class EditorView {
  constructor(context, kind, model, options) {
    this.context = context;
    this.kind = kind;
    this.base = model;
    this.options = options;
    this.inputs = new Map();
    this.previews = new Map();
  }

  render() {
    const main = document.getElementById('main');
    const model = this.base;
    const isNew = !model.id;
    this.form = h('form', { class: 'editor', id: 'editor', novalidate: true, onSubmit: (event) => { event.preventDefault(); this.save(); } });
    replace(this.form,
      h('div', { id: 'error-summary', class: 'error-summary', tabindex: '-1', hidden: true }),
      h('fieldset', { class: 'common' }, h('legend', {}, t('editor.common')),
        h('div', { class: 'common-fields' }, this.kind.common.map((field) => this.field(field, field.name, model[field.name])))),
      h('fieldset', { class: 'links' }, h('legend', {}, t('editor.links')),
        h('div', { class: 'link-lists' }, this.kind.links.map((link) => this.links(link, model[link.name])))),
      h('div', { class: 'translations' }, LOCALES.map((locale) => this.translation(locale, model.text[locale]))),
      h('div', { class: 'save-bar' },
        h('button', { type: 'submit', class: 'primary', id: 'save', 'aria-keyshortcuts': 'Control+S' }, t('editor.save')),
        h('span', { class: 'meta', id: 'dirty', 'aria-live': 'polite' })));
    replace(main,
      heading(isNew ? t(this.kind.newTitle) : this.kind.title(model), ...(isNew ? [] : this.actions(model))),
      isNew ? null : this.state(model),
      this.form,
      this.dialogs());
    this.form.addEventListener('input', () => this.showDirty());
    this.form.addEventListener('change', () => this.showDirty());
    this.keys = (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        this.save();
      }
    };
    document.addEventListener('keydown', this.keys);
    this.context.guardLeaving(() => this.isDirty());
    this.context.keepWork(() => this.read());
    const kept = this.context.takeKeptWork();
    if (kept) {
      this.fill(kept);
      announce(t('editor.restoredWork'));
    }
    this.inputs.forEach((input, name) => { if (name.endsWith('.body')) this.preview(name); });
    return () => document.removeEventListener('keydown', this.keys);
  }

  actions(model) {
    const base = `#/${this.kind.path}/${encodeURIComponent(model.slug)}`;
    const admin = this.context.isAdmin();
    const published = model.publicationStatus === 'PUBLISHED' || model.publicationStatus === 'SCHEDULED';
    return [
      h('a', { class: 'button secondary', href: `${base}/preview`, id: 'open-preview' }, t('editor.preview')),
      h('a', { class: 'button secondary', href: `${base}/history`, id: 'open-history' }, t('editor.history')),
      h('button', { type: 'button', class: 'primary', id: 'publish', onClick: () => this.openPublish() }, t('editor.publish')),
      published ? h('button', { type: 'button', class: 'secondary', id: 'unpublish', onClick: () => this.unpublish() }, t('editor.unpublish')) : null,
      h('button', {
        type: 'button', class: 'danger', id: 'delete', disabled: !admin,
        'aria-describedby': admin ? null : 'delete-needs-admin', onClick: () => this.dialog('delete-dialog').showModal(),
      }, t('editor.delete')),
      admin ? null : h('span', { id: 'delete-needs-admin', class: 'meta' }, t('editor.deleteNeedsAdmin')),
    ];
  }

  state(model) {
    return h('p', { class: 'item-state', id: 'item-state' }, statusBadge(model.publicationStatus), ' ',
      model.publicationStatus === 'SCHEDULED' ? [t('publish.scheduled', { when: parisTime(model.publishedAt) }), ' · '] : null,
      t('editor.version', { version: model.version }),
      model.audit?.updatedBy ? [' · ', t('editor.lastSaved', { name: model.audit.updatedBy.name, when: parisTime(model.audit.updatedAt) })] : null);
  }

  /** One labelled input, its hint and its error, bound to a name of the model. */
  field(field, name, value, extra = {}) {
    const id = uniqueId(name.replace(/\W/g, '-'));
    const hintId = field.hint ? `${id}-hint` : null;
    const errorId = `${id}-error`;
    const common = { id, name, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' '), required: field.required, ...extra };
    let input;
    if (field.options) {
      input = h('select', common, field.options.map(([option, key]) => h('option', { value: option, selected: option === value }, t(key))));
    }
    else if (field.checkbox) {
      input = h('input', { ...common, type: 'checkbox', checked: Boolean(value) });
    }
    else if (field.multiline || field.markdown) {
      input = h('textarea', { ...common, rows: field.markdown ? 9 : field.multiline, value: field.list ? (value || []).join(field.list) : (value || '') });
    }
    else {
      input = h('input', { ...common, type: field.type || 'text', value: field.list ? (value || []).join(`${field.list} `) : (value || '') });
    }
    input.dataset.field = name;
    this.inputs.set(name, input);
    const label = h('label', { for: id }, t(field.label), field.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null);
    return h('div', { class: `field${field.checkbox ? ' checkbox' : ''}${field.markdown ? ' markdown' : ''}`, dataset: { for: name } },
      field.checkbox ? [input, label] : [label, input],
      hintId ? h('p', { class: 'hint', id: hintId }, t(field.hint)) : null,
      h('p', { class: 'field-error', id: errorId, hidden: true }));
  }

  links(link, selected) {
    const filterId = uniqueId('filter');
    const legendId = uniqueId('legend');
    const boxes = this.options[link.options].map(([slug, label]) => {
      const id = uniqueId(`${link.name}-${slug}`);
      return h('li', { dataset: { label: label.toLowerCase() } },
        h('input', { type: 'checkbox', id, value: slug, checked: selected.includes(slug), dataset: { link: link.name } }),
        h('label', { for: id }, label));
    });
    const listElement = h('ul', { class: 'options', dataset: { field: link.name } }, boxes);
    this.inputs.set(link.name, listElement);
    const filter = h('input', {
      type: 'search', id: filterId, 'aria-label': t('editor.filterOptions', { label: t(link.label) }),
      placeholder: '…', onInput: (event) => {
        const words = event.target.value.toLowerCase();
        boxes.forEach((box) => { box.hidden = !box.dataset.label.includes(words); });
      },
    });
    return h('fieldset', { class: 'link-list', 'aria-labelledby': legendId, dataset: { for: link.name } },
      h('legend', { id: legendId }, t(link.label)), filter, listElement,
      h('p', { class: 'field-error', id: `${link.name}-error`, hidden: true }));
  }

  translation(locale, text) {
    const other = locale === 'FR' ? 'EN' : 'FR';
    const headingId = `text-${locale}`;
    const badge = h('span', { class: `badge ${text ? 'locale-present' : 'locale-missing'}`, id: `badge-${locale}` },
      t(text ? 'locale.present' : 'locale.missing'));
    return h('section', { class: `translation${text ? '' : ' missing'}`, 'aria-labelledby': headingId, lang: locale.toLowerCase(), dataset: { locale } },
      h('h2', { id: headingId, lang: document.documentElement.lang }, t(`locale.${locale}`), ' ', badge),
      text ? null : h('p', { class: 'hint', lang: document.documentElement.lang, id: `missing-${locale}` },
        t('locale.missingHint', { locale: t(`locale.${locale}`), fallback: t(`locale.${other}`) })),
      this.kind.text.map((field) => {
        const name = `text.${locale}.${field.name}`;
        const element = this.field(field, name, text?.[field.name], { required: field.required && Boolean(text) });
        element.querySelector('label').setAttribute('lang', document.documentElement.lang);
        if (!field.markdown) {
          return element;
        }
        const preview = h('div', { class: 'rendered', id: `preview-${locale}`, 'aria-live': 'polite' });
        this.previews.set(name, { preview, problems: h('ul', { class: 'problems', id: `problems-${locale}`, hidden: true }), sequence: 0 });
        const input = this.inputs.get(name);
        let timer = null;
        input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => this.preview(name), PREVIEW_DELAY); });
        return [element, h('div', { class: 'markdown-preview' },
          h('h3', { lang: document.documentElement.lang }, t('editor.bodyPreview')), preview, this.previews.get(name).problems)];
      }));
  }

  /** Renders the body with the service's own renderer: exactly what readers will get. */
  async preview(name) {
    const target = this.previews.get(name);
    const markdown = this.inputs.get(name).value;
    const sequence = ++target.sequence;
    if (!markdown.trim()) {
      replace(target.preview, h('p', { class: 'meta', lang: document.documentElement.lang }, t('editor.previewEmpty')));
      target.problems.hidden = true;
      return;
    }
    try {
      const { markdownPreview } = await run('StudioMarkdownPreview', { markdown });
      if (sequence !== target.sequence) {
        return;
      }
      replace(target.preview, serviceHtml(markdownPreview.html));
      target.problems.hidden = markdownPreview.problems.length === 0;
      replace(target.problems, markdownPreview.problems.length
        ? [h('li', { class: 'problems-title', lang: document.documentElement.lang }, t('editor.problems')),
          markdownPreview.problems.map((problem) => h('li', {}, problem))] : []);
    }
    catch (error) {
      this.context.failure(error);
    }
  }

  /** The form as a model, with the base's id, version and state. */
  read() {
    const model = { ...this.base, text: {} };
    for (const field of this.kind.common) {
      const input = this.inputs.get(field.name);
      model[field.name] = field.checkbox ? input.checked : field.list ? list(input.value, field.list) : input.value.trim();
    }
    for (const link of this.kind.links) {
      model[link.name] = [...this.inputs.get(link.name).querySelectorAll('input:checked')].map((box) => box.value);
    }
    for (const locale of LOCALES) {
      const text = Object.fromEntries(this.kind.text.map((field) => [field.name, this.inputs.get(`text.${locale}.${field.name}`).value]));
      model.text[locale] = Object.values(text).some((value) => value.trim()) ? text : null;
    }
    return model;
  }

  fill(model) {
    for (const field of this.kind.common) {
      const input = this.inputs.get(field.name);
      if (field.checkbox) input.checked = Boolean(model[field.name]);
      else input.value = field.list ? (model[field.name] || []).join(field.list === ',' ? ', ' : field.list) : (model[field.name] || '');
    }
    for (const link of this.kind.links) {
      this.inputs.get(link.name).querySelectorAll('input').forEach((box) => { box.checked = model[link.name].includes(box.value); });
    }
    for (const locale of LOCALES) {
      for (const field of this.kind.text) {
        this.inputs.get(`text.${locale}.${field.name}`).value = model.text[locale]?.[field.name] || '';
      }
    }
    this.previews.forEach((target, name) => this.preview(name));
    this.showDirty();
  }

  isDirty() {
    return JSON.stringify(comparable(this.read())) !== JSON.stringify(comparable(this.base));
  }

  showDirty() {
    const dirty = this.isDirty();
    document.getElementById('dirty').textContent = dirty ? t('editor.unsaved') : '';
    for (const locale of LOCALES) {
      const had = Boolean(this.base.text[locale]);
      const has = Boolean(this.read().text[locale]);
      const badge = document.getElementById(`badge-${locale}`);
      badge.className = `badge ${has ? 'locale-present' : 'locale-missing'}`;
      badge.textContent = t(has ? 'locale.present' : 'locale.missing');
      const section = this.form.querySelector(`section[data-locale="${locale}"]`);
      section.classList.toggle('missing', !has);
      const missingHint = document.getElementById(`missing-${locale}`);
      if (missingHint) {
        missingHint.hidden = has;
      }
      let note = document.getElementById(`removing-${locale}`);
      if (had && !has && !note) {
        note = h('p', { class: 'notice', id: `removing-${locale}`, lang: document.documentElement.lang },
          t('locale.removing', { locale: t(`locale.${locale}`) }));
        section.querySelector('h2').after(note);
      }
      else if (note && (has || !had)) {
        note.remove();
      }
    }
  }

  async save(model = this.read()) {
    this.clearErrors();
    const isNew = !this.base.id;
    if (!isNew && !this.isDirtyAgainst(model)) {
      announce(t('editor.unchanged'));
      return;
    }
    const input = this.kind.input(model);
    this.sentLocales = input.translations.map((translation) => translation.locale);
    const button = document.getElementById('save');
    button.disabled = true;
    announce(t('editor.saving'));
    try {
      if (isNew) {
        const answer = await run(this.kind.operations.create, { input });
        const saved = answer[this.kind.operations.createField][this.kind.payload];
        this.base = model;
        announce(t('editor.created'), 'success');
        this.context.navigate(`#/${this.kind.path}/${encodeURIComponent(saved.slug)}`);
        return;
      }
      const answer = await run(this.kind.operations.save, { input: { id: this.base.id, expectedVersion: this.base.version, ...input } });
      const saved = answer[this.kind.operations.saveField][this.kind.payload];
      await this.reload(saved.slug);
      announce(t('editor.saved', { version: saved.version }), 'success');
    }
    catch (error) {
      this.refused(error, model);
    }
    finally {
      const current = document.getElementById('save');
      if (current) current.disabled = false;
    }
  }

  isDirtyAgainst(model) {
    return JSON.stringify(comparable(model)) !== JSON.stringify(comparable(this.base));
  }

  async reload(slug) {
    const data = await run(this.kind.operations.load, { slug });
    const saved = this.kind.fromData(data);
    this.context.guardLeaving(null);
    if (slug !== this.base.slug) {
      history.replaceState(null, '', `#/${this.kind.path}/${encodeURIComponent(slug)}`);
    }
    this.base = saved;
    this.inputs.clear();
    this.previews.clear();
    document.removeEventListener('keydown', this.keys);
    this.render();
  }

  refused(error, model) {
    if (!(error instanceof ApiError)) {
      this.context.failure(error);
      return;
    }
    if (error.code === 'BAD_USER_INPUT' && error.violations.length) {
      this.showErrors(error.violations);
      return;
    }
    if (error.code === 'VERSION_CONFLICT') {
      this.conflict(model);
      return;
    }
    this.context.failure(error);
  }

  /** The input field a violation names, such as input.translations[1].title. */
  fieldOf(violation) {
    let name = violation.field.replace(/^input\./, '');
    name = name.replace(/^translations\[(\d+)\]\.?/, (match, index) => {
      const locale = this.sentLocales?.[Number(index)];
      return locale ? `text.${locale}.` : 'translations.';
    }).replace(/\.$/, '');
    name = name.replace(/\[\d+\]$/, '');
    return this.inputs.has(name) ? name : null;
  }

  showErrors(violations) {
    const summary = document.getElementById('error-summary');
    const items = violations.map((violation) => {
      const name = this.fieldOf(violation);
      const input = name && this.inputs.get(name);
      const label = input ? this.labelOf(name) : violation.field;
      if (input) {
        const container = this.form.querySelector(`[data-for="${CSS.escape(name)}"]`);
        const error = container.querySelector('.field-error');
        error.hidden = false;
        error.textContent = [error.textContent, violation.message].filter(Boolean).join(' · ');
        if (!input.matches('ul')) {
          input.setAttribute('aria-invalid', 'true');
        }
        container.classList.add('invalid');
      }
      return h('li', {}, input
        ? h('a', { href: `#${input.id || ''}`, onClick: (event) => { event.preventDefault(); (input.matches('ul') ? input.querySelector('input') : input).focus(); } },
          `${label} : ${violation.message}`)
        : `${label} : ${violation.message}`);
    });
    replace(summary, h('h2', {}, t('editor.errors')), h('ul', {}, items));
    summary.hidden = false;
    summary.setAttribute('role', 'alert');
    summary.focus();
  }

  clearErrors() {
    const summary = document.getElementById('error-summary');
    if (summary) {
      summary.hidden = true;
      summary.replaceChildren();
    }
    this.form.querySelectorAll('.field-error').forEach((error) => { error.hidden = true; error.textContent = ''; });
    this.form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
    this.form.querySelectorAll('.invalid').forEach((container) => container.classList.remove('invalid'));
  }

  labelOf(name) {
    const match = name.match(/^text\.(FR|EN)\.(\w+)$/);
    if (match) {
      const field = this.kind.text.find((each) => each.name === match[2]);
      return `${t(field.label)} (${t(`locale.${match[1]}`)})`;
    }
    const field = [...this.kind.common, ...this.kind.links].find((each) => each.name === name);
    return field ? t(field.label) : name;
  }

  /** A colleague saved first: show both sides, then reload theirs or re-apply mine on it. */
  async conflict(mine) {
    const theirs = this.kind.fromData(await run(this.kind.operations.load, { slug: this.base.slug }));
    const before = flat(this.base);
    const after = flat(theirs);
    const wanted = flat(mine);
    const names = Object.keys({ ...before, ...after, ...wanted })
      .filter((name) => after[name] !== before[name] || wanted[name] !== before[name]);
    const dialog = this.dialog('conflict-dialog');
    replace(dialog.querySelector('.conflict-text'), t('conflict.text', {
      name: theirs.audit?.updatedBy?.name || '?', version: theirs.version,
      when: parisTime(theirs.audit?.updatedAt), base: this.base.version,
    }));
    replace(dialog.querySelector('.conflict-fields'), h('table', { id: 'conflict-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('col.field')), h('th', { scope: 'col' }, t('conflict.theirs')),
        h('th', { scope: 'col' }, t('conflict.mine')))),
      h('tbody', {}, names.map((name) => {
        const both = after[name] !== before[name] && wanted[name] !== before[name];
        return h('tr', { class: both ? 'both' : null },
          h('th', { scope: 'row' }, this.labelOf(name), both ? h('span', { class: 'badge warning' }, t('conflict.both')) : null),
          h('td', { class: after[name] !== before[name] ? 'changed' : null }, after[name] ?? '—'),
          h('td', { class: wanted[name] !== before[name] ? 'changed' : null }, wanted[name] ?? '—'));
      }))));
    dialog.querySelector('#conflict-reload').onclick = () => {
      dialog.close();
      this.base = theirs;
      this.fill(theirs);
      this.reload(theirs.slug);
    };
    dialog.querySelector('#conflict-reapply').onclick = () => {
      dialog.close();
      const merged = unflat(this.kind, theirs, Object.fromEntries(Object.entries(wanted).filter(([name, value]) => value !== before[name])), mine);
      this.base = theirs;
      this.fill(merged);
      announce(t('conflict.reapplied', { version: theirs.version }));
      this.save(merged);
    };
    dialog.showModal();
  }

  dialog(id) {
    return document.getElementById(id);
  }

  dialogs() {
    const nowId = uniqueId('publish-now');
    const atId = uniqueId('publish-at');
    const dateId = uniqueId('publish-date');
    const timeId = uniqueId('publish-time');
    const model = this.base;
    const planned = model.publishedAt && new Date(model.publishedAt) > new Date() ? utcToParis(model.publishedAt) : null;
    return [
      h('dialog', { id: 'publish-dialog', 'aria-labelledby': 'publish-title' },
        h('form', { method: 'dialog', onSubmit: (event) => { event.preventDefault(); this.publish(event.target); } },
          h('h2', { id: 'publish-title' }, t('publish.title')),
          h('div', { class: 'field checkbox' }, h('input', { type: 'radio', name: 'when', id: nowId, value: 'now', checked: !planned }),
            h('label', { for: nowId }, t('publish.now'))),
          h('div', { class: 'field checkbox' }, h('input', { type: 'radio', name: 'when', id: atId, value: 'at', checked: Boolean(planned) }),
            h('label', { for: atId }, t('publish.at'))),
          h('div', { class: 'when-fields' },
            h('div', { class: 'field' }, h('label', { for: dateId }, t('publish.date')), h('input', { type: 'date', id: dateId, name: 'date', value: planned?.date || '' })),
            h('div', { class: 'field' }, h('label', { for: timeId }, t('publish.time')), h('input', { type: 'time', id: timeId, name: 'time', value: planned?.time || '09:00' }))),
          h('div', { class: 'actions' },
            h('button', { type: 'submit', class: 'primary', id: 'publish-confirm' }, t('publish.confirm')),
            h('button', { type: 'button', class: 'secondary', onClick: (event) => event.target.closest('dialog').close() }, t('publish.cancel'))))),
      h('dialog', { id: 'delete-dialog', 'aria-labelledby': 'delete-title' },
        h('form', { method: 'dialog', onSubmit: (event) => { event.preventDefault(); this.remove(event.target); } },
          h('h2', { id: 'delete-title' }, t('delete.title', { title: this.kind.title(model) })),
          h('p', {}, t('delete.text')),
          this.kind.type === 'RESEARCH_PROGRAMME' ? h('div', { class: 'field checkbox' },
            h('input', { type: 'checkbox', id: 'delete-unlink', name: 'unlink' }), h('label', { for: 'delete-unlink' }, t('delete.unlink'))) : null,
          h('div', { class: 'actions' },
            h('button', { type: 'submit', class: 'danger', id: 'delete-confirm' }, t('delete.confirm')),
            h('button', { type: 'button', class: 'secondary', onClick: (event) => event.target.closest('dialog').close() }, t('publish.cancel'))))),
      h('dialog', { id: 'conflict-dialog', 'aria-labelledby': 'conflict-title' },
        h('h2', { id: 'conflict-title' }, t('conflict.title')),
        h('p', { class: 'conflict-text' }),
        h('div', { class: 'conflict-fields' }),
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'primary', id: 'conflict-reapply' }, t('conflict.reapply')),
          h('button', { type: 'button', class: 'secondary', id: 'conflict-reload' }, t('conflict.reload')))),
    ];
  }

  openPublish() {
    if (this.isDirty()) {
      announce(t('publish.saveFirst'), 'error');
      return;
    }
    this.dialog('publish-dialog').showModal();
  }

  async publish(form) {
    const values = new FormData(form);
    const publishAt = values.get('when') === 'at' && values.get('date')
      ? parisToUtc(values.get('date'), values.get('time') || '00:00') : null;
    form.closest('dialog').close();
    try {
      const answer = await run(this.kind.operations.publish, {
        input: { id: this.base.id, expectedVersion: this.base.version, ...(publishAt ? { publishAt } : {}) },
      });
      const saved = Object.values(answer)[0][this.kind.payload];
      await this.reload(saved.slug);
      announce(saved.publicationStatus === 'SCHEDULED' ? t('publish.scheduled', { when: parisTime(saved.publishedAt) }) : t('publish.done'), 'success');
    }
    catch (error) {
      this.refused(error, this.read());
    }
  }

  async unpublish() {
    try {
      const answer = await run(this.kind.operations.unpublish, { input: { id: this.base.id, expectedVersion: this.base.version } });
      await this.reload(Object.values(answer)[0][this.kind.payload].slug);
      announce(t('publish.unpublished'), 'success');
    }
    catch (error) {
      this.refused(error, this.read());
    }
  }

  async remove(form) {
    const unlink = form.querySelector('#delete-unlink')?.checked;
    form.closest('dialog').close();
    try {
      await run(this.kind.operations.remove, {
        input: { id: this.base.id, expectedVersion: this.base.version, ...(unlink ? { unlinkArticles: true } : {}) },
      });
      this.context.guardLeaving(null);
      announce(t('delete.done'), 'success');
      this.context.navigate(`#/${this.kind.path}`);
    }
    catch (error) {
      this.refused(error, this.read());
    }
  }
}

/** What an editor changes, without the state the service keeps. */
function comparable(model) {
  const { id, version, publicationStatus, publishedAt, audit, ...content } = model;
  return content;
}

/** A model as named values ("slug", "text.FR.title"...), each as text, to compare and show. */
function flat(model) {
  const values = {};
  for (const [name, value] of Object.entries(comparable(model))) {
    if (name === 'text') {
      for (const locale of LOCALES) {
        for (const [field, text] of Object.entries(value[locale] || {})) {
          values[`text.${locale}.${field}`] = text || undefined;
        }
      }
    }
    else {
      values[name] = Array.isArray(value) ? (value.join(', ') || undefined) : (value === '' ? undefined : String(value));
    }
  }
  return values;
}

/** Their model with my changed values (by flat name) put back. */
function unflat(kind, theirs, changes, mine) {
  const merged = JSON.parse(JSON.stringify(theirs));
  for (const name of Object.keys(changes)) {
    const match = name.match(/^text\.(FR|EN)\.(\w+)$/);
    if (match) {
      merged.text[match[1]] = merged.text[match[1]] || Object.fromEntries(kind.text.map((field) => [field.name, '']));
      merged.text[match[1]][match[2]] = mine.text[match[1]]?.[match[2]] || '';
    }
    else {
      merged[name] = mine[name];
    }
  }
  for (const locale of LOCALES) {
    if (!mine.text[locale] && theirs.text[locale] && Object.keys(changes).some((name) => name.startsWith(`text.${locale}.`))) {
      merged.text[locale] = null;
    }
  }
  return merged;
}
