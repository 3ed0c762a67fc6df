/**
 * The Google Sheets sidebar: the Excel pane's actions, Vietnamese first with an English switch.
 * Files are read here, in the browser (plans with mammoth, returned workbooks with exceljs); each
 * action is a command of the table sent to the server through the bridge (its one RPC), and its
 * Outcome is shown.
 */
import { askInline } from '../../../shared/ui/confirm';
import { problemLines } from '../../../shared/ui/problems';
import type { Problem } from '../../../shared/errors/problem';
import type { Catalog, Lang } from '../../../shared/i18n/catalog';
import { en } from '../../../shared/i18n/en';
import { vi } from '../../../shared/i18n/vi';
import type { Returned } from '../../../shared/book/consolidate';
import type { Plan } from '../../../shared/plan/model';
import { readPlanBytes, readPlanText } from '../../../shared/plan/read';
import type { Message } from '../../../shared/app/message';
import type { CommandId } from '../../../shared/app/command';
import type { Outcome } from '../../../shared/app/outcome';
import type { DataOf, InputOf } from '../../../shared/app/table';
import { dateFields, type DateField } from '../../../shared/ui/date-field';
import { langStore, pageStorage } from '../../../shared/ui/lang';
import { MarkForm } from '../../../shared/ui/mark-form';
import { ReportView } from '../../../shared/ui/report-view';
import { writeXlsx } from '../../../shared/xlsx/write';
import { byId, canFocus, translatePage, wireTabs } from '../../../shared/ui/page';
import { readBookXlsx } from '../../../shared/xlsx/book-io';
import { SheetsBridge } from './bridge';

const CATALOGS: Record<Lang, Catalog> = { vi, en };
// Vietnamese unless English was chosen here; storage is often blocked in the sidebar's frame
const langs = langStore(pageStorage(window));
let lang: Lang = langs.get();
const cat = (): Catalog => CATALOGS[lang];

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => byId<T>(document, id);

const bridge = new SheetsBridge({
  onBatch: (p) => busy(cat().ui.sheets.batch(p)),
});

const dates: Map<string, DateField> = dateFields(document, lang);
const date = (id: string): DateField => dates.get(id) as DateField;
const markForm = new MarkForm(document, date('mark-date'));
const reportView = new ReportView($('report-view'), lang);

function translate(): void {
  translatePage(document, lang);
  markForm.translate(lang);
  for (const field of dates.values()) field.translate(lang);
  reportView.translate(lang);
  const link = $<HTMLAnchorElement>('report-file-link');
  if (link.download) link.textContent = cat().ui.excel.download({ name: link.download });
  renderContext();
  if (lastShown) lastShown();
}

// ---------------------------------------------------------------------------------------------
// Progress and results

let lastShown: (() => void) | null = null;

function busy(text: string | null): void {
  const el = $('status');
  el.textContent = text ?? '';
  el.hidden = text === null;
  document.querySelectorAll<HTMLButtonElement>('button.action, button.run').forEach((b) => {
    b.disabled = text !== null;
  });
}

interface Shown {
  ok: boolean;
  lines: { text: string; kind: 'message' | 'note' | 'warning' | 'error' }[];
}

function linesOf(o: Outcome): Shown {
  const problems = problemLines(o.problems, lang).map((l) => ({ text: l.text, kind: l.severity }));
  if (o.ok) {
    return {
      ok: true,
      lines: [
        { text: o.message?.[lang] ?? '', kind: 'message' },
        ...o.notes.map((n) => ({ text: n[lang], kind: 'note' as const })),
        ...problems,
      ],
    };
  }
  // a refusal's notes say why (the server busy, a call that failed, nothing merged)
  return {
    ok: false,
    lines: [...o.notes.map((n) => ({ text: n[lang], kind: 'error' as const })), ...problems],
  };
}

function render(parts: Shown[]): void {
  const box = $('result');
  const ok = parts.every((p) => p.ok);
  box.className = ok ? 'result ok' : 'result error';
  const head = document.createElement('div');
  head.className = 'head';
  head.textContent = ok ? cat().ui.done : cat().ui.failed;
  const list = document.createElement('ul');
  for (const part of parts) {
    for (const line of part.lines) {
      if (!line.text) continue;
      const li = document.createElement('li');
      li.className = line.kind;
      li.textContent = line.text;
      list.append(li);
    }
  }
  box.replaceChildren(head, list);
  box.hidden = false;
}

function show(make: () => Shown[]): void {
  lastShown = () => render(make());
  lastShown();
}

function showReply(o: Outcome): void {
  show(() => [linesOf(o)]);
}

function showProblems(problems: Problem[]): void {
  show(() => [
    {
      ok: false,
      lines: problemLines(problems, lang).map((l) => ({ text: l.text, kind: l.severity })),
    },
  ]);
}

