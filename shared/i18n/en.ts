/** English strings, available wherever Vietnamese is shown first. */
import { CLI_HELP } from './cli-help';
import type { OtherDocKind } from './plan-words';
import type { DocxReadFailure } from './plan-words';
import type { Catalog, CriteriaField, FileFormat, FileKind, InputRole, NotAFile } from './catalog';
import { formatCount } from './numbers';

/** Why a .docx could not be read, in the office's words (never the reader's own). */
const DOCX_FAILURES: Record<DocxReadFailure, string> = {
  empty: 'the file is empty',
  'legacy-doc': 'it is an old Word file (.doc)',
  'not-zip': 'it does not have the form of a .docx document',
  'no-document': 'it holds no Word document text',
  corrupt: 'it is damaged or cut short',
};

const KINDS: Record<FileKind, string> = {
  image: 'an image',
  pdf: 'a PDF file',
  zip: 'a .zip archive that is not a .docx',
  spreadsheet: 'a spreadsheet',
  rtf: 'an RTF file (save it as .docx)',
  binary: 'a binary file',
};

const DOC_KINDS: Record<OtherDocKind, string> = {
  report: 'a report ("BÁO CÁO")',
  guidance: 'a guidance ("HƯỚNG DẪN")',
  decision: 'a decision ("QUYẾT ĐỊNH")',
  letter: 'an official letter ("công văn")',
  notice: 'a notice ("THÔNG BÁO")',
  submission: 'a submission ("TỜ TRÌNH")',
  resolution: 'a resolution ("NGHỊ QUYẾT")',
  directive: 'a directive ("CHỈ THỊ")',
  invitation: 'an invitation ("GIẤY MỜI")',
  regulation: 'a set of rules ("QUY CHẾ", "QUY ĐỊNH")',
  minutes: 'minutes ("BIÊN BẢN")',
};

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const int = (n: number): string => formatCount(n, 'en');

const FORMATS: Record<FileFormat, string> = {
  empty: 'an empty file',
  xlsx: 'an Excel workbook (.xlsx)',
  docx: 'a Word document (.docx)',
  pptx: 'a PowerPoint presentation (.pptx)',
  ods: 'an OpenDocument spreadsheet (.ods)',
  odt: 'an OpenDocument text (.odt)',
  odf: 'an OpenDocument file',
  zip: 'a .zip archive',
  encrypted: 'a password-protected Office file',
  xls: 'an old Excel file (.xls)',
  doc: 'an old Word document (.doc)',
  ppt: 'an old PowerPoint presentation (.ppt)',
  ole: 'an old binary Office file',
  pdf: 'a PDF file',
  image: 'an image',
  rtf: 'an RTF file',
  html: 'a web page (HTML, which other software often exports with an .xls name)',
  xml2003: 'an Excel 2003 XML spreadsheet',
  csv: 'a CSV text file',
  text: 'a text file',
  binary: 'a binary file of unknown kind',
};

const NOT_FILES: Record<NotAFile, string> = {
  folder: 'a folder',
  pipe: 'a named pipe',
  device: 'a device (such as /dev/zero)',
  socket: 'a socket',
  other: 'a special system object',
};

const ROLES: Record<InputRole, string> = {
  book: 'the tracking workbook',
  returned: 'a returned unit file',
  plan: 'the plan file',
  units: 'the unit list',
  log: 'the log file',
};

const WRITE_REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'no permission to write; is it open in Excel, or is the folder read-only?',
  EPERM: 'not allowed to write; is it open in Excel, or is the folder read-only?',
  EBUSY: 'another program, such as Excel, has it open',
  EROFS: 'the disk is read-only',
  EISDIR: 'it is a folder',
  ENOTDIR: 'the path goes through a file, not a folder',
  ENOENT: 'the folder does not exist',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'a disk input/output error',
};

const CRITERIA_FIELD_EN: Record<CriteriaField, string> = {
  name: 'a name',
  maxPoints: 'the most points (a number of 0 or more)',
  penalty: 'points taken off (a number of 0 or more, or empty)',
  method: '"Theo tiến độ kế hoạch" (from the plan) or "Chấm tay" (by hand)',
  bonusCap: 'the most bonus points (a number of 0 or more)',
  count: 'a count (a whole number of 0 or more)',
  least: '"Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ" or "Hoàn thành nhiệm vụ"',
};

