/**
 * The report shown in the page (figures by period and by unit, and their charts), with the
 * summary for the emulation bloc's meeting beside it; the report sheet made anew, and each unit's
 * own file to send.
 */
import { el, button, field } from '../dom';
import { ReportView } from '../report-view';
import type { JobKit, JobPanel } from './kit';
import { stop } from './kit';

export function reportJob(kit: JobKit): JobPanel {
  const { doc, act } = kit;
  const asOfInput = el(doc, 'input', { id: 'report-asof', type: 'text' });
  const asOf = kit.date(asOfInput, (ui) => ui.plan.asOf);
  const box = el(doc, 'div', { id: 'report-view', class: 'report-view' });
  const view = new ReportView(box, kit.lang());
  kit.onTranslate((lang) => view.translate(lang));
  const dated = async () => {
    const d = asOf.read();
    if (!d.ok) return stop(d.message);
    return { input: d.iso ? { asOf: d.iso } : {} };
  };
  // the summary the office takes to bloc meetings: a page per bloc after the province's table
  const forMeetings = async () => {
    const d = await dated();
    return 'input' in d ? { ...d, input: { ...d.input, blocs: true } } : d;
  };
  const show = (
    r: { ok: boolean; data?: { report: Parameters<ReportView['show']>[0] } } | null,
  ) => {
    if (r?.ok && r.data) view.show(r.data.report);
  };
  const buttons = [
    button(
      doc,
      'report-show',
      'report.show',
      () => void act.command('report', dated).then(show),
      'primary',
    ),
    kit.allowed('summary')
      ? button(
          doc,
          'report-summary',
          'report.exportSummary',
          () => void act.command('summary', forMeetings).then(show),
        )
      : null,
    kit.allowed('reportDoc')
      ? button(
          doc,
          'report-doc',
          'report.downloadDoc',
          () => void act.command('reportDoc', dated).then(show),
        )
      : null,
    kit.allowed('refresh')
      ? button(doc, 'report-refresh', 'report.refresh', () => void act.command('refresh', dated))
      : null,
    kit.allowed('unitFiles')
      ? button(
          doc,
          'report-units',
          'report.downloadUnits',
          () => void act.command('unitFiles', async () => ({ input: {} })),
        )
      : null,
  ];
  return {
    id: 'report',
    element: el(
      doc,
      'div',
      {},
      field(doc, 'plan.asOf', asOfInput),
      el(doc, 'div', { class: 'stack' }, ...buttons),
      box,
    ),
  };
}