/** An action stopped before it ran, with what to put right. */
function showRefusal(message: Message): void {
  show(() => [{ ok: false, lines: [{ text: message[lang], kind: 'error' }] }]);
}

function showError(e: unknown): void {
  const text = e instanceof Error ? e.message : String(e);
  show(() => [
    { ok: false, lines: [{ text: cat().ui.sheets.callFailed({ detail: text }), kind: 'error' }] },
  ]);
}

/**
 * Runs a command; when it asks first (rebuilding over entries, another plan), asks here with its
 * question, and runs it again with its consent if the user agrees.
 */
async function ask<K extends CommandId>(id: K, input: InputOf<K>): Promise<Outcome> {
  const o = await bridge.run(id, input);
  if (o.ok || !o.confirm) return o;
  busy(null);
  const yes = await confirmInline(o.confirm.question[lang]);
  if (!yes) return o;
  busy(cat().ui.working);
  return bridge.run(id, { ...(input as object), [o.confirm.consent]: true } as InputOf<K>);
}

/**
 * Runs one action with the progress line shown and any failure of the call reported. Disabling
 * the pressed button sends focus to the page: it goes back there (or to the result) at the end.
 */
async function run(work: () => Promise<void>): Promise<void> {
  const from = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  busy(cat().ui.working);
  try {
    await work();
  } catch (e) {
    showError(e);
  } finally {
    busy(null);
  }
  const active = document.activeElement;
  if (active !== from && active instanceof HTMLElement && canFocus(active)) return; // moved on
  if (from && canFocus(from)) from.focus();
  else if (!$('result').hidden) $('result').focus();
}

/** Asks in the sidebar itself, with the core's question. */
function confirmInline(question: string): Promise<boolean> {
  const s = cat().ui.sheets;
  return askInline(document, { question, yes: s.confirm, no: s.cancel });
}

// ---------------------------------------------------------------------------------------------
// Context

let context: Outcome<DataOf<'context'>>['data'] | null = null;

function renderContext(): void {
  const who = $('who');
  if (!context) {
    who.textContent = '';
    return;
  }
  const s = cat().ui.sheets;
  const units = context.units.map((u) => u.name).join(', ');
  const role =
    context.who === 'office' ? s.roleOffice : units ? s.roleUnit({ unit: units }) : s.roleUnknown;
  who.textContent = context.email ? `${s.signedInAs({ email: context.email })} · ${role}` : role;
}

async function loadContext(): Promise<void> {
  // a failure leaves the header empty; actions still report their own errors
  const o = await bridge.run('context', {});
  if (o.ok && o.data) context = o.data;
  renderContext();
}

// ---------------------------------------------------------------------------------------------
// Reading plans and returned files in the browser

async function planFrom(textId: string, fileId: string): Promise<Plan | null> {
  const file = $<HTMLInputElement>(fileId).files?.[0];
  const r = file
    ? await readPlanBytes(new Uint8Array(await file.arrayBuffer()), file.name)
    : readPlanText($<HTMLTextAreaElement>(textId).value);
  if (!r.ok) {
    showProblems(r.problems);
    return null;
  }
  return r.value;
}

/** The date of the field `id` (ISO, or null when empty); undefined, said, when it is not a date. */
function dateOf(id: string): string | null | undefined {
  const r = date(id).read();
  if (r.ok) return r.iso;
  showRefusal(r.message);
  return undefined;
}

/** The report date typed in field `id`, as a command's input; undefined, said, when it is not a date. */
function asOfFrom(id: string): { asOf?: string } | undefined {
  const asOf = dateOf(id);
  if (asOf === undefined) return undefined;
  return asOf === null ? {} : { asOf };
}

/** Builds the book; the question before replacing entries is the core's, as in every host. */
async function build(): Promise<void> {
  const asOf = asOfFrom('plan-asof');
  if (!asOf) return;
  const plan = await planFrom('plan-text', 'plan-file');
  if (!plan) return;
  showReply(await ask('build', { plan, ...asOf, replace: false }));
  await loadContext();
}

/** The plan table selected in the sheet, read on the server (values, formats, merged ranges). */
async function buildFromSelection(): Promise<void> {
  const asOf = asOfFrom('plan-asof');
  if (!asOf) return;
  showReply(await ask('buildFromSelection', { ...asOf, replace: false }));
  await loadContext();
}

async function update(): Promise<void> {
  const plan = await planFrom('update-text', 'update-file');
  if (!plan) return;
  showReply(await ask('amend', { plan, force: false }));
}

async function showReport(): Promise<void> {
  const asOf = asOfFrom('report-asof');
  if (!asOf) return;
  const o = await bridge.run('report', asOf);
  if (o.ok && o.data) reportView.show(o.data.report);
  showReply(o);
}

let summaryUrl: string | null = null;

