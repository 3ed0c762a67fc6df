/** Option values shared by commands. */
import { error } from '../../shared/errors/problem';
import { parseDateText } from '../../shared/read/cells';
import { CommandFailed } from '../errors';

/** "--as-of 30/06/2014" or "2014-06-30" → ISO; a bad date stops the command. */
export function asOfOption(text: string | undefined): string | null {
  if (text === undefined) return null;
  const iso = parseDateText(text);
  if (!iso) throw new CommandFailed([error('badAsOf', undefined, { text })]);
  return iso;
}
