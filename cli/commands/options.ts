/** Option values shared by commands. */
import { error } from '../../shared/errors/problem';
import { parseDateText } from '../../shared/workbook/cells';
import { CommandFailed } from '../errors';

/** "--as-of 30/06/2014" or "2014-06-30" → ISO; a bad date stops the command. */
export function asOfOption(text: string | undefined): string | null {
  if (text === undefined) return null;
  const iso = parseDateText(text);
  if (!iso) throw new CommandFailed([error('badAsOf', undefined, { text })]);
  return iso;
}

export const FORCE =
  'ghi đè cả sổ đã có mục đã nhập, sau khi giữ bản sao .bak.xlsx / overwrite a workbook holding entries, after keeping a .bak.xlsx copy';
export const FORCE_UPDATE =
  'áp dụng cả kế hoạch khác số, năm hoặc cơ quan ban hành, và ghi đè cả sổ đã có mục đã nhập (sau khi giữ bản sao .bak.xlsx) / apply a plan of another number, year or issuer, and overwrite a workbook holding entries (after keeping a .bak.xlsx copy)';
export const IN_PLACE =
  'cho phép -o là chính sổ đầu vào, sau khi giữ bản sao .bak.xlsx / let -o be the input workbook itself, after keeping a .bak.xlsx copy';

/** The options of a command that writes a book. */
export interface BookOutputOptions {
  output: string;
  inPlace?: boolean;
  force?: boolean;
}

export function outputOptions(opts: BookOutputOptions): { inPlace: boolean; force: boolean } {
  return { inPlace: opts.inPlace === true, force: opts.force === true };
}
