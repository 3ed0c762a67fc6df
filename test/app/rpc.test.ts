/**
 * The one call the Sheets sidebar makes to its server: a request of the right shape runs its
 * command and the reply has the Outcome's shape after a JSON round trip (as google.script.run
 * carries it); a request of another shape is said, not run.
 */
import * as fs from 'fs';
import { OutcomeSchema, RpcRequestSchema } from '../../shared/app/rpc';
import { readPlanText } from '../../shared/plan/read';
import { SAMPLE } from '../helpers/paths';
import { MemoryPort } from './memory-port';

const clock = { now: '2014-07-15T03:00:00.000Z', today: '2014-07-15' };
const read = readPlanText(fs.readFileSync(SAMPLE, 'utf8'));
if (!read.ok) throw new Error(read.problems[0]?.en);
const plan = read.value;

/** What crosses google.script.run: plain JSON, no Date, no class. */
const overTheWire = <T>(v: T): unknown => JSON.parse(JSON.stringify(v));

describe('the Sheets RPC', () => {
  it('runs a request that has its command’s shape and replies with an Outcome', async () => {
    const port = new MemoryPort();
    const reply = await port.answer(overTheWire({ command: 'build', input: { plan } }), clock);
    expect(reply.ok).toBe(true);
    const back = OutcomeSchema.safeParse(overTheWire(reply));
    expect(back.success).toBe(true);
    expect(port.drawn).toContain('tracking');

    const report = await port.answer({ command: 'report', input: { asOf: '2014-12-31' } }, clock);
    expect(report.ok).toBe(true);
    expect(OutcomeSchema.safeParse(overTheWire(report)).success).toBe(true);
  });

  it('says a request of another shape, naming the field, and runs nothing', async () => {
    const port = new MemoryPort();
    const unknownCommand = await port.answer({ command: 'format', input: {} }, clock);
    expect(unknownCommand.ok).toBe(false);
    expect(unknownCommand.problems.map((p) => p.code)).toEqual(['badRequest']);

    const badDate = await port.answer({ command: 'report', input: { asOf: '31/12/2014' } }, clock);
    expect(badDate.ok).toBe(false);
    expect(badDate.problems[0]?.vi).toMatch(/^Dữ liệu gửi lên không hợp lệ: input\.asOf: /);
    expect(badDate.problems[0]?.en).toMatch(/^The data sent is not valid: input\.asOf: /);
    expect(port.reads).toEqual([]);
    expect(port.drawn).toEqual([]);
  });

  it('answers at once, not with a promise, on a port whose calls answer at once (Apps Script)', async () => {
    const now = new MemoryPort();
    const reply = now.answerNow(overTheWire({ command: 'build', input: { plan } }), clock);
    expect(typeof (reply as { then?: unknown }).then).toBe('undefined');
    expect(reply.ok).toBe(true);
    expect(now.drawn).toContain('tracking');

    const later = new MemoryPort();
    const awaited = await later.answer(overTheWire({ command: 'build', input: { plan } }), clock);
    expect(overTheWire(reply)).toEqual(overTheWire(awaited));
    expect(now.grid('tracking')).toEqual(later.grid('tracking'));
    expect(now.grid('plan')).toEqual(later.grid('plan'));

    const refused = now.answerNow({ command: 'report', input: { asOf: '31/12/2014' } }, clock);
    expect(refused.problems.map((p) => p.code)).toEqual(['badRequest']);
  });

  it('accepts exactly the commands of the table', () => {
    expect(RpcRequestSchema.safeParse({ command: 'mark', input: 5 }).success).toBe(false);
    expect(RpcRequestSchema.safeParse({ command: 'context', input: {}, extra: 1 }).success).toBe(
      false,
    );
  });
});
