/**
 * The one page of Sổ Thi Đua, the same in every host: `mountApp` builds it in `root` and talks to
 * the host only through its `UiBridge`. The page asks the book who is using it (`context`), then
 * shows that user's home (the first-run guide, a unit's own work, the office's totals) and the
 * jobs they may do; a job's panel runs its commands through one runner (`Act`) and the result is
 * shown below, with focus on it.
 */
import { vietnamClock } from '../app/clock';
import type { CommandId, Who } from '../app/command';
import type { Context } from '../app/commands/context';
import { COMMANDS } from '../app/table';
import type { Lang, UiLabels } from '../i18n/catalog';
import { catalog } from '../i18n';
import { Act } from './act';
import type { UiBridge } from './bridge';
import { bookBar, type BookBar } from './book-bar';
import { DateField } from './date-field';
import { el } from './dom';
import { homeView, whoLine } from './home';
import type { JobId, JobKit, JobPanel } from './jobs/kit';
import { markJob } from './jobs/mark';
import { mergeJob } from './jobs/merge';
import { planJob } from './jobs/plan';
import { reportJob } from './jobs/report';
import { unitsJob } from './jobs/units';
import { updateJob } from './jobs/update';
import { langStore, pageStorage, type LangStorage } from './lang';
import { translatePage } from './page';
import { ResultView } from './result-view';

export interface MountOptions {
  /** Where the language choice is kept; the window's localStorage by default (null: this visit only). */
  storage?: LangStorage | null;
  /** Today in Việt Nam (ISO), for reading returned files; the Vietnam clock by default. */
  today?: () => string;
  /** The host's line under the title instead of its usual one (Office did not load: browser mode). */
  modeLine?: (ui: UiLabels) => string;
}

export interface MountedApp {
  /** Asks the host again who is here and what the book holds, and redraws the home view. */
  refresh(): Promise<void>;
  /** The language shown now. */
  lang(): Lang;
}

/** The jobs, in the order of the list, with the commands each runs. */
const JOBS: readonly { id: JobId; commands: readonly CommandId[]; make(kit: JobKit): JobPanel }[] =
  [
    { id: 'plan', commands: ['build', 'buildFromSelection'], make: planJob },
    // a unit's "my rows" is part of marking: the job is shown where rows can be selected
    { id: 'mark', commands: ['mark', 'selected'], make: markJob },
    {
      id: 'units',
      commands: ['unresolved', 'saveUnits', 'saveMappings', 'assign', 'protect'],
      make: unitsJob,
    },
    { id: 'merge', commands: ['merge'], make: mergeJob },
    {
      id: 'report',
      commands: ['report', 'summary', 'reportDoc', 'refresh', 'unitFiles'],
      make: reportJob,
    },
    { id: 'update', commands: ['amend'], make: updateJob },
  ];

