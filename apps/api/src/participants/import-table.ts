import { HttpStatus } from '@nestjs/common';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { IMPORT_COLUMNS, LANGUAGES } from '@multaqa/contract';
import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { DomainException, unprocessable } from '../common/errors/domain.exception.js';
import { apiMessages } from '../common/i18n/messages.js';
import { megabytes } from '../common/http/spreadsheet-body.js';

export type ImportFormat = 'xlsx' | 'csv';
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export interface TableRow {
  row: number;
  values: Partial<Record<ImportColumn, string>>;
}

export interface ImportLimits {
  maxRows: number;
  maxUncompressedBytes: number;
}

/**
 * The sheet as rows of values keyed by the template's column names (header row 1), read as a
 * stream so memory follows the rows kept, not the file: an XLSX is checked for what it would
 * inflate to before anything is unpacked, and reading stops at the first row past the limit.
 */
export async function readTable(
  file: Buffer,
  format: ImportFormat,
  limits: ImportLimits,
): Promise<TableRow[]> {
  if (format === 'xlsx') await checkInflatedSize(file, limits.maxUncompressedBytes);
  const rows: TableRow[] = [];
  let columns: Map<number, ImportColumn> | undefined;
  const take = (number: number, cells: unknown[]): boolean => {
    if (!columns) {
      columns = headerColumns(cells);
      return true;
    }
    const values: TableRow['values'] = {};
    cells.forEach((value, index) => {
      const column = columns!.get(index);
      if (column && value !== null && value !== undefined) values[column] = cellText(value).trim();
    });
    if (!Object.values(values).some(Boolean)) return true;
    if (rows.length >= limits.maxRows) {
      throw unprocessable('import_too_many_rows', { limit: limits.maxRows });
    }
    rows.push({ row: number, values });
    return true;
  };
  try {
    if (format === 'csv') await eachCsvRow(file, take);
    else await eachXlsxRow(file, take);
  } catch (error) {
    if (error instanceof DomainException) throw error;
    throw unprocessable('import_unreadable');
  }
  if (!columns) throw unprocessable('import_empty');
  return rows;
}

const headerKey = (text: string) => text.normalize('NFC').trim().toLowerCase();

/**
 * A header as written in a template of any language (a sheet made in Arabic may be filled in by
 * a French-speaking colleague), or as the column's key, which older templates used.
 */
const COLUMN_BY_HEADER = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((column) => [
    [headerKey(column), column] as const,
    ...LANGUAGES.map(
      (l) => [headerKey(apiMessages[l].translation.export[column]), column] as const,
    ),
  ]),
);

/** The header row's cells, by position, as template columns; unknown headers are ignored. */
function headerColumns(cells: unknown[]): Map<number, ImportColumn> {
  const columns = new Map<number, ImportColumn>();
  cells.forEach((value, index) => {
    const column = COLUMN_BY_HEADER.get(headerKey(cellText(value ?? '')));
    if (column) columns.set(index, column);
  });
  if (!columns.size)
    throw unprocessable('import_no_columns', { columns: IMPORT_COLUMNS.join(', ') });
  return columns;
}

async function eachCsvRow(file: Buffer, take: (row: number, cells: unknown[]) => void) {
  // Every cell stays text as typed: +252… must not become a number.
  const parser = Readable.from([file]).pipe(
    parseCsv({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  for await (const record of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    // Cells are numbered from 1 as in a worksheet, so both formats share the header map.
    take(record.info.lines, [undefined, ...record.record]);
  }
}

async function eachXlsxRow(file: Buffer, take: (row: number, cells: unknown[]) => void) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), {
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) take(row.number, row.values as unknown[]);
    return; // the first worksheet only
  }
}

/**
 * Adds up the uncompressed sizes the zip's central directory declares, without inflating
 * anything: a 1 MB file that unpacks to gigabytes is refused before the parser sees it. Then
 * each entry is inflated into nothing, so a zip that declares less than it holds is caught
 * too (yauzl stops a stream at its declared size), at a cost bounded by the limit.
 */
async function checkInflatedSize(file: Buffer, limit: number): Promise<void> {
  const tooMuch = () =>
    new DomainException('import_inflates_too_much', HttpStatus.PAYLOAD_TOO_LARGE, {
      limit: megabytes(limit),
    });
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(file, { lazyEntries: true, autoClose: false });
  } catch {
    throw unprocessable('import_unreadable');
  }
  try {
    const entries: yauzl.Entry[] = [];
    let total = 0;
    await new Promise<void>((done, fail) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        entries.push(entry);
        if (total > limit) fail(tooMuch());
        else zip.readEntry();
      });
      zip.on('end', () => done());
      zip.on('error', () => fail(unprocessable('import_unreadable')));
      zip.readEntry();
    });
    for (const entry of entries) {
      try {
        const stream = await new Promise<Readable>((done, fail) =>
          zip.openReadStream(entry, (error, s) => (error ? fail(error) : done(s))),
        );
        await finished(stream.resume());
      } catch (error) {
        throw /too many bytes/.test(String(error)) ? tooMuch() : unprocessable('import_unreadable');
      }
    }
  } finally {
    zip.close();
  }
}

function cellText(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('result' in value) return String((value as { result: unknown }).result);
    if ('richText' in value)
      return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  }
  return String(value);
}
