/**
 * The task pane's page: tabs for the six jobs, the status region and the result. Every string
 * comes from the catalogs (`data-i18n` attributes name keys of `ui`); the language follows
 * Office's display language and can be switched. Long actions disable the controls, show a
 * progress bar and announce themselves in an aria-live region; keyboard focus stays where it was
 * (or moves to the confirmation the action asks for, or to the status) when the action ends.
 */
import { GROUP_LABELS, type Unit, type UnitGroup } from '../../../shared/units/model';
import { askInline } from '../../../shared/ui/confirm';
import { problemLines } from '../../../shared/ui/problems';
import type { Lang, UiLabels } from '../../../shared/i18n/catalog';
import { catalog } from '../../../shared/i18n';
import { dateFields, type DateField } from '../../../shared/ui/date-field';
import type { LangStore } from '../../../shared/ui/lang';
import { MarkForm } from '../../../shared/ui/mark-form';
import { ReportView } from '../../../shared/ui/report-view';
import { ariaLabel, byId, canFocus, translatePage, wireTabs } from '../../../shared/ui/page';
import type { Mode } from './bridge';
import type { Controller, Outcome, PlanInput } from './controller';
import type { FileBridge } from './file-bridge';
import { both } from './messages';
import type { Message } from '../../../shared/app/message';

export interface PaneOptions {
  controller: Controller;
  mode: Mode;
  /** The language chosen (Vietnamese unless English was chosen), remembered. */
  langs: LangStore;
  /** Why the page is in browser mode, when it is not simply opened outside Office. */
  officeTimedOut?: boolean;
  /** Browser mode: the workbook kept in the page. */
  files?: FileBridge;
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
function refused(message: Message): Outcome {
  return { ok: false, problems: [], notes: [message], log: [], downloads: [] };
}

export class Pane {
  private lang: Lang;
  private last: Outcome | null = null;
  /** The outcome whose confirmation the user declined: its dialog stays closed. */
  private declined: Outcome | null = null;
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
    doc.body.classList.add(`mode-${options.mode}`);
    this.dates = dateFields(doc, this.lang);
    this.markForm = new MarkForm(doc, this.date('mark-date'));
    this.reportView = new ReportView(this.el('report-view'), this.lang);
    wireTabs(doc);
    this.wireJobs();
    this.translate();
    byId(doc, 'app').hidden = false;
    byId(doc, 'loading').hidden = true;
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
      this.o.mode === 'excel'
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
    const files = this.o.files;
    if (!files) return;
    this.el('book-name').textContent = files.name
      ? this.ui.excel.bookOpen({ name: files.name })
      : this.ui.excel.noBookOpen;
  }

  // --- the jobs -------------------------------------------------------------------------------

  private on(id: string, work: () => Promise<Outcome | null>): void {
    this.el(id).addEventListener('click', () => void this.busy(work));
  }

  private async planInput(fileId: string, textId: string): Promise<PlanInput> {
    const file = this.el<HTMLInputElement>(fileId).files?.[0];
    if (file) return { file: { name: file.name, bytes: await bytesOf(file) } };
    return { text: this.el<HTMLTextAreaElement>(textId).value };
  }

  /**
   * Runs `work` with the report date of the field `id` (none when empty); a date that cannot be
   * read stops it, said at the field and in the result.
   */
  private withAsOf(
    id: string,
    work: (asOf: { asOf?: string }) => Promise<Outcome>,
  ): () => Promise<Outcome> {
    return async () => {
      const date = this.date(id).read();
      if (!date.ok) return refused(date.message);
      return work(date.iso ? { asOf: date.iso } : {});
    };
  }

