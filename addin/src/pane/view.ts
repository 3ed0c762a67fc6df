/**
 * The task pane's page: tabs for the six jobs, the status region and the result. Every string
 * comes from the catalogs (`data-i18n` attributes name keys of `ui`); the language follows
 * Office's display language and can be switched. Long actions disable the controls, show a
 * progress bar and announce themselves in an aria-live region; keyboard focus stays where it was
 * (or moves to the confirmation the action asks for, or to the status) when the action ends.
 * Each job runs one command of the table through the host's bridge and shows its Outcome.
 */
import { vietnamClock } from '../../../shared/app/clock';
import type { CommandId } from '../../../shared/app/command';
import type { Message } from '../../../shared/app/message';
import { words } from '../../../shared/app/message';
import type { Outcome } from '../../../shared/app/outcome';
import type { DataOf, InputOf } from '../../../shared/app/table';
import type { Problem } from '../../../shared/errors/problem';
import type { Lang, UiLabels } from '../../../shared/i18n/catalog';
import { catalog } from '../../../shared/i18n';
import { GROUP_LABELS, type Unit, type UnitGroup } from '../../../shared/units/model';
import type { FileBytes, UiBridge } from '../../../shared/ui/bridge';
import { askInline } from '../../../shared/ui/confirm';
import { dateFields, type DateField } from '../../../shared/ui/date-field';
import type { LangStore } from '../../../shared/ui/lang';
import { MarkForm } from '../../../shared/ui/mark-form';
import { ariaLabel, byId, canFocus, translatePage, wireTabs } from '../../../shared/ui/page';
import { problemLines } from '../../../shared/ui/problems';
import { ReportView } from '../../../shared/ui/report-view';
import { planFiles, xlsxFiles, zipFiles } from '../host/file-code';
import { readReturned } from './returned';

export interface PaneOptions {
  /** The host: Excel, or the book kept in the page (browser mode). */
  bridge: UiBridge;
  /** The language chosen (Vietnamese unless English was chosen), remembered. */
  langs: LangStore;
  /** Why the page is in browser mode, when it is not simply opened outside Office. */
  officeTimedOut?: boolean;
}

/** An Outcome as the page shows it: its files rendered, its question's "yes" ready to run. */
interface Shown extends Outcome {
  /** The command that gave it, if one ran. */
  command?: CommandId;
  downloads: FileBytes[];
  /** The command again with its consent, when it asks first. */
  proceed?: () => Promise<Shown>;
}

const GROUPS = Object.keys(GROUP_LABELS) as UnitGroup[];

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

const list = (s: string): string[] =>
  s
    .split(/[;,\n]/)
    .map((x) => x.trim())
    .filter((x) => x !== '');

/** An action stopped before it ran, with what to put right. */
function refused(message: Message | null, problems: Problem[] = []): Shown {
  const notes = message ? [message] : [];
  return { ok: false, problems, notes, log: [], files: [], downloads: [] };
}

export class Pane {
  private lang: Lang;
  private last: Shown | null = null;
  /** The outcome whose confirmation the user declined: its dialog stays closed. */
  private declined: Shown | null = null;
  /** Where focus was when the action that asks for confirmation started: it returns there. */
  private confirmFrom: HTMLElement | null = null;
  private readonly doc: Document;
  private readonly o: PaneOptions;
  private readonly urls: string[] = [];
  private readonly dates: Map<string, DateField>;
  private readonly markForm: MarkForm;
  private readonly reportView: ReportView;

  constructor(doc: Document, options: PaneOptions) {
    this.doc = doc;
    this.o = options;
    this.lang = options.langs.get();
    doc.body.classList.add(`mode-${this.mode}`);
    this.dates = dateFields(doc, this.lang);
    this.markForm = new MarkForm(doc, this.date('mark-date'));
    this.reportView = new ReportView(this.el('report-view'), this.lang);
    wireTabs(doc);
    this.wireJobs();
    this.translate();
    byId(doc, 'app').hidden = false;
    byId(doc, 'loading').hidden = true;
  }

  private get mode(): 'excel' | 'browser' {
    return this.o.bridge.host === 'excel' ? 'excel' : 'browser';
  }

  private get ui(): UiLabels {
    return catalog(this.lang).ui;
  }

  private el<T extends HTMLElement = HTMLElement>(id: string): T {
    return byId<T>(this.doc, id);
  }

