/**
 * The one call between the Sheets sidebar and its server: `{ command, input }` in, the Outcome
 * out, both checked by zod where they cross google.script.run.
 */
import * as z from 'zod';
import type { DocSpec } from '../report/doc-spec';
import type { WorkbookSpec } from '../workbook/spec';
import { error } from '../errors/problem';
import type { Clock } from './clock';
import type { CommandId } from './command';
import type { Outcome } from './outcome';
import type { HostPort, HostPortNow } from './port';
import { runCommand, runCommandNow } from './run';
import { LogEntrySchema, ProblemSchema } from './schemas';
import type { InputOf } from './table';
import { COMMANDS } from './table';

export type RpcRequest = { [K in CommandId]: { command: K; input: InputOf<K> } }[CommandId];

const ids = Object.keys(COMMANDS) as CommandId[];

const requests = ids.map((id) =>
  z.object({ command: z.literal(id), input: COMMANDS[id].input as z.ZodType }).strict(),
);

export const RpcRequestSchema = z.discriminatedUnion(
  'command',
  requests as [(typeof requests)[number], ...typeof requests],
) as unknown as z.ZodType<RpcRequest>;

const MessageSchema = z.object({ vi: z.string(), en: z.string() }).strict();

const SpecSchema = z.custom<WorkbookSpec>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    Array.isArray((v as WorkbookSpec).sheets) &&
    typeof (v as WorkbookSpec).font === 'object',
  'a workbook description',
);

const DocSchema = z.custom<DocSpec>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    Array.isArray((v as DocSpec).blocks) &&
    typeof (v as DocSpec).page === 'object',
  'a document description',
);

export const OutcomeSchema: z.ZodType<Outcome> = z
  .object({
    ok: z.boolean(),
    message: MessageSchema.exactOptional(),
    problems: z.array(ProblemSchema),
    notes: z.array(MessageSchema),
    log: z.array(LogEntrySchema),
    files: z.array(
      z.union([
        z.object({ name: z.string(), spec: SpecSchema }).strict(),
        z.object({ name: z.string(), doc: DocSchema }).strict(),
      ]),
    ),
    confirm: z
      .object({ question: MessageSchema, yes: MessageSchema, consent: z.string() })
      .strict()
      .exactOptional(),
    data: z.unknown().exactOptional(),
  })
  .strict();

/** A request as the runner takes it, or the Outcome that says why it cannot be run. */
function parseRequest(request: unknown): RpcRequest | Outcome {
  const parsed = RpcRequestSchema.safeParse(request);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const detail = issue ? `${issue.path.join('.') || '(request)'}: ${issue.message}` : 'request';
  return {
    ok: false,
    problems: [error('badRequest', undefined, { detail })],
    notes: [],
    log: [],
    files: [],
  };
}

/** The server's side of the call: a request that does not have the shape is said, not run. */
export async function answerRpc(port: HostPort, request: unknown, clock: Clock): Promise<Outcome> {
  const r = parseRequest(request);
  if (!('command' in r)) return r;
  return runCommand(port, r.command, r.input as never, clock);
}

/** The same on a port that answers at once (the Apps Script server): the Outcome itself. */
export function answerRpcNow(port: HostPortNow, request: unknown, clock: Clock): Outcome {
  const r = parseRequest(request);
  if (!('command' in r)) return r;
  return runCommandNow(port, r.command, r.input as never, clock);
}
