/**
 * The command line's help headings in both languages at once: help is printed once for every
 * reader, so the Vietnamese and English catalogs share these words.
 */
export const CLI_HELP = {
  titles: {
    'Usage:': 'Cách dùng / Usage:',
    'Arguments:': 'Tham số / Arguments:',
    'Options:': 'Tuỳ chọn / Options:',
    'Commands:': 'Lệnh / Commands:',
    'Global Options:': 'Tuỳ chọn chung / Global options:',
  },
  option: 'xem hướng dẫn / show help',
  command: 'xem hướng dẫn một lệnh / show help for a command',
} as const;
