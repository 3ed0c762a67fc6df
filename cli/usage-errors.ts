/**
 * The command line's own errors (a missing argument, an unknown command or option, a bad value)
 * in Vietnamese and English like every other problem. commander's own English text is kept
 * from the user; what it names is taken from it and said in our words, with the argument's or
 * option's own description (its help text is "vietnamese / english").
 */
import type { Command, CommanderError, Option } from 'commander';
import { error } from '../shared/errors/problem';
import type { Problem } from '../shared/errors/problem';
import type { Described } from '../shared/i18n/catalog';

function described(name: string, description: string): Described {
  const cut = description.lastIndexOf(' / ');
  return cut < 0
    ? { name, vi: description, en: description }
    : { name, vi: description.slice(0, cut), en: description.slice(cut + 3) };
}

function optionOf(cmd: Command, flags: string): Option | undefined {
  for (let c: Command | null = cmd; c; c = c.parent) {
    const o = c.options.find((x) => x.flags === flags);
    if (o) return o;
  }
  return undefined;
}

/** The problem to show for commander's error on `cmd` (the command that was being parsed). */
export function usageProblem(e: CommanderError, cmd: Command): Problem {
  const command = cmd.parent ? cmd.name() : 'thidua';
  const m = (re: RegExp): RegExpExecArray | null => re.exec(e.message);
  switch (e.code) {
    case 'commander.missingArgument': {
      const name = m(/missing required argument '(.+)'/)?.[1] ?? '';
      const arg = cmd.registeredArguments.find((a) => a.name() === name);
      return error('cliMissingArgument', undefined, {
        command,
        arg: described(name, arg?.description ?? ''),
      });
    }
    case 'commander.missingMandatoryOptionValue':
    case 'commander.optionMissingArgument': {
      const flags = m(/option '(.+?)'/)?.[1] ?? '';
      const option = described(flags, optionOf(cmd, flags)?.description ?? '');
      return e.code === 'commander.optionMissingArgument'
        ? error('cliOptionValueMissing', undefined, { command, option })
        : error('cliMissingOption', undefined, { command, option });
    }
    case 'commander.unknownOption': {
      const found = m(/unknown option '([^']+)'(?:\s*\(Did you mean (.+?)\?\))?/);
      return error('cliUnknownOption', undefined, {
        command,
        flag: found?.[1] ?? '',
        suggestion: found?.[2] ?? '',
      });
    }
    case 'commander.unknownCommand': {
      const found = m(/unknown command '([^']+)'(?:\s*\(Did you mean (.+?)\?\))?/);
      const root = cmd.parent ?? cmd;
      return error('cliUnknownCommand', undefined, {
        name: found?.[1] ?? '',
        suggestion: found?.[2] ?? '',
        commands: root.commands.map((c) => c.name()).join(', '),
      });
    }
    case 'commander.excessArguments':
      return error('cliTooManyArguments', undefined, {
        command,
        expected: cmd.registeredArguments.length,
        got: Number(m(/but got (\d+)/)?.[1] ?? 0),
      });
    case 'commander.invalidArgument': {
      const found = m(/option '(.+?)' argument '(.*)' is invalid/);
      const option = found ? optionOf(cmd, found[1] as string) : undefined;
      if (found && option?.argChoices) {
        return error('cliInvalidValue', undefined, {
          option: option.long ?? option.flags,
          value: found[2] as string,
          choices: option.argChoices.join(', '),
        });
      }
      break;
    }
  }
  return error('cliOther', undefined, { text: e.message.replace(/^error:\s*/, '') });
}