export const en: Catalog = {
  problems: {
    emptyMark: () =>
      'Nothing to write: choose a status, or enter a completion date, evidence or a note.',
    sheetsInTheWay: ({ names }) =>
      `The spreadsheet already has sheets ${names} holding data that is not Sổ Thi Đua's. Building would overwrite them: rename them first, or confirm to overwrite.`,
    incompleteDraw: () =>
      'The last write to this workbook did not finish (it was cut off), so some data may be missing. Restore the previous version of the file (Version history), then do it again; otherwise entries made could be lost.',
    duplicatePeriodLabel: ({ label }) =>
      `The period "${label}" appears twice in the task table; the workbook shows the second as "${label} (2)".`,
    bookExists: ({ plan, entries }) =>
      `This spreadsheet already holds a tracking workbook (${plan}) with ${entries} entries. To keep them, use "Apply an amended plan".`,
    noBook: () => 'This spreadsheet holds no tracking workbook yet. Build one from a plan first.',
    noSelection: () => 'No rows of the "Theo dõi" sheet are selected.',
    fileNotFound: () => 'The file cannot be opened: it does not exist or cannot be read.',
    notAFile: ({ kind }) =>
      `This is ${NOT_FILES[kind]}, not a file, so it is not read. Give the file to use.`,
    fileNoAccess: () =>
      'You have no permission to read this file. Check its permissions, or copy it into a folder of yours.',
    fileTooLarge: ({ size, limit }) =>
      `The file is too large (${mb(size)}); the limit is ${mb(limit)}. Check that this is the right file.`,
    legacyXls: () =>
      'This is an old Excel file (.xls, Excel 97–2003). Open it in Excel and save it as .xlsx (File → Save As → Excel Workbook (*.xlsx)), then use the .xlsx file.',
    encryptedFile: () =>
      'The file is password-protected (encrypted), so it cannot be read. Open it, remove the password (File → Info → Protect → Encrypt with Password, clear the password, OK), save it, then use that file.',
    odsFile: () =>
      'This is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice). Save it as .xlsx (File → Save As, type "Excel 2007-365 (.xlsx)"), then use the .xlsx file.',
    notAWorkbook: ({ format }) =>
      `This file is ${FORMATS[format]}, not an Excel workbook (.xlsx). Use the right .xlsx file; if this is a spreadsheet, open it in Excel and save it as .xlsx.`,
    notACsv: ({ format }) =>
      `The unit list must be a CSV (text) file; this file is ${FORMATS[format]}. In Excel: File → Save As → "CSV UTF-8 (Comma delimited)".`,
    damagedFile: ({ cause }) =>
      cause === 'truncated'
        ? 'The file is cut short (incomplete): a download or a copy may not have finished. Get the original file again.'
        : 'The file is damaged: its inner structure cannot be read. Get the original file again, or open it in Excel and save it again.',
    damagedSheet: () =>
      "This sheet's content is damaged, so the file cannot be read. Open the file in Excel (which offers to repair it) and save it, or get the original file again.",
    damagedPart: () =>
      'A part inside the file is damaged, so the file cannot be read. Open the file in Excel (which offers to repair it) and save it, or get the original file again.',
    unusualCompression: () =>
      'The file is compressed in a way Excel does not use (or its parts are encrypted). Open it in Excel and save it again.',
    tooManyParts: ({ count, limit }) =>
      `The file has ${int(count)} parts inside, over the limit of ${int(limit)}: it is not an ordinary tracking workbook, and it is not read.`,
    unpackedTooLarge: ({ size, limit }) =>
      `The file unpacks to ${mb(size)}, over the limit of ${mb(limit)}: it is not read (it may be a malicious "zip bomb", or not a tracking workbook).`,
    compressionTooHigh: ({ ratio, limit }) =>
      `A part of the file is compressed ${int(ratio)}:1, which is abnormal (the limit is ${int(limit)}:1): it may be a malicious "zip bomb", and it is not read.`,
    sizeMismatch: () =>
      'The sizes recorded inside the file do not match its content: it is damaged or forged, and it is not read.',
    tooManyRows: ({ limit }) =>
      `The sheet has data beyond row ${int(limit)} (Sổ Thi Đua's limit; a province's book has about 50,000 rows): it is not read. Check that this is the right file, or delete the extra rows.`,
    tooManyCells: ({ cells, limit }) =>
      `The sheet's data area is too large (${int(cells)} cells, rows × columns; the limit is ${int(limit)}): it is not read. Delete the extra rows and columns.`,
    csvEncoding: ({ encoding }) =>
      `The CSV file is not in UTF-8; it was read as ${encoding}. Check the units' names (when saving from Excel, choose "CSV UTF-8").`,
    outputIsInput: ({ role, inPlace }) =>
      `The output file (-o) is ${ROLES[role]} given as input: an input is not overwritten. Choose another name` +
      (inPlace
        ? ', or add --in-place to write into the workbook itself (a .bak.xlsx copy is kept first).'
        : '.'),
    outputNotAFile: ({ kind }) =>
      `The output (-o) is ${NOT_FILES[kind]}, not a file: nothing is written. Give a file name.`,
    outputNotAFolder: () =>
      'The output folder (-o) is an existing file, not a folder: nothing is written. Choose a folder.',
    outputHoldsEntries: ({ entries, unit }) =>
      `This file is already ${unit ? 'a unit file' : 'a tracking workbook'} with ${int(entries)} ${entries === 1 ? 'entry' : 'entries'}; overwriting it would lose them, so it is not written. Choose another name, use update or consolidate to keep the entries, or add --force to overwrite it anyway (a .bak.xlsx copy is kept first).`,
    outputUnreadable: () =>
      'This file exists and cannot be read to tell whether it holds entries, so it is not overwritten. Choose another name, or add --force to overwrite it anyway (a .bak.xlsx copy is kept first).',
    unitFilesInTheWay: ({ files }) =>
      `The folder already holds unit files not yet merged into the workbook: ${files
        .map((f) =>
          f.unmerged === null
            ? `${f.name} (not a unit file of this workbook, or unreadable)`
            : `${f.name} (${int(f.unmerged)} ${f.unmerged === 1 ? 'entry' : 'entries'} not merged)`,
        )
        .join(
          ', ',
        )}. No file is overwritten. Merge them into the workbook first (consolidate), or choose another folder.`,
    cliMissingArgument: ({ command, arg }) =>
      `The command "${command}" needs <${arg.name}> (${arg.en}). See: thidua ${command} --help`,
    cliMissingOption: ({ command, option }) =>
      `The command "${command}" needs the option ${option.name} (${option.en}). See: thidua ${command} --help`,
    cliOptionValueMissing: ({ command, option }) =>
      `The option ${option.name} needs a value (${option.en}). See: thidua ${command} --help`,
    cliUnknownOption: ({ command, flag, suggestion }) =>
      `There is no option ${flag}${suggestion ? ` (did you mean ${suggestion}?)` : ''}. See: thidua ${command} --help`,
    cliUnknownCommand: ({ name, suggestion, commands }) =>
      `There is no command "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}. Commands: ${commands}. See: thidua --help`,
    cliTooManyArguments: ({ command, expected, got }) =>
      `The command "${command}" takes ${expected} argument${expected === 1 ? '' : 's'} but was given ${got}. A file name with spaces must be in quotes. See: thidua ${command} --help`,
    cliInvalidValue: ({ option, value, choices }) =>
      `"${value}" is not a valid value for ${option} (choose: ${choices}).`,
    cliOther: ({ text }) => `The command line is not valid (${text}). See: thidua --help`,
    emptyInput: () => 'The file or text is empty: there is nothing to read.',
    tooLarge: ({ size, limit }) =>
      `The file is too large (${mb(size)}); a plan can be at most ${mb(limit)}. Check the file you chose.`,
    legacyDoc: () =>
      'This is an old Word file (.doc). Open it in Word, save it as .docx (File → Save As → Word Document), then choose it again.',
    notADocument: ({ kind }) =>
      `This file is ${KINDS[kind]}, not a plan document. Choose the plan (.docx, .txt) or its task table (.xlsx, .csv, .tsv).`,
    corruptDocx: ({ reason }) =>
      `The .docx file cannot be read: ${DOCX_FAILURES[reason]}. Open it in Word and save it as .docx again, or get the original file again.`,
    undecodableText: () =>
      "The text's character encoding is not recognised. Save the text as Unicode (UTF-8).",
    legacyEncodingConverted: ({ encoding }) =>
      `The text was typed in the ${encoding} encoding and has been converted to Unicode. Check proper names.`,
    noTaskTable: () =>
      'No task table (a header row "Stt | Nội dung công việc | …") was found. Is this an emulation and commendation plan?',
    notAPlan: ({ kind }) =>
      `This document is ${DOC_KINDS[kind]}, not a plan: no tasks are read from it. Choose the plan ("KẾ HOẠCH") or the work programme ("CHƯƠNG TRÌNH").`,
    noTasks: () => 'The task table holds no tasks.',
    tasksGroupedByTime: ({ periods }) =>
      `The task table has no period rows (quarter, month); each task was put in a period by its own time: ${periods}. Check them.`,
    taskBeforePeriod: ({ label }) =>
      `Tasks stand before any period row (quarter, month); they were put in the period "${label}".`,
    unknownPeriod: ({ label }) =>
      `The period "${label}" is not recognised (expected "Quý I/2014", "Tháng 3/2015", "6 tháng đầu năm 2014", "Nhiệm vụ thường xuyên"); it has no start and end dates, so its tasks have a deadline only where their time column gives a date.`,
    periodWithoutYear: ({ label }) =>
      `The period "${label}" gives no year, and the document does not say the plan's year (a title "… năm 2024" or a date of issue); the period has no start and end dates.`,
    periodsMerged: ({ label, first, dates }) =>
      `The period "${label}" is the same time as the period "${first}" above${dates ? ` (${dates})` : ''}; the tasks of both were put in "${first}".`,
    periodRepeated: ({ label, first, dates }) =>
      `The period "${label}" is the same time as the period "${first}" above${dates ? ` (${dates})` : ''} but numbers its tasks from 1 again; the two are kept apart.`,
    emptyTaskContent: ({ no }) =>
      `The row numbered "${no}" has no task content; the row was skipped.`,
    rowNoTaskAbove: ({ text }) =>
      `The row "${text}" has no number and no content, and no task above it to join; the row was skipped.`,
    rowUnusedColumnsOnly: ({ text }) =>
      `The row "${text}" has text only in columns that are not read; the row was skipped.`,
    totalsRow: ({ text }) =>
      `The row "${text}" is the table's totals row, not a task; the row was skipped.`,
    rowAboveHeader: ({ text }) =>
      `The row "${text}" stands above the task table's header row; it was not read.`,
    textBetweenTables: ({ text, after }) =>
      `The paragraph "${text}"${after > 0 ? ` (after task table ${after})` : ''} stands between task tables but is not a period heading; it was not read.`,
    textAfterTasks: ({ count, text }) =>
      `${count} ${count === 1 ? 'paragraph' : 'paragraphs'} after the task table, under no heading of the document, ${count === 1 ? 'was' : 'were'} not read, from "${text}".`,
    lineBeforeFirstTask: ({ text }) =>
      `The line "${text}" stands under a period heading but before the period's first task; it was not read.`,
    taskTableNotRead: ({ rows, heading }) =>
      `This table (${rows} rows${heading ? `, under "${heading}"` : ''}) has a task table's header but stands in another section of the document; its rows were not read as tasks.`,
    unusedColumn: ({ column, no }) =>
      `Column ${no} "${column}" of the task table is not read (only Stt, content, responsible, lead, co-operating, time, month/quarter and note columns are).`,
    periodRowNote: ({ label, note }) =>
      `The note "${note}" on the row of the period "${label}" belongs to no task, so it is not taken into the book; if it matters, put it in a task's note.`,
    unnamedColumn: ({ no, rows, sample }) =>
      `Column ${no} of the task table has no header, so it is not read, though ${int(rows)} ${rows === 1 ? 'row has' : 'rows have'} text in it (e.g. "${sample}"). Give the column a header (e.g. "Ghi chú") and read the plan again.`,
    mergeAssumedRows: ({ column, places }) =>
      `The empty "${column}" cells of ${/[,–]/.test(places) ? 'rows' : 'row'} ${places} were read as the lower part of the merged cell above (the document does not show merges): those tasks take the same as the task above. Check them.`,
    mergeAssumedLines: ({ column, places }) =>
      `The empty "${column}" cells at ${/[,–]/.test(places) ? 'lines' : 'line'} ${places} were read as the lower part of the merged cell above (the document does not show merges): those tasks take the same as the task above. Check them.`,
    duplicateTaskNumber: ({ no, period }) =>
      `Task number ${no} appears more than once in the period "${period}".`,
    invalidModel: ({ path, detail }) => `Invalid plan data at ${path}: ${detail}.`,
    cellTooLong: ({ length, limit }) =>
      `The cell holds ${length} characters, over Excel's limit of ${limit} a cell; it was not written.`,
    noTaskSheet: ({ sheets }) =>
      `No sheet has a task table (a header row "Stt | Nội dung công việc | …"). The file's sheets: ${sheets}.`,
    unknownSheet: ({ sheet, sheets }) =>
      `The file has no sheet "${sheet}". The file's sheets: ${sheets}.`,
    sheetOfNonWorkbook: ({ sheet }) =>
      `A sheet ("${sheet}") was named, but this file is not an .xlsx workbook, so it has no sheets to choose from.`,
    unclosedQuote: () =>
      'A double quote opened here is never closed, so the cells from here to the end of the file cannot be told apart. Fix the file (a cell that opens with a double quote must close with one), then read it again.',
    notOurWorkbook: () =>
      "This is not a tracking workbook made by Sổ Thi Đua (the hidden sheet with the workbook's identity is missing). Use a tracking workbook, or a unit file, made by Sổ Thi Đua.",
    identityLost: ({ entries, cleared }) =>
      `The workbook's hidden sheet with its identity ${cleared ? 'was cleared' : 'is missing'}, so it cannot be read as a book, though its "Theo dõi" and "Lưu trữ" sheets still hold ${int(entries)} ${entries === 1 ? 'entry' : 'entries'}. Open its .bak.xlsx copy or an earlier saved version; do not overwrite this file.`,
    sheetCopyIgnored: ({ sheet, copies }) =>
      `The sheet ${copies} is a copy of "${sheet}": the book reads "${sheet}" only, and what is typed in the copy is not counted. Copy the entries to keep into "${sheet}", then delete the copy.`,
    sheetOnlyAsCopy: ({ sheet, copies }) =>
      `There is no sheet "${sheet}", only its copy ${copies}. Rename the copy you mean to keep to "${sheet}", then try again.`,
    missingSheet: ({ name }) =>
      `The sheet "${name}" is missing (renamed or deleted?). Restore it under that name.`,
    missingColumns: ({ names }) =>
      `Columns missing: ${names}. Do not rename or delete the book's columns (columns of your own may be added).`,
    badMeta: ({ detail }) =>
      `The workbook's hidden information is damaged (${detail}). Use an original copy of the file.`,
    planMismatch: ({ file, book }) =>
      `The returned file belongs to another plan (${file}), not this workbook's (${book}); it was not merged.`,
    notAUnitFile: () =>
      'This file is a whole tracking workbook, not a file the office sent to one unit; it was not merged.',
    olderVersion: ({ file, book }) =>
      `The returned file follows version ${file} of the plan; the workbook is at version ${book}. Tasks since removed from the plan are not merged.`,
    unknownUnit: ({ name }) => `There is no unit "${name}" in the unit directory.`,
    otherUnitRow: ({ unit, fileUnit }) =>
      `A row of "${unit}" in the file of "${fileUnit}": a unit may change only its own rows; this row was rejected.`,
    unknownRow: ({ taskId, unit }) =>
      `The workbook has no task ${taskId} assigned to "${unit}"; this row was rejected.`,
    duplicateRow: ({ taskId, unit }) =>
      `Task ${taskId} of "${unit}" appears more than once; only the first row is used.`,
    unknownStatus: ({ text }) =>
      `Status "${text}" is not valid (choose Chưa thực hiện, Đang thực hiện, Hoàn thành, Không thực hiện); the old value is kept.`,
    handTypedStatus: ({ text, status }) => `The typed status "${text}" was read as "${status}".`,
    badDate: ({ text }) =>
      `The date "${text}" is not valid (expected dd/mm/yyyy); the old value is kept.`,
    textDate: ({ text, date }) => `A date typed as text "${text}" was read as ${date}.`,
    formulaInCell: ({ formula }) =>
      `The cell holds a formula "=${formula}"; only its result was taken.`,
    olderReturn: ({ field, ours, theirs }) =>
      `This file is older than one the unit sent after it: "${field}" says "${theirs}", a value the unit sent before and then changed to "${ours}"; "${ours}" is kept. If the unit really means to change it back, edit it in the book.`,
    conflict: ({ field, ours, theirs }) =>
      `Conflict in "${field}": the office has "${ours}", the unit sent "${theirs}"; the office's value is kept.`,
    unitsHeader: ({ names }) =>
      `The unit list lacks columns: ${names} (needed: Mã, Tên đơn vị, Nhóm; optional: Email, Tên gọi khác, Khối thi đua, Vai trò trong khối).`,
    badUnitGroup: ({ text }) =>
      `Group "${text}" is not valid (use one of: "Cấp huyện", "Đoàn trực thuộc", "Ban, Văn phòng", "Ban Thường vụ").`,
    badBlocRole: ({ text }) =>
      `Bloc role "${text}" is not valid (leave it empty, or write "Khối trưởng" (head) or "Khối phó" (deputy)).`,
    badUnitCode: ({ code }) =>
      `Unit code "${code}" is not valid (letters, digits and dashes, at most 20 characters).`,
    duplicateUnit: ({ name, rows }) =>
      `The code, name or alias "${name}" is used by two units (rows ${rows.join(' and ')}); each may stand for one unit only.`,
    noUnits: () => 'The unit list is empty.',
    unknownMappingTarget: ({ phrase, target }) =>
      `The mapping of "${phrase}" names "${target}": no such unit or group.`,
    unresolvedPhrase: ({ phrase, tasks }) =>
      `No unit found for "${phrase}" (tasks ${tasks}); fill it in on the "Ánh xạ" sheet.`,
    unassignedTask: ({ id }) =>
      `Task ${id} is assigned to no unit yet, so it has no tracking rows.`,
    badThreshold: ({ text }) =>
      `Classification threshold "${text}" is not valid (rates from 0% to 100%, decreasing); the defaults are used.`,
    badCriteriaCell: ({ text, what }) =>
      `This cell needs ${CRITERIA_FIELD_EN[what]}; it holds "${text}". Correct it on the Tiêu chí sheet.`,
    criteriaUnreadable: () =>
      'The criteria table (header "STT, Tiêu chí, Điểm tối đa, Cách chấm, …") or the commendations table was not found on the Tiêu chí sheet; restore the headers, or delete the sheet to use the default criteria.',
    duplicateCriterion: ({ name }) =>
      `Criterion "${name}" is written twice; one line per criterion, each with its own name.`,
    noCriteria: () => 'The Tiêu chí sheet has no criterion; scoring needs at least one.',
    badHandScore: ({ text, criterion, max }) =>
      `Points "${text}" for criterion "${criterion}" are not valid: a number from 0 to ${max} is needed.`,
    badBonus: ({ text }) =>
      `Bonus points "${text}" are not valid: a number of 0 or more is needed.`,
    handScoresDropped: ({ unit, names }) =>
      `Points entered for "${unit}" under ${names.map((n) => `"${n}"`).join(', ')} no longer count (that unit or criterion is gone); the next rewrite of the Chấm điểm sheet leaves them out.`,
    badAsOf: ({ text }) =>
      `The report date "${text}" is not valid (expected dd/mm/yyyy or yyyy-mm-dd).`,
    duplicateColumn: ({ name, cells }) =>
      `The column "${name}" appears more than once (cells ${cells.join(', ')}): it is not clear which to take. Delete or rename the extra one.`,
    rowWithoutKey: ({ row }) =>
      `Row ${row} holds something but has no "Mã CV" and no "Đơn vị", so it belongs to no task and would be lost when the book is rewritten. Fill in those two cells, or move what it holds elsewhere.`,
    unknownTask: ({ taskId }) =>
      `The task code "${taskId}" is not in the book's plan. Correct the code.`,
    taskMismatch: ({ taskId, field, found, expected }) =>
      `The task code ${taskId} does not match its row: the "${field}" column says "${found}", while task ${taskId} is "${expected}". The code may have been changed or swapped with another row's; correct it.`,
    mergedCell: ({ range }) =>
      `The cell is part of the merged cells ${range}: its value cannot be taken, and the book keeps its own. Unmerge the cells and send the file again.`,
    errorValue: ({ text }) =>
      `The cell holds the error ${text}: it is not taken, and the book keeps its own value.`,
    formulaNoResult: ({ formula }) =>
      `The cell holds the formula "=${formula}" with no calculated result (the file was not recalculated): it is not taken, and the book keeps its own value. Type the value instead of a formula.`,
    serialAsText: ({ text, date }) =>
      `The date "${text}" is a number (the serial of ${date}?), not a date written dd/mm/yyyy; the old value is kept. Type the date again.`,
    duplicateRows: ({ taskId, unit, rows, fields }) =>
      `Task ${taskId} of "${unit}" is on ${rows.length} rows (rows ${rows.join(', ')}) that differ (${fields.map((f) => `"${f}"`).join(', ')}). Delete the extra row; until then the book is not rewritten and the report counts row ${rows[0]} only.`,
    duplicateRowsMerged: ({ taskId, unit, rows, kept }) =>
      `Task ${taskId} of "${unit}" is on ${rows.length} identical rows (rows ${rows.join(', ')}); counted once, and merged into row ${kept} when the book is rewritten (logged on "Nhật ký").`,
    dateOutsideYear: ({ date, year, school }) =>
      school
        ? `The completion date ${date} is not in the plan's school year (${year} – ${year + 1}, its summer included); check it.`
        : `The completion date ${date} is not in the plan's year (${year}); check it.`,
    dateAfterAsOf: ({ date, asOf }) =>
      `The completion date ${date} has not come yet (it is after both the report date and today, ${asOf}); check it.`,
    dateWithoutDone: ({ status, date }) =>
      `The status is "${status}" but there is a completion date ${date}; only a "Hoàn thành" (done) row has a completion date.`,
    doneWithoutDate: () =>
      '"Hoàn thành" (done) with no completion date: whether it was late cannot be told.',
    blankDateOverDone: ({ date }) =>
      `The completion date cell is blank on a "Hoàn thành" (done) row the book has as done on ${date}; the book keeps ${date}. If that date is wrong, type the right one.`,
    blankOverDone: ({ date }) =>
      `The status cell is blank on a row the book has as "Hoàn thành" (done)${date ? `, on ${date}` : ''}; the book keeps "Hoàn thành". If the task is not done, choose "Chưa thực hiện".`,
    archivedEntryRestored: ({ taskId, unit, entry }) =>
      `Task ${taskId} has a row for "${unit}" on the "Theo dõi" sheet again: its entry (${entry}) is moved back onto it from the "Lưu trữ" sheet.`,
    archiveRowDeleted: ({ taskId, unit, entry }) =>
      `The archived row of task ${taskId} for "${unit}" (entered: ${entry}) is no longer on the "Lưu trữ" sheet (deleted?); it is written back to "Lưu trữ" when the book is rewritten.`,
    rowDeleted: ({ taskId, unit, entry }) =>
      `The row of task ${taskId} for "${unit}" (entered: ${entry}) is no longer on the "Theo dõi" sheet (deleted?); the entry is kept on the "Lưu trữ" sheet when the book is rewritten.`,
    unitFileAsBook: ({ unit }) =>
      `This file is the unit file of "${unit}" (sent by the office to the unit), not the office's tracking book. Use the tracking book; merge returned unit files into it.`,
    planIdentity: ({ book, plan }) =>
      `The new plan (${plan}) is not the book's plan (${book}): its number, year or issuer differs. Applying it would move the entries onto another plan's tasks; it was not applied. If it really amends the book's plan, use --force (or confirm).`,
    unsealedFile: ({ unit }) =>
      `The file of "${unit}" was made before the book had its verification key, so who sent it cannot be checked; it is merged. Make sure it came from that unit.`,
    unverifiableIdentity: ({ unit }) =>
      `The file's identity was altered or cannot be verified: it says it is the file of "${unit}", but it is not a file the office issued to that unit; it was not merged.`,
    forgedIdentity: ({ unit, issuedTo }) =>
      `The file's identity was altered: it says it is the file of "${unit}", but the office issued it to "${issuedTo}"; it was not merged.`,
    refreshDuplicates: ({ rows }) =>
      `The "Theo dõi" sheet has rows repeating a task and unit (rows ${rows.join(', ')}): the report's formulas would count them twice. Delete the extra rows, then refresh the report.`,
    extraColumnsIgnored: ({ names }) =>
      `The returned file has extra columns ${names}: only Trạng thái, Ngày hoàn thành, Minh chứng and Ghi chú are merged; these columns are not.`,
    officeOnly: () => 'Only the office (who manages the workbook) can do this.',
    noUnitForUser: ({ email }) =>
      `The e-mail ${email} belongs to no unit on the "Đơn vị" sheet. Ask the office.`,
    otherUnitRows: ({ units, own }) =>
      `The selection holds rows of other units (${units}); ${own} may update only its own rows. Nothing was written.`,
    unknownUser: () =>
      'Your e-mail could not be read; only cells you are allowed to edit can be written.',
    notOnSheet: ({ sheets }) => `Select rows on the ${sheets} sheet.`,
    needsSpreadsheet: () =>
      'This uses the rows selected in the spreadsheet, so the workbook must be open in Excel or Google Sheets. With an .xlsx file, type into the file itself, then open it again.',
    unknownTarget: ({ targets }) =>
      `The unit list has no unit or group ${targets}: no task was assigned. Enter unit codes or group names as on the "Đơn vị" sheet.`,
    badRequest: ({ detail }) => `The data sent is not valid: ${detail}.`,
    noTargets: () => 'No unit or group was entered to assign the tasks to.',
  },
  cli: {
    parsed: ({ periods, tasks }) => `${periods} periods, ${tasks} tasks.`,
    account: {
      read: ({ unit, read, tables }) =>
        unit === 'lines'
          ? `Task section: ${read} lines read.`
          : `Task tables: ${read} rows read from ${tables} ${tables === 1 ? 'table' : 'tables'}.`,
      uses: {
        task: ({ n }) => `${n} ${n === 1 ? 'task' : 'tasks'}`,
        period: ({ n }) => `${n} period ${n === 1 ? 'heading' : 'headings'}`,
        header: ({ n }) => `${n} header ${n === 1 ? 'row' : 'rows'}`,
        repeatedHeader: ({ n }) => `${n} repeated header ${n === 1 ? 'row' : 'rows'}`,
        columnNumbers: ({ n }) => `${n} ${n === 1 ? 'row' : 'rows'} of column numbers`,
        continuation: ({ n, unit }) =>
          `${n} ${unit === 'lines' ? (n === 1 ? 'line' : 'lines') : n === 1 ? 'row' : 'rows'} continuing the task above`,
        groupHeading: ({ n }) => `${n} group ${n === 1 ? 'heading' : 'headings'}`,
        pageMark: ({ n }) =>
          `${n} page-break ${n === 1 ? 'mark' : 'marks'} ("tiếp theo", page numbers)`,
        blank: ({ n, unit }) =>
          `${n} blank ${unit === 'lines' ? (n === 1 ? 'line' : 'lines') : n === 1 ? 'row' : 'rows'}`,
      },
      skipped: ({ n, unit, reasons }) =>
        `${n} ${unit === 'lines' ? (n === 1 ? 'line' : 'lines') : n === 1 ? 'row' : 'rows'} skipped (${reasons}), see the notes above`,
      reasons: {
        noContent: 'no task content',
        noTaskAbove: 'no task above to join',
        unusedColumnsOnly: 'text only in columns not read',
        aboveHeader: 'above the header row',
        betweenTables: 'text between tables that is not a period heading',
        beforeFirstTask: "before the period's first task",
        otherTable: 'a table in another section',
        totals: 'a totals row',
      },
    },
    built: ({ file, periods, tasks, rows, units }) =>
      `Wrote ${file}: ${periods} periods, ${tasks} tasks, ${rows} tracking rows for ${units} units.`,
    unresolved: ({ count }) =>
      `${count} phrases matched no unit: fill them in on the "Ánh xạ" sheet, then run update.`,
    split: ({ count, dir }) => `Wrote ${count} unit files to ${dir}.`,
    splitFile: ({ file, unit, rows }) => `  ${file}: ${unit}, ${rows} rows`,
    consolidated: ({ file, merged, refused, applied, conflicts, rejected }) =>
      `Wrote ${file}: merged ${merged} ${merged === 1 ? 'file' : 'files'} (refused ${refused}); ${applied} ${applied === 1 ? 'change' : 'changes'}, ${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'}, ${rejected} rejected.`,
    logLine: ({ unit, task, field, old, value, outcome }) =>
      `  [${outcome}] ${unit} ${task} ${field}: "${old}" → "${value}"`,
    logUnit: ({ unit, applied, conflicts, rejected }) =>
      `  ${unit}: ${applied} ${applied === 1 ? 'change' : 'changes'}, ${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'}, ${rejected} rejected`,
    logFirst: ({ shown, total }) => `Merge log: ${total} lines; the first ${shown}:`,
    logRest: ({ more, file, log }) =>
      `  … and ${more} more: all of them are on the "Nhật ký" sheet of ${file}${log ? ` and in ${log}` : ''}.`,
    nothingMerged: () => 'No file could be merged; no output was written.',
    updated: ({ file, version, kept, reworded, added, removed, archived }) =>
      `Wrote ${file} (version ${version}): kept ${kept}, reworded ${reworded}, added ${added}, removed ${removed} tasks; ${archived} rows moved to "Lưu trữ".`,
    reportHeader: ({ asOf }) => `Report as of ${asOf}`,
    reportTable: {
      period: 'Period',
      tasks: 'Tasks',
      assigned: 'Assigned',
      done: 'Done',
      late: 'Late',
      overdue: 'Overdue',
      rate: 'Rate',
      total: 'Total',
      rank: 'Rank',
      unit: 'Unit',
      classification: 'Classification',
      due: 'Due',
      doneOfDue: 'Done/due',
      progress: 'Progress',
      score: 'Score',
      proposal: 'Proposed',
      notRanked: 'Not ranked (in no emulation bloc)',
      lists: ({ overdue, late }) => `Overdue, not done: ${overdue} · Done late: ${late}`,
    },
    fields: {
      status: 'Status',
      doneDate: 'Completion date',
      evidence: 'Evidence',
      note: 'Note',
      task: 'Task',
      row: 'Tracking row',
    },
    outcomes: { applied: 'Applied', conflict: 'Conflict', rejected: 'Rejected', plan: 'Plan' },
    cannotWrite: ({ file, reason }) =>
      `The file ${file} cannot be written (${WRITE_REASONS[reason] ?? reason}). The earlier file, if any, is unchanged, and no partly written file is left.`,
    backupKept: ({ file, backup }) => `Kept a copy of ${file} before writing: ${backup}.`,
    replacing: ({ file, why }) =>
      `Replacing ${file} (${why === 'notBook' ? 'it is not a tracking workbook' : why === 'empty' ? 'an empty file' : 'a workbook with no entries yet'}).`,
    splitReplacing: ({ file, why }) =>
      `  Replacing ${file}: ${why === 'merged' ? 'its entries are in the workbook already' : 'it holds no entries'}.`,
    help: CLI_HELP,
    reportWritten: ({ file }) => `Wrote the summary ${file}.`,
    reportDocWritten: ({ file }) =>
      `Wrote the report document ${file}: the office writes its shortcomings and directions (marked in yellow).`,
  },
  pane: {
    built: ({ periods, tasks, rows, units }) =>
      `Tracking workbook built: ${periods} periods, ${tasks} tasks, ${rows} rows for ${units} units.`,
    refreshed: ({ asOf }) => `Report and overview refreshed, as of ${asOf}.`,
    updated: ({ version, kept, reworded, added, removed, archived }) =>
      `Amended plan applied (version ${version}): kept ${kept}, reworded ${reworded}, added ${added}, removed ${removed} tasks; ${archived} rows moved to "Lưu trữ".`,
    resynced: ({ added, archived }) =>
      `Assignments updated: ${added} rows added, ${archived} rows moved to "Lưu trữ".`,
    alreadyAssigned: ({ targets, tasks }) =>
      `${targets} already have the selected tasks (${tasks}): no row added, the book is unchanged.`,
    marked: ({ rows }) => `${rows} rows updated.`,
    consolidated: ({ merged, refused, applied, conflicts, rejected }) =>
      `Merged ${merged} ${merged === 1 ? 'file' : 'files'} (refused ${refused}): ${applied} ${applied === 1 ? 'change' : 'changes'}, ${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'}, ${rejected} rejected.`,
    nothingMerged: () => 'No file could be merged; the book is unchanged.',
    unitsSaved: ({ units }) => `Saved the list of ${units} units.`,
    split: ({ files }) => `Made ${files} files for the units.`,
    summaryReady: () => 'The summary for the bloc meeting is ready.',
    unresolved: ({ count }) =>
      `${count} phrases matched no unit; enter their units under "Phrases with no unit".`,
    reportReady: ({ asOf }) => `The report as of ${asOf}.`,
    reportDocReady: ({ asOf }) =>
      `The report document (.docx) as of ${asOf} is drafted: the office writes its shortcomings and directions.`,
    myRowsSelected: ({ unit, rows }) =>
      `Selected ${rows} ${rows === 1 ? 'row' : 'rows'} of ${unit}.`,
    protectedAgain: () => "The workbook's sheets are protected again.",
    selectedRows: ({ rows, where, units }) =>
      `${rows} ${rows === 1 ? 'row' : 'rows'} selected (${rows === 1 ? 'row' : 'rows'} ${where} of the "Theo dõi" sheet), of ${units}.`,
  },
  ui: {
    app: {
      host: {
        excel: 'Working in Excel',
        sheets: 'Working in Google Sheets',
        file: 'Browser mode: the book is an .xlsx file kept in this browser',
      },
      who: {
        office: 'Office (keeps the book)',
        unit: ({ units }) => `Unit: ${units}`,
        unitUnknown: 'Unit (your e-mail is not on the "Đơn vị" sheet)',
      },
      jobsTitle: 'Jobs',
      jobs: {
        plan: 'Make the book from the plan',
        units: 'Units and assignments',
        mark: 'Record results',
        merge: 'Merge returned unit files',
        report: 'Report',
        update: 'Apply an amended plan',
        hints: {
          plan: 'From a plan file (.docx, .txt, .xlsx, .csv) or pasted text.',
          units: 'The unit list, phrases naming no unit, more units for tasks.',
          mark: 'Status, completion date and evidence for the selected rows.',
          merge: "Bring the results in the units' files into the book.",
          report: 'Figures by period and by unit, the summary, files for units.',
          update: 'The plan changed: the results entered are kept.',
        },
        planHint: 'Choose the plan file or paste its text, then press "Build the workbook".',
      },
      back: '← Jobs',
      cancel: 'Cancel',
      guide: {
        title: 'Start in three steps',
        planTitle: 'Plan:',
        plan: 'choose the plan file (or paste its text) to make the tracking book.',
        unitsTitle: 'Units:',
        units: "check the unit list and each unit's e-mail, and map the unclear phrases.",
        shareTitle: 'Share:',
        share: {
          excel:
            'send each unit its own file (under "Report"), then merge the files they send back.',
          sheets:
            "share this spreadsheet with the units' e-mails; each unit can edit only its own rows.",
          file: 'download the book, send each unit its own file (under "Report"), then merge the files they send back.',
        },
        start: 'Step 1: make the book from the plan',
      },
      noBookYet:
        "The office has not made the tracking book yet. Once it is made and shared, your unit's rows show here.",
      work: {
        unitTitle: ({ units }) => `Work of ${units}`,
        yourUnit: 'your unit',
        officeTitle: 'Progress of the book',
        asOf: ({ today }) => `As of today, ${today}`,
        rows: 'Rows',
        done: 'Done',
        due: 'Within deadline',
        overdue: 'Overdue',
        late: 'overdue',
        listTitle: 'The unit\'s rows on the "Theo dõi" sheet',
        columns: { row: 'Row', content: 'Task', deadline: 'Deadline', status: 'Status' },
      },
      plan: { nothing: 'Choose a plan file or paste the plan text first.' },
      merge: { noFiles: 'Choose at least one .xlsx file sent back by a unit.' },
      mark: {
        mine: "Select my unit's rows",
        preview: 'Show the selected rows',
        confirm: 'Write the results to these rows?',
        write: 'Write to these rows',
      },
      units: {
        hint: 'Open the list to see, edit and add units and e-mails; save it to update the assignments.',
        load: 'Open the unit list',
        fromSheet: 'Save as on the "Đơn vị" sheet',
        remove: 'Remove unit',
        noMappings: 'No unit was entered for the phrases.',
        targets: 'Unit codes or group names',
        targetsPlaceholder: 'e.g. BLAC, District level',
        assignHint:
          'Select the rows of the tasks on the "Theo dõi" or "Tổng quan" sheet, enter unit codes or groups (separated by commas), then press:',
        protectTitle: 'Sheet protection',
        protectHint: 'Set the protections again: each unit can edit only its own result cells.',
        protect: 'Set the protections again',
      },
      result: { files: 'Files to download', problems: 'To check', log: 'Change log' },
      log: {
        unit: 'Unit',
        task: 'Task',
        field: 'Column',
        old: 'Old value',
        value: 'New value',
        outcome: 'Outcome',
        outcomes: {
          applied: 'applied',
          conflict: 'conflict',
          rejected: 'rejected',
          plan: 'from the plan',
        },
      },
      files: {
        choose: 'Choose a file…',
        chooseMany: 'Choose files…',
        noneChosen: 'No file chosen',
        preparing: 'Preparing the files…',
        download: ({ name }) => `Download ${name}`,
        downloadAll: 'Download all (.zip)',
        opened: ({ name }) => `${name} was opened as a new workbook.`,
      },
      book: {
        title: 'The book you are working on',
        open: 'Open an existing book (.xlsx)',
        download: 'Download the book',
        none: 'No book yet: make one from the plan, or open an existing book.',
        name: ({ name }) => `Book: ${name} (downloaded)`,
        unsaved: ({ name }) => `Book: ${name} — changes not downloaded yet`,
        opened: ({ name }) => `The book ${name} is open.`,
      },
      unexpected: ({ detail }) =>
        `Something unexpected went wrong: ${detail}. Try again; if it happens again, tell whoever supports you.`,
    },
    appName: 'Sổ Thi Đua',
    language: 'Tiếng Việt',
    tabs: {
      plan: 'Plan',
      units: 'Units',
      mark: 'Progress',
      merge: 'Merge',
      report: 'Report',
      update: 'Amend',
    },
    plan: {
      title: 'Build the tracking workbook from a plan',
      pasteLabel: 'Paste the plan',
      pastePlaceholder: 'Paste the plan text (from Word) here…',
      chooseFile: 'Choose a .docx, .txt, .xlsx or .csv file',
      fromSelection: 'Read the selected range',
      fromSelectionHint:
        'Or paste the plan table (Stt, Nội dung công việc, Chỉ đạo thực hiện, Ghi chú) into a sheet, select it, then press:',
      mergesUnknown:
        'This version of Excel cannot tell which cells of the selection are merged, so an empty cell under a merged one may be misread. Check the units and times of the tasks, or unmerge the cells, fill in every row and read again.',
      mergesTooMany:
        'The selection has more than 512 merged areas, more than Excel reads at once, so an empty cell under a merged one may be misread. Select the table a part at a time, or unmerge the cells, fill in every row and read again.',
      build: 'Build the workbook',
      asOf: 'Report date',
    },
    units: {
      title: 'Unit directory',
      code: 'Code',
      name: 'Name',
      group: 'Group',
      emails: 'E-mail',
      aliases: 'Other names',
      add: 'Add a unit',
      save: 'Save the list',
      unresolvedTitle: 'Phrases with no unit',
      mapTo: 'Map to (codes or groups)',
      applyMappings: 'Apply the mappings',
      assignTitle: 'Assign more units to the selected tasks',
      assignSelected: 'Assign to the selected tasks',
    },
    mark: {
      title: 'Mark the selected rows',
      hint: 'Select rows on the "Theo dõi" sheet, then enter the result.',
      status: 'Status',
      doneDate: 'Completion date',
      evidence: 'Evidence',
      note: 'Note',
      apply: 'Write to the selected rows',
      clearDate: 'Clear the completion date',
      statusUnchanged: '(unchanged)',
    },
    dates: {
      format: 'dd/mm/yyyy',
      invalid: ({ field, text }) =>
        `${field}: "${text}" is not a date; type it as dd/mm/yyyy (for example 30/06/2014).`,
    },
    merge: {
      title: 'Merge returned unit files',
      hint: 'Choose the .xlsx files the units sent back (made with "Download unit files").',
      chooseFiles: 'Choose .xlsx files',
      merge: 'Merge into the workbook',
      logTitle: 'Change log',
    },
    report: {
      title: 'Consolidated report',
      refresh: 'Refresh the report',
      exportSummary: 'Export the summary (.xlsx)',
      downloadUnits: 'Download unit files',
      downloadDoc: 'Download the report (.docx)',
      show: 'Show the report figures',
      figuresAsOf: ({ asOf }) => `Figures as of ${asOf}`,
      byPeriod: 'By period',
      byUnit: 'By unit',
      chartByPeriod: 'Completion by period',
      chartByUnit: 'Completion by unit',
      chartDescription: ({ bars }) => `Bar chart: ${bars}.`,
      overall: 'Whole year',
      noRate: 'none assigned',
      columns: {
        period: 'Period',
        tasks: 'Tasks',
        assigned: 'Assigned',
        done: 'Done',
        late: 'Late',
        overdue: 'Overdue',
        rate: 'Rate',
        rank: 'Rank',
        unit: 'Unit',
        classification: 'Classification',
        due: 'Due',
        doneOfDue: 'Done (of due)',
        progress: 'Progress',
        score: 'Score',
        proposal: 'Proposed for',
      },
      bloc: ({ name, head }) => (head ? `${name} (head: ${head})` : name),
      notRanked: 'Not ranked (in no emulation bloc)',
      nothingDue: 'nothing due',
      chartBloc: ({ name }) => `Done of due – ${name}`,
    },
    update: {
      title: 'Apply an amended plan',
      hint: 'Choose the amended plan; progress already entered is kept.',
      apply: 'Apply',
    },
    mode: {
      excel: 'Running in Excel',
      sheets: 'Running in Google Sheets',
      browser: 'Browser mode: working with .xlsx files (no Excel add-in needed)',
      officeTimeout: 'Office did not load. Using browser mode with .xlsx files.',
    },
    sheets: {
      menu: {
        title: 'Thi đua',
        open: 'Open the panel',
        refresh: 'Refresh the report',
        protect: 'Protect by unit',
        myRows: "Go to my unit's rows",
      },
      sidebarTitle: 'Sổ Thi Đua',
      signedInAs: ({ email }) => `Signed in: ${email}`,
      roleOffice: 'Office (full rights)',
      roleUnit: ({ unit }) => `Unit: ${unit}`,
      roleUnknown: 'Account not known (personal Gmail account)',
      protectTitle: 'Unit permissions',
      protectHint:
        'Each unit can edit only its own input cells on "Theo dõi", by the e-mails on "Đơn vị". Those e-mails also need edit access to the spreadsheet.',
      protect: 'Apply the permissions',
      unitsFromSheet: 'Save the list from the "Đơn vị" sheet',
      unitsFromSheetHint: 'Edit the list (e-mails too) on the "Đơn vị" sheet, then save.',
      myRows: "Go to my unit's rows",
      confirm: 'Continue',
      cancel: 'Cancel',
      batch: ({ batch, of, files }) => `Merging batch ${batch}/${of} (${files} files)…`,
      busy: 'Someone else is writing to the spreadsheet. Please try again in a few minutes.',
      protectedCells:
        'You may not edit these cells (they are protected). Each unit edits only its own rows; ask the office.',
      noEditAccess:
        'Your account can only view this spreadsheet. Ask the office to share it with edit access.',
      partial: ({ done, failed }) =>
        `Partly written: ${done} done; ${failed} not finished. The workbook is marked incomplete: restore the previous version (Version history), then do it again, so no entry is lost.`,
      protectionsStep: 'the permissions',
      unexpected: ({ detail }) => `Unexpected error: ${detail}`,
      callFailed: ({ why }) =>
        ({
          timeout:
            'Google Sheets did not answer in time (a large spreadsheet or a busy server), so this may not be done. Check the spreadsheet, then try again in a few minutes.',
          permission:
            'Google has not allowed Sổ Thi Đua to do this with your account. Close the panel, open it again from the Thi đua menu → Open the panel, and press Allow when Google asks.',
          network:
            'The connection to Google Sheets was lost, so this may not be done. Check the network and the spreadsheet, then try again.',
          busy: 'Google Sheets is busy or over its usage limits, so this was not done. Wait a few minutes, then try again.',
          other:
            'Google Sheets reported an error, so this may not be done. Check the spreadsheet, then try again; if it happens again, tell whoever supports you.',
        })[why],
      badReply: ({ detail }) =>
        `The answer from Google Sheets was not understood (${detail}); the action may have been done: check the spreadsheet.`,
      batchFailed: ({ batch, of, files }) =>
        `Batch ${batch} of ${of} was not merged (files ${files}).`,
      protections: ({ units, withoutEmail }) =>
        `Permissions set for ${units} units` +
        (withoutEmail > 0
          ? `; ${withoutEmail} units have no e-mail (only the office can edit them).`
          : '.'),
      notShared: ({ emails }) =>
        `These e-mails do not have edit access to the spreadsheet yet (protections do not share the file): ${emails}.`,
      filterViews: ({ count }) => `Created ${count} filter views, one per unit.`,
      noFilterViews:
        'The advanced Google Sheets API service is not enabled, so no filter views were made; each unit uses "Go to my unit\'s rows".',
      stamp: ({ email, at }) => `Updated: ${email}, ${at}`,
      someone: 'unknown',
    },
    working: 'Working…',
    done: 'Done',
    failed: 'Could not be done',
    confirmNeeded: 'Confirmation needed',
    cancelled: 'Cancelled',
    missingFeatures: ({ features }) =>
      `This version of Excel does not support: ${features}. The workbook was built without them.`,
    confirmReplace: ({ entries }) =>
      `The workbook holds ${entries} entries. Building again deletes them. Continue?`,
    confirmOtherPlan: ({ book, plan }) =>
      `The new plan (${plan}) is not the book's plan (${book}). Applying it moves the entries onto this plan's tasks. Apply it anyway?`,
    applyAnyway: 'Apply anyway',
    confirmOverwriteSheets: ({ names }) =>
      `The spreadsheet already has sheets ${names} that are not Sổ Thi Đua's. Building overwrites them. Continue?`,
    buildAgain: 'Build again (deletes the entries)',
    overwriteSheets: 'Build anyway (overwrites these sheets)',
    excel: {
      jobs: 'Jobs',
      loading: 'Waiting for Office…',
      or: 'or',
      planFile: 'Plan file',
      replace: 'Build again (deletes the entries)',
      cancel: 'Cancel',
      openBook: 'Open a tracking workbook (.xlsx)',
      openBookHint:
        'The workbook is kept in this browser, also when the page is closed; download it to have it as a file.',
      bookOpen: ({ name }) => `Open: ${name}`,
      noBookOpen: 'No workbook is open: build one from a plan or open an .xlsx file.',
      downloads: 'Files to download',
      download: ({ name }) => `Download ${name}`,
      downloadAll: 'Download all (.zip)',
      summaryOpened:
        'The summary was opened as a new Excel workbook (you may need to allow the pop-up).',
      loadUnits: 'Read the list from the workbook',
      remove: 'Remove',
      noPhrases: 'Every phrase of the plan has its units.',
      targets: 'Units or groups (codes, separated by ;)',
      targetsPlaceholder: 'e.g. BTV; Cấp huyện',
      assignHint:
        'Select rows of the tasks on the "Theo dõi" or "Tổng quan" sheet, enter units or groups, then press:',
      needsExcel:
        'In browser mode no cells are selected, so this cannot be done here. Open the workbook in Excel, or type into the .xlsx file itself and open it again.',
      notKept:
        'This browser does not let the page keep the workbook (its storage is blocked or full). You can go on working: download the workbook to keep it.',
      problems: 'Notes and problems',
      log: {
        unit: 'Unit',
        task: 'Task',
        field: 'Field',
        old: 'Old value',
        value: 'New value',
        outcome: 'Outcome',
      },
      outcomes: {
        applied: 'Applied',
        conflict: 'Conflict',
        rejected: 'Rejected',
        plan: 'Plan',
      },
      features: {
        validation: 'status drop-down lists and date checks (needs Excel 2019 or later)',
        print: 'A4 landscape print setup (needs Excel 2021 or later)',
        autoFilter: 'filter buttons (needs Excel 2021 or later)',
        freeze: 'frozen header rows (needs Excel 2019 or later)',
        conditionalFormats: 'status colours (needs Excel 2019 or later)',
        protection: 'locking the cells that must not change (needs Excel 2019 or later)',
        merges: 'merged cells (needs Excel 2019 or later)',
        hiddenSheets: "hiding the sheet with the workbook's identity (needs Excel 2019 or later)",
        columnWidths: 'column widths (needs Excel 2019 or later)',
        tabColor: 'sheet tab colours (needs Excel 2019 or later)',
        charts: 'the chart of completion rates by unit (needs Excel 2019 or later)',
      },
      errors: {
        AccessDenied:
          'Excel does not allow this: the workbook is read-only, or someone else is editing it.',
        BadPassword:
          'A sheet of the workbook is protected with a password. Unprotect it (Review → Unprotect Sheet) and try again.',
        ApiNotFound: 'This version of Excel lacks a feature this needs.',
        ItemNotFound: 'A sheet of the workbook is missing (renamed or deleted?). Restore its name.',
        InvalidSelection: 'Select one block of adjacent cells.',
        PayloadTooLarge: 'Too much data for one request to Excel. Select fewer rows.',
        other: ({ code, message }) => `Excel reported ${code}: ${message}`,
      },
      partial: ({ sheets }) =>
        `The workbook may be partly written (sheets: ${sheets}) and is marked incomplete. Restore the previous version (File › Info › Version History), then run the command again, so no entry is lost.`,
      unexpected: ({ detail }) => `Unexpected error: ${detail}`,
    },
  },
  location: (at) => {
    const parts: string[] = [];
    if (at.file) parts.push(`file ${at.file}`);
    if (at.sheet) parts.push(`sheet "${at.sheet}"`);
    if (at.cell) parts.push(`cell ${at.cell}`);
    // a line of a sheet is what Excel calls a row
    if (at.line !== undefined) parts.push(`${at.sheet ? 'row' : 'line'} ${at.line}`);
    if (at.table !== undefined) parts.push(`task table ${at.table}`);
    if (at.tableRow !== undefined)
      parts.push(at.table !== undefined ? `row ${at.tableRow}` : `task table, row ${at.tableRow}`);
    if (at.tableCell !== undefined) parts.push(`column ${at.tableCell}`);
    return parts.join(', ');
  },
  severity: { error: 'Error', warning: 'Note' },
  grouped: ({ count, places, more }) =>
    `… and ${int(count)} more of the same kind: ${places}${more > 0 ? ` (and ${int(more)} more)` : ''}.`,
};
