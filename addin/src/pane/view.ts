/**
 * The task pane's page: tabs for the six jobs, the status region and the result. Every string
 * comes from the catalogs (`data-i18n` attributes name keys of `ui`); the language follows
 * Office's display language and can be switched. Long actions disable the controls, show a
 * progress bar and announce themselves in an aria-live region; keyboard focus stays where it was
 * (or moves to the confirmation the action asks for, or to the status) when the action ends.
 */
import { STATUS_LABELS, STATUSES, type Status } from '../../../shared/tracking/status';
import { GROUP_LABELS, type Unit, type UnitGroup } from '../../../shared/units/model';
import { paneProblemTexts } from '../../../shared/errors/group';
import type { Lang, UiLabels } from '../../../shared/i18n/catalog';
import { catalog } from '../../../shared/i18n';
import type { MarkPatch } from '../../../shared/book/mark';
import type { Mode } from './bridge';
import type { Controller, Outcome, PlanInput } from './controller';
import type { FileBridge } from './file-bridge';
import { both } from './messages';
import type { Message } from '../../../shared/app/message';

export interface PaneOptions {
  controller: Controller;
  mode: Mode;
  lang: Lang;
  /** Why the page is in browser mode, when it is not simply opened outside Office. */
  officeTimedOut?: boolean;
  /** Browser mode: the workbook kept in the page. */
  files?: FileBridge;
}

const GROUPS = Object.keys(GROUP_LABELS) as UnitGroup[];

function $(doc: Document, id: string): HTMLElement {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`taskpane.html lacks #${id}`);
  return el;
}

function lookup(ui: UiLabels, key: string): string {
  let v: unknown = ui;
  for (const part of key.split('.')) v = (v as Record<string, unknown> | undefined)?.[part];
  return typeof v === 'string' ? v : key;
}

/** Whether an element can hold focus: on the page, shown (nor in a hidden panel) and enabled. */
const canFocus = (el: HTMLElement): boolean =>
  el !== el.ownerDocument.body &&
  el.isConnected &&
  !(el as HTMLButtonElement).disabled &&
  el.getClientRects().length > 0;

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

