/**
 * The Google Sheets sidebar: the Excel pane's actions, Vietnamese first with an English switch.
 * Files are read here, in the browser (plans with mammoth, returned workbooks with exceljs); the
 * server gets plain JSON and draws the result.
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
import { dateFields, type DateField } from '../../../shared/ui/date-field';
import { langStore, pageStorage } from '../../../shared/ui/lang';
import { MarkForm } from '../../../shared/ui/mark-form';
import { ReportView } from '../../../shared/ui/report-view';
import { writeXlsx } from '../../../shared/xlsx/write';
import { byId, canFocus, translatePage, wireTabs } from '../../../shared/ui/page';
import { readBookXlsx } from '../../../shared/xlsx/book-io';
import type { Context, Reply } from '../server/commands';
import { callServer } from './server';

/** Each google.script.run call stays under this many bytes of JSON. */
export const BATCH_BYTES = 1_000_000;

const CATALOGS: Record<Lang, Catalog> = { vi, en };
// Vietnamese unless English was chosen here; storage is often blocked in the sidebar's frame
const langs = langStore(pageStorage(window));
let lang: Lang = langs.get();
const cat = (): Catalog => CATALOGS[lang];

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => byId<T>(document, id);

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

function linesOf(reply: Reply<unknown>): Shown {
  if (reply.ok) {
    return {
      ok: true,
      lines: [
        { text: reply.message[lang], kind: 'message' },
        ...reply.notes.map((n) => ({ text: n[lang], kind: 'note' as const })),
        ...problemLines(reply.warnings, lang).map((l) => ({ text: l.text, kind: l.severity })),
      ],
    };
  }
  return {
    ok: false,
    lines: [
      ...reply.errors.map((m) => ({ text: m[lang], kind: 'error' as const })),
      ...problemLines(reply.problems, lang).map((l) => ({ text: l.text, kind: l.severity })),
    ],
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

function showReply(reply: Reply<unknown>): void {
  show(() => [linesOf(reply)]);
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
  show(() => [{ ok: false, lines: [{ text: `${cat().ui.failed}: ${text}`, kind: 'error' }] }]);
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

let context: Context | null = null;

function renderContext(): void {
  const who = $('who');
  if (!context) {
    who.textContent = '';
    return;
  }
  const s = cat().ui.sheets;
  const role = context.office
    ? s.roleOffice
    : context.unit
      ? s.roleUnit({ unit: context.unit.name })
      : s.roleUnknown;
  who.textContent = context.email ? `${s.signedInAs({ email: context.email })} · ${role}` : role;
}

async function loadContext(): Promise<void> {
  try {
    const reply = await callServer('getContext');
    if (reply.ok) context = reply.data;
    renderContext();
  } catch {
    // the header stays empty; actions still report their own errors
  }
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

type BuildReply = Reply<{ rows: number }>;

/** Builds the book, asking first when that would replace entries or sheets of the user's. */
async function buildWith(send: (replace: boolean) => Promise<BuildReply>): Promise<void> {
  let reply = await send(false);
  // the question is the core's, the same in every host: agreeing deletes the entries it counts
  if (!reply.ok && reply.confirm) {
    busy(null);
    const yes = await confirmInline(reply.confirm[lang]);
    if (!yes) {
      showReply(reply);
      return;
    }
    busy(cat().ui.working);
    reply = await send(true);
  }
  showReply(reply);
  await loadContext();
}

async function build(): Promise<void> {
  const asOf = dateOf('plan-asof');
  if (asOf === undefined) return;
  const plan = await planFrom('plan-text', 'plan-file');
  if (!plan) return;
  await buildWith((replace) => callServer('buildFromPlan', plan, { asOf, replace }));
}

/** The plan table selected in the sheet, read on the server (values, formats, merged ranges). */
async function buildFromSelection(): Promise<void> {
  const asOf = dateOf('plan-asof');
  if (asOf === undefined) return;
  await buildWith((replace) => callServer('buildFromSelection', { asOf, replace }));
}

async function update(): Promise<void> {
  const plan = await planFrom('update-text', 'update-file');
  if (!plan) return;
  let reply = await callServer('applyAmendedPlan', plan, { force: false });
  if (!reply.ok && reply.confirm) {
    busy(null);
    const yes = await confirmInline(reply.confirm[lang]);
    if (!yes) {
      showReply(reply);
      return;
    }
    busy(cat().ui.working);
    reply = await callServer('applyAmendedPlan', plan, { force: true });
  }
  showReply(reply);
}

async function showReport(): Promise<void> {
  const asOf = dateOf('report-asof');
  if (asOf === undefined) return;
  const reply = await callServer('showReport', { asOf });
  if (reply.ok) reportView.show(reply.data.report);
  showReply(reply);
}

let summaryUrl: string | null = null;

/** The summary workbook, written here from the server's description, offered beside the figures. */
async function exportSummary(): Promise<void> {
  const asOf = dateOf('report-asof');
  if (asOf === undefined) return;
  const reply = await callServer('exportSummary', { asOf });
  if (reply.ok) {
    reportView.show(reply.data.report);
    const bytes = await writeXlsx(reply.data.file.spec);
    if (summaryUrl) URL.revokeObjectURL(summaryUrl);
    summaryUrl = URL.createObjectURL(new Blob([bytes as BlobPart]));
    const link = $<HTMLAnchorElement>('report-file-link');
    link.href = summaryUrl;
    link.download = reply.data.file.name;
    link.textContent = cat().ui.excel.download({ name: reply.data.file.name });
    $('report-file').hidden = false;
  }
  showReply(reply);
}

async function mark(): Promise<void> {
  const mark = markForm.read();
  if (!mark.ok) showRefusal(mark.message);
  else showReply(await callServer('markSelected', mark.patch));
}

/**
 * What the server needs of a returned file: merging reads the returned book's identity (`meta`)
 * and what was sent out (`base`), and the rows as read (shared/book/consolidate.ts). The plan's
 * text, the unit's copy of its rows, the log and the archive stay here: a 1,000-task file drops
 * from about 1.6 MB of JSON to a third of that.
 */
export function forServer(r: Returned): Returned {
  const book = r.book;
  return {
    ...r,
    book: {
      ...book,
      plan: { ...book.plan, bases: [], periods: [], sections: [] },
      rows: [],
      archive: [],
      log: [],
    },
  };
}

/** Returned files grouped so that each call's JSON stays under BATCH_BYTES. */
export function batches(files: Returned[], limit = BATCH_BYTES): Returned[][] {
  const encoder = new TextEncoder();
  const out: Returned[][] = [];
  let current: Returned[] = [];
  let size = 2;
  for (const f of files) {
    const n = encoder.encode(JSON.stringify(f)).length + 1;
    if (current.length > 0 && size + n > limit) {
      out.push(current);
      current = [];
      size = 2;
    }
    current.push(f);
    size += n;
  }
  if (current.length > 0) out.push(current);
  return out;
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
      returned.push(
        forServer({
          file: f.name,
          book: r.value.book,
          rows: r.value.tracking,
          problems: r.warnings,
        }),
      );
    } else unread.push(...r.problems);
  }
  const parts: Shown[] = [];
  if (unread.length > 0) {
    parts.push({
      ok: false,
      lines: problemLines(unread, lang).map((l) => ({ text: l.text, kind: l.severity })),
    });
  }
  const groups = batches(returned);
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as Returned[];
    busy(cat().ui.sheets.batch({ batch: i + 1, of: groups.length, files: group.length }));
    const reply = await callServer('consolidateFiles', group);
    parts.push(linesOf(reply));
    renderLog(reply);
  }
  if (parts.length === 0) parts.push({ ok: false, lines: [] });
  show(() => parts);
}

function renderLog(reply: Reply<unknown>): void {
  const list = $('merge-log');
  if (!reply.ok) return;
  for (const e of reply.log) {
    const li = document.createElement('li');
    li.textContent = `${e.taskId} · ${e.unitCode} · ${e.field}: ${e.old} → ${e.new} (${cat().ui.excel.outcomes[e.outcome]})`;
    list.append(li);
  }
}

async function loadUnresolved(): Promise<void> {
  const reply = await callServer('listUnresolved');
  const list = $('unresolved');
  list.replaceChildren();
  if (!reply.ok) {
    showReply(reply);
    return;
  }
  reply.data.phrases.forEach((p, k) => {
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
  showReply(reply);
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
  showReply(await callServer('saveMappings', mappings));
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
  on('my-rows', async () => showReply(await callServer('selectMyRows')));
  on('merge-apply', merge);
  on('refresh', async () => {
    const asOf = dateOf('report-asof');
    if (asOf !== undefined) showReply(await callServer('refreshReport', { asOf }));
  });
  on('report-show', showReport);
  on('report-summary', exportSummary);
  on('protect', async () => showReply(await callServer('applyUnitProtections')));
  on('units-save', async () => showReply(await callServer('saveUnitsFromSheet')));
  on('unresolved-load', loadUnresolved);
  on('mappings-apply', applyMappings);
  on('assign', async () =>
    showReply(
      await callServer('assignSelected', splitTargets($<HTMLInputElement>('assign-targets').value)),
    ),
  );
  translate();
  busy(null);
  void loadContext();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