  private date(id: string): DateField {
    const field = this.dates.get(id);
    if (!field) throw new Error(`taskpane.html lacks the date field #${id}`);
    return field;
  }

  // --- language -------------------------------------------------------------------------------

  private translate(): void {
    const ui = this.ui;
    const doc = this.doc;
    translatePage(doc, this.lang);
    doc.title = ui.appName;
    this.el('mode').textContent =
      this.mode === 'excel'
        ? ui.mode.excel
        : this.o.officeTimedOut
          ? ui.mode.officeTimeout
          : ui.mode.browser;
    this.markForm.translate(this.lang);
    for (const field of this.dates.values()) field.translate(this.lang);
    this.reportView.translate(this.lang);
    for (const select of doc.querySelectorAll<HTMLSelectElement>('select.group'))
      this.fillGroups(select);
    this.showBookName();
    if (this.last) this.render(this.last);
  }

  private ariaLabel(el: HTMLElement): string {
    return ariaLabel(this.ui, el);
  }

  private fillGroups(select: HTMLSelectElement): void {
    const value = select.value;
    select.replaceChildren(...GROUPS.map((g) => new Option(GROUP_LABELS[g][this.lang], g)));
    if (value) select.value = value;
  }

  private showBookName(): void {
    const book = this.o.bridge.book;
    if (!book) return;
    const name = book.name();
    const line = this.el('book-name');
    line.textContent = name ? this.ui.excel.bookOpen({ name }) : this.ui.excel.noBookOpen;
    // changes not yet downloaded (this visit or an earlier one): the download, at hand
    if (name && book.unsaved()) line.append(' ', this.bookLink(name, false));
  }

  // --- the jobs -------------------------------------------------------------------------------

  private on(id: string, work: () => Promise<Shown | null>): void {
    this.el(id).addEventListener('click', () => void this.busy(work));
  }

  /**
   * Runs a command through the bridge; its files rendered (a unit's files zipped together too;
   * a single file opened in Excel where it can), `before` said ahead of its problems and `after`
   * behind them.
   */
  private async command<K extends CommandId>(
    id: K,
    input: InputOf<K>,
    said: { before?: Problem[]; after?: Problem[] } = {},
  ): Promise<Shown> {
    const out = await this.o.bridge.run(id, input);
    const shown: Shown = {
      ...out,
      problems: [...(said.before ?? []), ...out.problems, ...(said.after ?? [])],
      command: id,
      downloads: [],
    };
    const consent = out.confirm?.consent;
    if (consent) {
      shown.proceed = () =>
        this.command(id, { ...(input as object), [consent]: true } as InputOf<K>, said);
    }
    const { writeSpecXlsx } = out.files.length > 0 ? await xlsxFiles() : { writeSpecXlsx: null };
    for (const f of out.files) {
      const written = await writeSpecXlsx!(f.spec);
      if (written.ok) shown.downloads.push({ name: f.name, bytes: written.value });
      else shown.problems.push(...written.problems);
    }
    if (shown.downloads.length > 1) {
      const { default: JSZip } = await zipFiles();
      const zip = new JSZip();
      for (const f of shown.downloads) zip.file(f.name, f.bytes);
      const all = await zip.generateAsync({ type: 'uint8array' });
      shown.downloads.unshift({ name: 'don-vi.zip', bytes: all });
    }
    const [one] = shown.downloads;
    if (shown.downloads.length === 1 && one && this.o.bridge.open) {
      // in Excel the file opens as a workbook of its own; the link stays for browser mode and Mac
      if (await this.o.bridge.open(one)) shown.notes.push(words((ui) => ui.excel.summaryOpened));
    }
    return shown;
  }

  /** The plan typed or chosen, read; its problems where it cannot be read. */
  private async plan(
    fileId: string,
    textId: string,
  ): Promise<{ ok: true; plan: InputOf<'build'>['plan']; warnings: Problem[] } | Shown> {
    const file = this.el<HTMLInputElement>(fileId).files?.[0];
    const { readPlanBytes, readPlanText } = await planFiles();
    const read = file
      ? await readPlanBytes(await bytesOf(file), file.name)
      : readPlanText(this.el<HTMLTextAreaElement>(textId).value);
    return read.ok
      ? { ok: true, plan: read.value, warnings: read.warnings }
      : refused(null, read.problems);
  }