const list = (s: string): string[] =>
  s
    .split(/[;,\n]/)
    .map((x) => x.trim())
    .filter((x) => x !== '');

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

  constructor(doc: Document, options: PaneOptions) {
    this.doc = doc;
    this.o = options;
    this.lang = options.lang;
    doc.body.classList.add(`mode-${options.mode}`);
    this.wireTabs();
    this.wireJobs();
    this.translate();
    $(doc, 'app').hidden = false;
    $(doc, 'loading').hidden = true;
  }

  private get ui(): UiLabels {
    return catalog(this.lang).ui;
  }

  private el<T extends HTMLElement = HTMLElement>(id: string): T {
    return $(this.doc, id) as T;
  }

  // --- language -------------------------------------------------------------------------------

  private translate(): void {
    const ui = this.ui;
    const doc = this.doc;
    doc.documentElement.lang = this.lang;
    doc.title = ui.appName;
    for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]'))
      el.textContent = lookup(ui, el.dataset.i18n as string);
    for (const el of doc.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))
      el.placeholder = lookup(ui, el.dataset.i18nPlaceholder as string);
    for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n-aria]'))
      el.setAttribute('aria-label', this.ariaLabel(el));
    this.el('lang').textContent = ui.language;
    this.el('mode').textContent =
      this.o.mode === 'excel'
        ? ui.mode.excel
        : this.o.officeTimedOut
          ? ui.mode.officeTimeout
          : ui.mode.browser;
    this.fillStatusOptions();
    for (const select of doc.querySelectorAll<HTMLSelectElement>('select.group'))
      this.fillGroups(select);
    this.showBookName();
    if (this.last) this.render(this.last);
  }

  /** A control's label from its `data-i18n-aria` key, with its row number in the units table. */
  private ariaLabel(el: HTMLElement): string {
    const text = lookup(this.ui, el.dataset.i18nAria as string);
    return el.dataset.row ? `${text} ${el.dataset.row}` : text;
  }

  private fillStatusOptions(): void {
    const select = this.el<HTMLSelectElement>('mark-status');
    const value = select.value;
    select.replaceChildren(
      new Option(this.ui.excel.statusUnchanged, ''),
      ...STATUSES.map((s) => new Option(STATUS_LABELS[s][this.lang], s)),
    );
    select.value = value;
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

  // --- tabs -----------------------------------------------------------------------------------

  private wireTabs(): void {
    const tabs = [...this.doc.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const select = (tab: HTMLButtonElement, focus: boolean) => {
      for (const t of tabs) {
        const on = t === tab;
        t.setAttribute('aria-selected', String(on));
        t.tabIndex = on ? 0 : -1;
        this.el(t.getAttribute('aria-controls') as string).hidden = !on;
      }
      if (focus) tab.focus();
    };
    tabs.forEach((tab, i) => {
      tab.addEventListener('click', () => select(tab, false));
      tab.addEventListener('keydown', (e) => {
        const step = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: tabs.length - 1 - i }[e.key];
        if (step === undefined) return;
        e.preventDefault();
        select(tabs[(i + step + tabs.length) % tabs.length] as HTMLButtonElement, true);
      });
    });
    select(tabs[0] as HTMLButtonElement, false);
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

  private asOf(id: string): { asOf?: string } {
    const v = this.el<HTMLInputElement>(id).value;
    return v ? { asOf: v } : {};
  }

  private wireJobs(): void {
    const c = this.o.controller;
    this.el('confirm').addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      this.el('confirm-no').click();
    });
    this.el('lang').addEventListener('click', () => {
      this.lang = this.lang === 'vi' ? 'en' : 'vi';
      try {
        localStorage.setItem('thidua.lang', this.lang);
      } catch {
        // storage may be off in a locked-down webview; the switch still works for this session
      }
      this.translate();
    });
    this.on('plan-build', async () =>
      c.build(await this.planInput('plan-file', 'plan-text'), this.asOf('plan-asof')),
    );
    this.on('plan-selection', () => c.buildFromSelection(this.asOf('plan-asof')));
    this.on('units-load', () => c.loadUnits());
    this.el('units-add').addEventListener('click', () => this.addUnitRow(null));
    this.on('units-save', () => c.saveUnits(this.unitsFromTable()));
    this.on('mappings-apply', () => c.applyMappings(this.mappingsFromList()));
    this.on('assign-apply', () =>
      c.assignSelected(list(this.el<HTMLInputElement>('assign-targets').value)),
    );
    this.on('mark-apply', () => c.markSelected(this.markPatch()));
    this.on('merge-apply', async () => {
      const files = [...(this.el<HTMLInputElement>('merge-files').files ?? [])];
      return c.merge(
        await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await bytesOf(f) }))),
      );
    });
    this.on('report-refresh', () => c.refresh(this.asOf('report-asof').asOf));
    this.on('report-summary', () => c.exportSummary(this.asOf('report-asof').asOf));
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

  private markPatch(): MarkPatch {
    const patch: MarkPatch = {};
    const status = this.el<HTMLSelectElement>('mark-status').value;
    if (status) patch.status = status as Status;
    const date = this.el<HTMLInputElement>('mark-date').value;
    if (date) patch.doneDate = date;
    const evidence = this.el<HTMLInputElement>('mark-evidence').value;
    if (evidence) patch.evidence = evidence;
    const note = this.el<HTMLInputElement>('mark-note').value;
    if (note) patch.note = note;
    return patch;
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

  private async busy(work: () => Promise<Outcome | null>): Promise<void> {
    const doc = this.doc;
    const from = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    // pressing "build again" in the confirmation: focus returns to what asked for it
    const origin = from && this.el('confirm').contains(from) ? this.confirmFrom : from;
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
      // repeated notes of one kind are grouped, never thousands of lines
      ...paneProblemTexts(o.problems, lang).map((p) => {
        const li = doc.createElement('li');
        li.className = p.severity;
        li.textContent = p.text;
        return li;
      }),
    );
    this.el('problems-box').hidden = o.problems.length === 0;

    const confirm = this.el('confirm');
    confirm.hidden = !asking;
    if (asking && o.confirm) {
      const c = o.confirm;
      this.el('confirm-text').textContent = say(c.message);
      const yes = this.el<HTMLButtonElement>('confirm-yes');
      yes.textContent = say(c.yes);
      yes.onclick = () => void this.busy(c.proceed);
      const no = this.el<HTMLButtonElement>('confirm-no');
      no.textContent = ui.excel.cancel;
      no.onclick = () => {
        this.declined = o;
        confirm.hidden = true;
        this.el('status-text').textContent = this.ui.cancelled;
        this.focusBack(this.confirmFrom);
      };
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