  private wireJobs(): void {
    const c = this.o.controller;
    this.el('lang').addEventListener('click', () => {
      this.lang = this.lang === 'vi' ? 'en' : 'vi';
      this.o.langs.set(this.lang);
      this.translate();
    });
    this.on(
      'plan-build',
      this.withAsOf('plan-asof', async (asOf) =>
        c.build(await this.planInput('plan-file', 'plan-text'), asOf),
      ),
    );
    this.on(
      'plan-selection',
      this.withAsOf('plan-asof', (asOf) => c.buildFromSelection(asOf)),
    );
    this.on('units-load', () => c.loadUnits());
    this.el('units-add').addEventListener('click', () => this.addUnitRow(null));
    this.on('units-save', () => c.saveUnits(this.unitsFromTable()));
    this.on('mappings-apply', () => c.applyMappings(this.mappingsFromList()));
    this.on('assign-apply', () =>
      c.assignSelected(list(this.el<HTMLInputElement>('assign-targets').value)),
    );
    this.on('mark-apply', async () => {
      const mark = this.markForm.read();
      return mark.ok ? c.markSelected(mark.patch) : refused(mark.message);
    });
    this.on('merge-apply', async () => {
      const files = [...(this.el<HTMLInputElement>('merge-files').files ?? [])];
      return c.merge(
        await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await bytesOf(f) }))),
      );
    });
    this.on(
      'report-refresh',
      this.withAsOf('report-asof', (d) => c.refresh(d.asOf)),
    );
    this.on(
      'report-show',
      this.withAsOf('report-asof', (d) => c.report(d.asOf)),
    );
    this.on(
      'report-summary',
      this.withAsOf('report-asof', (d) => c.exportSummary(d.asOf)),
    );
    this.on('report-units', () => c.unitFiles());
    this.on('update-apply', async () =>
      c.amend(await this.planInput('update-file', 'update-text')),
    );
    const files = this.o.files;
    if (files) {
      this.el('book-file').addEventListener('change', () => {
        const file = this.el<HTMLInputElement>('book-file').files?.[0];
        if (!file) return;
        void this.busy(async () => {
          const problems = await files.open(await bytesOf(file), file.name);
          return {
            ok: problems.length === 0,
            problems,
            notes: [],
            log: [],
            downloads: [],
            ...(problems.length === 0
              ? { message: both((ui) => ui.excel.bookOpen({ name: file.name })) }
              : {}),
          };
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
    work: () => Promise<Outcome | null>,
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
    let result: Outcome | null;
    try {
      result = await work();
    } catch (e) {
      result = {
        ok: false,
        problems: [],
        notes: [
          both((ui) => ui.excel.unexpected({ detail: e instanceof Error ? e.message : String(e) })),
        ],
        log: [],
        downloads: [],
      };
    } finally {
      for (const e of controls) e.disabled = false;
      this.doc.body.removeAttribute('aria-busy');
      this.el('progress').hidden = true;
    }
    if (result) {
      this.last = result;
      if (result.units) this.showUnits(result.units);
      if (result.phrases) this.showPhrases(result.phrases);
      if (result.report) this.reportView.show(result.report);
      this.render(result);
    }
    this.showBookName();
    this.refocus(origin, result);
  }

  /**
   * After an action: into the confirmation it asks for, else back to the control that started it
   * (disabling it sent focus to the page), else to the status line.
   */
  private refocus(origin: HTMLElement | null, result: Outcome | null): void {
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

  private render(o: Outcome): void {
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
    if (asking && o.confirm) {
      const c = o.confirm;
      void askInline(doc, { question: say(c.message), yes: say(c.yes), no: ui.excel.cancel }).then(
        (yes) => {
          // "build again": focus returns to what asked for it
          if (yes) return this.busy(c.proceed, this.confirmFrom);
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
    downloads.replaceChildren(
      ...o.downloads.map((d, k) => {
        const li = doc.createElement('li');
        const a = doc.createElement('a');
        const url = URL.createObjectURL(new Blob([d.bytes as BlobPart]));
        this.urls.push(url);
        a.href = url;
        a.download = d.name;
        a.className = k === 0 ? 'button primary' : 'button';
        a.textContent = d.name.endsWith('.zip')
          ? `${ui.excel.downloadAll}`
          : ui.excel.download({ name: d.name });
        li.append(a);
        return li;
      }),
    );
    this.el('downloads-box').hidden = o.downloads.length === 0;
    this.el('result').hidden = false;
  }
}