  /**
   * Runs `work` with the report date of the field `id` (none when empty); a date that cannot be
   * read stops it, said at the field and in the result.
   */
  private withAsOf(
    id: string,
    work: (asOf: { asOf?: string }) => Promise<Shown>,
  ): () => Promise<Shown> {
    return async () => {
      const date = this.date(id).read();
      if (!date.ok) return refused(date.message);
      return work(date.iso ? { asOf: date.iso } : {});
    };
  }

  private wireJobs(): void {
    this.el('lang').addEventListener('click', () => {
      this.lang = this.lang === 'vi' ? 'en' : 'vi';
      this.o.langs.set(this.lang);
      this.translate();
    });
    this.on(
      'plan-build',
      this.withAsOf('plan-asof', async (asOf) => {
        const read = await this.plan('plan-file', 'plan-text');
        if (!('plan' in read)) return read;
        return this.command('build', { plan: read.plan, ...asOf }, { before: read.warnings });
      }),
    );
    this.on(
      'plan-selection',
      this.withAsOf('plan-asof', (asOf) => this.command('buildFromSelection', asOf)),
    );
    this.on('units-load', () => this.command('unresolved', {}));
    this.el('units-add').addEventListener('click', () => this.addUnitRow(null));
    this.on('units-save', () => this.command('saveUnits', { units: this.unitsFromTable() }));
    this.on('mappings-apply', () =>
      this.command('saveMappings', { mappings: this.mappingsFromList() }),
    );
    this.on('assign-apply', () =>
      this.command('assign', {
        targets: list(this.el<HTMLInputElement>('assign-targets').value),
      }),
    );
    this.on('mark-apply', async () => {
      const mark = this.markForm.read();
      return mark.ok ? this.command('mark', mark.patch) : refused(mark.message);
    });
    this.on('merge-apply', async () => {
      const files = [...(this.el<HTMLInputElement>('merge-files').files ?? [])];
      const chosen = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: await bytesOf(f) })),
      );
      const { returned, unreadable } = await readReturned(chosen, vietnamClock().today);
      const refusedFiles = files.length - returned.length;
      return this.command('merge', { returned, refused: refusedFiles }, { after: unreadable });
    });
    this.on(
      'report-refresh',
      this.withAsOf('report-asof', (asOf) => this.command('refresh', asOf)),
    );
    this.on(
      'report-show',
      this.withAsOf('report-asof', (asOf) => this.command('report', asOf)),
    );
    this.on(
      'report-summary',
      this.withAsOf('report-asof', (asOf) => this.command('summary', asOf)),
    );
    this.on('report-units', () => this.command('unitFiles', {}));
    this.on('update-apply', async () => {
      const read = await this.plan('update-file', 'update-text');
      if (!('plan' in read)) return read;
      return this.command('amend', { plan: read.plan }, { before: read.warnings });
    });
    const book = this.o.bridge.book;
    if (book) {
      this.el('book-file').addEventListener('change', () => {
        const file = this.el<HTMLInputElement>('book-file').files?.[0];
        if (!file) return;
        void this.busy(async () => {
          const problems = await book.open({ name: file.name, bytes: await bytesOf(file) });
          if (problems.length > 0) return refused(null, problems);
          const message = words((ui) => ui.excel.bookOpen({ name: file.name }));
          return { ok: true, message, problems, notes: [], log: [], files: [], downloads: [] };
        });
      });
    }
  }

  // --- units table ----------------------------------------------------------------------------

  private addUnitRow(unit: Unit | null): void {
    const doc = this.doc;
    const body = this.el('units-body');
    const tr = doc.createElement('tr');
    const n = body.children.length + 1;
    const cell = (name: string, value: string, label: string) => {
      const td = doc.createElement('td');
      const input = doc.createElement('input');
      input.type = 'text';
      input.name = name;
      input.value = value;
      input.dataset.i18nAria = label;
      input.dataset.row = String(n);
      input.setAttribute('aria-label', this.ariaLabel(input));
      td.append(input);
      return td;
    };
    const groupCell = doc.createElement('td');
    const select = doc.createElement('select');
    select.className = 'group';
    select.name = 'group';
    select.dataset.i18nAria = 'units.group';
    select.dataset.row = String(n);
    select.setAttribute('aria-label', this.ariaLabel(select));
    this.fillGroups(select);
    select.value = unit?.group ?? 'district';
    groupCell.append(select);
    const removeCell = doc.createElement('td');
    const remove = doc.createElement('button');
    remove.type = 'button';
    remove.className = 'subtle';
    remove.dataset.i18n = 'excel.remove';
    remove.textContent = this.ui.excel.remove;
    remove.addEventListener('click', () => tr.remove());
    removeCell.append(remove);
    tr.append(
      cell('code', unit?.code ?? '', 'units.code'),
      cell('name', unit?.name ?? '', 'units.name'),
      groupCell,
      cell('emails', unit?.emails.join('; ') ?? '', 'units.emails'),
      cell('aliases', unit?.aliases.join('; ') ?? '', 'units.aliases'),
      removeCell,
    );
    body.append(tr);
  }

  private unitsFromTable(): Unit[] {
    return [...this.el('units-body').querySelectorAll('tr')].flatMap((tr) => {
      const get = (name: string) =>
        (tr.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLSelectElement).value.trim();
      if (get('code') === '' && get('name') === '') return [];
      return [
        {
          code: get('code'),
          name: get('name'),
          group: get('group') as UnitGroup,
          emails: list(get('emails')),
          aliases: list(get('aliases')),
        },
      ];
    });
  }

  private showUnits(units: Unit[]): void {
    this.el('units-body').replaceChildren();
    for (const u of units) this.addUnitRow(u);
    this.el('units-table').hidden = false;
    this.el('units-add').hidden = false;
    this.el('units-save').hidden = false;
  }

  private showPhrases(phrases: { phrase: string; tasks: string[] }[]): void {
    const doc = this.doc;
    const box = this.el('phrases');
    box.replaceChildren();
    if (phrases.length === 0) {
      const p = doc.createElement('p');
      p.dataset.i18n = 'excel.noPhrases';
      p.textContent = this.ui.excel.noPhrases;
      box.append(p);
    }
    phrases.forEach((ph, k) => {
      const row = doc.createElement('div');
      row.className = 'field';
      const label = doc.createElement('label');
      label.htmlFor = `phrase-${k}`;
      label.textContent = `“${ph.phrase}” (${ph.tasks.join(', ')})`;
      const input = doc.createElement('input');
      input.id = `phrase-${k}`;
      input.type = 'text';
      input.dataset.phrase = ph.phrase;
      input.dataset.i18nPlaceholder = 'excel.targetsPlaceholder';
      input.placeholder = this.ui.excel.targetsPlaceholder;
      row.append(label, input);
      box.append(row);
    });
    this.el('mappings-apply').hidden = phrases.length === 0;
  }

  private mappingsFromList(): { phrase: string; targets: string[] }[] {
    return [...this.el('phrases').querySelectorAll<HTMLInputElement>('input[data-phrase]')]
      .map((i) => ({ phrase: i.dataset.phrase as string, targets: list(i.value) }))
      .filter((m) => m.targets.length > 0);
  }

  // --- running and showing --------------------------------------------------------------------

  /** Runs an action; focus then returns to `origin` (by default the control that started it). */
  private async busy(
    work: () => Promise<Shown | null>,
    origin: HTMLElement | null = this.doc.activeElement instanceof HTMLElement
      ? this.doc.activeElement
      : null,
  ): Promise<void> {
    const controls = [
      ...this.doc.querySelectorAll<HTMLButtonElement | HTMLInputElement>(
        'main button, main input, main textarea, main select, #book-file',
      ),
    ].filter((e) => !e.disabled);
    for (const e of controls) e.disabled = true;
    this.doc.body.setAttribute('aria-busy', 'true');
    this.el('progress').hidden = false;
    this.el('status-text').textContent = this.ui.working;
    this.el('result').hidden = true;
    let result: Shown | null;
    try {
      result = await work();
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      result = refused(words((ui) => ui.excel.unexpected({ detail })));
    } finally {
      for (const e of controls) e.disabled = false;
      this.doc.body.removeAttribute('aria-busy');
      this.el('progress').hidden = true;
    }
    if (result) {
      this.last = result;
      const data = result.ok ? result.data : undefined;
      if (data && result.command === 'unresolved') {
        const { units, phrases } = data as DataOf<'unresolved'>;
        this.showUnits(units);
        this.showPhrases(phrases);
      }
      if (data && (result.command === 'report' || result.command === 'summary')) {
        this.reportView.show((data as DataOf<'report'>).report);
      }
      this.render(result);
    }
    this.showBookName();
    this.refocus(origin, result);
  }

  /**
   * After an action: into the confirmation it asks for, else back to the control that started it
   * (disabling it sent focus to the page), else to the status line.
   */
  private refocus(origin: HTMLElement | null, result: Shown | null): void {
    if (result?.confirm) {
      this.confirmFrom = origin;
      this.el('confirm-no').focus();
      return;
    }
    const active = this.doc.activeElement;
    if (active !== origin && active instanceof HTMLElement && canFocus(active)) return; // moved on
    this.focusBack(origin);
  }

  /** Focuses `el` if it can still take focus, else the status line. */
  private focusBack(el: HTMLElement | null): void {
    if (el && canFocus(el)) el.focus();
    else this.el('status-text').focus();
  }

  private render(o: Shown): void {
    const doc = this.doc;
    const ui = this.ui;
    const lang = this.lang;
    const say = (m: Message) => m[lang];
    const asking = !!o.confirm && this.declined !== o;
    this.el('status-text').textContent = asking
      ? ui.confirmNeeded
      : o.confirm
        ? ui.cancelled
        : o.ok
          ? ui.done
          : ui.failed;
    this.el('status').dataset.state = o.confirm ? 'confirm' : o.ok ? 'ok' : 'failed';
    this.el('result-message').textContent = o.message ? say(o.message) : '';

    const notes = this.el('result-notes');
    notes.replaceChildren(
      ...o.notes.map((m) => {
        const li = doc.createElement('li');
        li.textContent = say(m);
        return li;
      }),
    );
    notes.hidden = o.notes.length === 0;

    const problems = this.el('result-problems');
    problems.replaceChildren(
      ...problemLines(o.problems, lang).map((line) => {
        const li = doc.createElement('li');
        li.className = line.severity;
        li.textContent = line.text;
        return li;
      }),
    );
    this.el('problems-box').hidden = o.problems.length === 0;

    this.el('confirm').hidden = true;
    if (asking && o.confirm && o.proceed) {
      const c = o.confirm;
      const proceed = o.proceed;
      void askInline(doc, { question: say(c.question), yes: say(c.yes), no: ui.excel.cancel }).then(
        (yes) => {
          // "build again": focus returns to what asked for it
          if (yes) return this.busy(proceed, this.confirmFrom);
          this.declined = o;
          this.el('status-text').textContent = this.ui.cancelled;
          this.focusBack(this.confirmFrom);
          return undefined;
        },
      );
    }

    const log = this.el('log-body');
    log.replaceChildren(
      ...o.log.map((e) => {
        const tr = doc.createElement('tr');
        tr.className = e.outcome;
        for (const text of [
          e.unitCode,
          e.taskId,
          e.field,
          e.old,
          e.new,
          ui.excel.outcomes[e.outcome],
        ]) {
          const td = doc.createElement('td');
          td.textContent = text;
          tr.append(td);
        }
        return tr;
      }),
    );
    this.el('log-box').hidden = o.log.length === 0;

    const downloads = this.el('downloads');
    for (const url of this.urls.splice(0)) URL.revokeObjectURL(url);
    const links = o.downloads.map((d, k) => {
      const a = this.link(d.name, k === 0);
      a.href = this.url(d.bytes);
      return a;
    });
    // browser mode: the book kept in the page, written as a file only when asked for
    const book = this.o.bridge.book;
    const name = book?.unsaved() ? book.name() : null;
    if (book && name) links.unshift(this.bookLink(name, links.length === 0));
    downloads.replaceChildren(
      ...links.map((a) => {
        const li = doc.createElement('li');
        li.append(a);
        return li;
      }),
    );
    this.el('downloads-box').hidden = links.length === 0;
    this.el('result').hidden = false;
  }

  private url(bytes: Uint8Array): string {
    const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
    this.urls.push(url);
    return url;
  }

  private link(name: string, first: boolean): HTMLAnchorElement {
    const a = this.doc.createElement('a');
    a.download = name;
    a.className = first ? 'button primary' : 'button';
    a.textContent = name.endsWith('.zip')
      ? this.ui.excel.downloadAll
      : this.ui.excel.download({ name });
    return a;
  }

  /** A link to the kept book: written when pressed, then downloaded. */
  private bookLink(name: string, first: boolean): HTMLAnchorElement {
    const a = this.link(name, first);
    a.href = '#';
    a.addEventListener('click', (e) => {
      if (a.getAttribute('href') !== '#') return;
      e.preventDefault();
      void this.o.bridge.book?.save().then((file) => {
        if (!file) return;
        a.href = this.url(file.bytes);
        a.click();
        // the next press writes the book as it is then
        setTimeout(() => a.setAttribute('href', '#'), 0);
      });
    });
    return a;
  }
}