/** The summary workbook, written here from the server's description, offered beside the figures. */
async function exportSummary(): Promise<void> {
  const asOf = asOfFrom('report-asof');
  if (!asOf) return;
  const o = await bridge.run('summary', asOf);
  const file = o.files[0];
  if (o.ok && o.data && file) {
    reportView.show(o.data.report);
    const bytes = await writeXlsx(file.spec);
    if (summaryUrl) URL.revokeObjectURL(summaryUrl);
    summaryUrl = URL.createObjectURL(new Blob([bytes as BlobPart]));
    const link = $<HTMLAnchorElement>('report-file-link');
    link.href = summaryUrl;
    link.download = file.name;
    link.textContent = cat().ui.excel.download({ name: file.name });
    $('report-file').hidden = false;
  }
  showReply(o);
}

async function mark(): Promise<void> {
  const mark = markForm.read();
  if (!mark.ok) showRefusal(mark.message);
  else showReply(await bridge.run('mark', mark.patch));
}

async function merge(): Promise<void> {
  const files = [...($<HTMLInputElement>('merge-files').files ?? [])];
  // the log shows this merge, not the ones before it
  $('merge-log').replaceChildren();
  const unread: Problem[] = [];
  const returned: Returned[] = [];
  for (const f of files) {
    const r = await readBookXlsx(new Uint8Array(await f.arrayBuffer()), {
      file: f.name,
      strict: false,
    });
    if (r.ok) {
      returned.push({
        file: f.name,
        book: r.value.book,
        rows: r.value.tracking,
        problems: r.warnings,
      });
    } else unread.push(...r.problems);
  }
  const parts: Shown[] = [];
  if (unread.length > 0) {
    parts.push({
      ok: false,
      lines: problemLines(unread, lang).map((l) => ({ text: l.text, kind: l.severity })),
    });
  }
  // the bridge sends them in batches under google.script.run's limit, and tells them as one
  const o = await bridge.run('merge', {
    returned,
    ...(unread.length > 0 ? { refused: files.length - returned.length } : {}),
  });
  parts.push(linesOf(o));
  renderLog(o);
  show(() => parts);
}

function renderLog(o: Outcome): void {
  const list = $('merge-log');
  if (!o.ok) return;
  for (const e of o.log) {
    const li = document.createElement('li');
    li.textContent = `${e.taskId} · ${e.unitCode} · ${e.field}: ${e.old} → ${e.new} (${cat().ui.excel.outcomes[e.outcome]})`;
    list.append(li);
  }
}

async function loadUnresolved(): Promise<void> {
  const o = await bridge.run('unresolved', {});
  const list = $('unresolved');
  list.replaceChildren();
  if (!o.ok || !o.data) {
    showReply(o);
    return;
  }
  o.data.phrases.forEach((p, k) => {
    const row = document.createElement('div');
    row.className = 'form-group phrase';
    const name = document.createElement('label');
    name.htmlFor = `phrase-${k}`;
    name.textContent = `${p.phrase} (${p.tasks.join(', ')})`;
    const input = document.createElement('input');
    input.id = `phrase-${k}`;
    input.type = 'text';
    input.dataset.phrase = p.phrase;
    input.dataset.tPlaceholder = 'units.mapTo';
    input.placeholder = cat().ui.units.mapTo;
    row.append(name, input);
    list.append(row);
  });
  showReply(o);
}

const splitTargets = (s: string): string[] =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

async function applyMappings(): Promise<void> {
  const mappings = [...document.querySelectorAll<HTMLInputElement>('#unresolved input')]
    .map((i) => ({ phrase: i.dataset.phrase as string, targets: splitTargets(i.value) }))
    .filter((m) => m.targets.length > 0);
  showReply(await bridge.run('saveMappings', { mappings }));
}

// ---------------------------------------------------------------------------------------------
// Wiring

function on(id: string, action: () => Promise<void>): void {
  $(id).addEventListener('click', () => void run(action));
}

function start(): void {
  wireTabs(document);
  $('lang').addEventListener('click', () => {
    lang = lang === 'vi' ? 'en' : 'vi';
    langs.set(lang);
    translate();
  });
  on('build', build);
  on('build-selection', buildFromSelection);
  on('update-apply', update);
  on('mark-apply', mark);
  on('my-rows', async () => showReply(await bridge.run('selectMine', {})));
  on('merge-apply', merge);
  on('refresh', async () => {
    const asOf = asOfFrom('report-asof');
    if (asOf) showReply(await bridge.run('refresh', asOf));
  });
  on('report-show', showReport);
  on('report-summary', exportSummary);
  on('protect', async () => showReply(await bridge.run('protect', {})));
  on('units-save', async () => showReply(await bridge.run('saveUnits', {})));
  on('unresolved-load', loadUnresolved);
  on('mappings-apply', applyMappings);
  on('assign', async () =>
    showReply(
      await bridge.run('assign', {
        targets: splitTargets($<HTMLInputElement>('assign-targets').value),
      }),
    ),
  );
  translate();
  busy(null);
  void loadContext();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