export async function mountApp(
  root: HTMLElement,
  bridge: UiBridge,
  options: MountOptions = {},
): Promise<MountedApp> {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const langs = langStore(
    options.storage !== undefined ? options.storage : win ? pageStorage(win) : null,
  );
  const today = options.today ?? (() => vietnamClock().today);
  let lang: Lang = langs.get();
  let ctx: Context | null = null;
  let who: Who | null = null;
  const translators: ((l: Lang) => void)[] = [];
  const dates: DateField[] = [];

  const result = new ResultView(doc, lang);
  const statusText = el(doc, 'p', { id: 'status-text' });
  const progress = el(doc, 'progress', { id: 'progress', hidden: true });
  const status = el(
    doc,
    'div',
    { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' },
    progress,
    statusText,
  );
  const confirm = el(
    doc,
    'div',
    {
      id: 'confirm',
      class: 'confirm',
      role: 'alertdialog',
      'aria-labelledby': 'confirm-title',
      'aria-describedby': 'confirm-text',
      tabindex: '-1',
      hidden: true,
    },
    el(doc, 'h2', { id: 'confirm-title', i18n: 'confirmNeeded' }),
    el(doc, 'p', { id: 'confirm-text' }),
    el(
      doc,
      'div',
      { class: 'stack' },
      // named before any question: each question then names them in its own words
      el(doc, 'button', {
        type: 'button',
        id: 'confirm-yes',
        class: 'danger',
        i18n: 'sheets.confirm',
      }),
      el(doc, 'button', { type: 'button', id: 'confirm-no', i18n: 'app.cancel' }),
    ),
  );
  const whoText = el(doc, 'p', { id: 'who', class: 'who' });
  const langButton = el(doc, 'button', {
    type: 'button',
    id: 'lang',
    class: 'subtle',
    i18n: 'language',
  });
  const mode = el(doc, 'p', { id: 'mode', class: 'hint' });
  const main = el(doc, 'main', { id: 'main' });
  const homeBox = el(doc, 'div', { id: 'home-box' });
  main.append(homeBox);

  const act = new Act({
    doc,
    bridge,
    result,
    lang: () => lang,
    busy(doing) {
      if (doing) root.setAttribute('aria-busy', 'true');
      else root.removeAttribute('aria-busy');
      progress.hidden = doing === null;
      statusText.textContent = doing ? doing[lang] : '';
    },
    changed: () => refresh(),
  });

  const bar: BookBar | null = bridge.book
    ? bookBar(
        doc,
        bridge.book,
        act,
        (s) => result.show(s),
        () => refresh(),
      )
    : null;

  const kit: JobKit = {
    doc,
    bridge,
    act,
    lang: () => lang,
    who: () => who ?? 'office',
    allowed: (id) => {
      const spec = COMMANDS[id];
      return (
        spec.who.includes(who ?? 'office') && (spec.selection === 'none' || bridge.host !== 'file')
      );
    },
    today,
    date(input, name) {
      const f = new DateField(input, name, lang);
      dates.push(f);
      return f;
    },
    onTranslate: (f) => translators.push(f),
  };

  let panels: { id: JobId; section: HTMLElement; heading: HTMLElement }[] = [];
  let shownJobs: JobId[] = [];

  const showHome = (from?: JobId) => {
    for (const p of panels) p.section.hidden = true;
    homeBox.hidden = false;
    if (from) doc.getElementById(`job-${from}`)?.focus();
  };
  const openJob = (id: JobId) => {
    homeBox.hidden = true;
    for (const p of panels) p.section.hidden = p.id !== id;
    panels.find((p) => p.id === id)?.heading.focus();
  };

  /** The jobs' panels for this user: built once per user, so what is typed in them stays. */
  const buildJobs = () => {
    for (const p of panels) p.section.remove();
    translators.length = 0;
    dates.length = 0;
    const jobs = JOBS.filter((j) => j.commands.some((c) => kit.allowed(c)));
    shownJobs = jobs.map((j) => j.id);
    panels = jobs.map((j) => {
      const made = j.make(kit);
      const heading = el(doc, 'h2', {
        tabindex: '-1',
        id: `job-${j.id}-title`,
        i18n: `app.jobs.${j.id}`,
      });
      const back = el(doc, 'button', { type: 'button', class: 'subtle back', i18n: 'app.back' });
      back.addEventListener('click', () => showHome(j.id));
      const section = el(
        doc,
        'section',
        {
          id: `job-${j.id}-panel`,
          class: 'job-panel',
          'aria-labelledby': heading.id,
          hidden: true,
        },
        back,
        heading,
        made.element,
      );
      section.addEventListener('keydown', (e) => {
        // Escape leaves the job, unless a question is open (Escape answers it "no")
        if (e.key === 'Escape' && confirm.hidden) showHome(j.id);
      });
      main.append(section);
      return { id: j.id, section, heading };
    });
  };

  const drawHome = () => {
    homeBox.replaceChildren(homeView(doc, ctx, bridge.host, lang, shownJobs, openJob));
    whoText.textContent = whoLine(ctx, lang);
    mode.textContent = options.modeLine
      ? options.modeLine(catalog(lang).ui)
      : catalog(lang).ui.app.host[bridge.host];
    bar?.update(lang);
  };

  const translate = () => {
    translatePage(doc, lang);
    for (const f of translators) f(lang);
    for (const d of dates) d.translate(lang);
    result.translate(lang);
    drawHome();
  };

  async function refresh(): Promise<void> {
    const out = await bridge.run('context', {}).catch(() => null);
    ctx = out?.ok && out.data ? out.data : null;
    if (out && out.problems.length > 0)
      result.show(
        { ok: out.ok, notes: out.notes, problems: out.problems, log: [], files: [] },
        false,
      );
    const next = ctx?.who ?? 'office';
    if (next !== who) {
      who = next;
      buildJobs();
      translate();
      return;
    }
    drawHome();
  }

  langButton.addEventListener('click', () => {
    lang = lang === 'vi' ? 'en' : 'vi';
    langs.set(lang);
    translate();
  });

  root.classList.add('thidua-app');
  const parts: (HTMLElement | null)[] = [
    el(
      doc,
      'header',
      { class: 'app-header' },
      el(doc, 'div', {}, el(doc, 'h1', { i18n: 'appName' }), whoText),
      langButton,
    ),
    mode,
    bar?.element ?? null,
    main,
    status,
    confirm,
    result.box,
  ];
  root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  // the frame reads at once: in Sheets the host's first answer is a round trip to the server
  translatePage(doc, lang);
  root.setAttribute('aria-busy', 'true');
  await refresh();
  root.removeAttribute('aria-busy');
  root.dataset.ready = 'true';
  return { refresh, lang: () => lang };
}
