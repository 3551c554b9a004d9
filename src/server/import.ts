import { IMPORT_SERVER } from '../core/catalog/import-server';
import { todayIn } from './today';
import { IMPORT_SHEETS } from '../core/catalog/import-sheets';
import { render, type Lang } from '../core/i18n';
import { previewImport as previewRows, readImport } from '../core/import/preview';
import { ImportRefused, MAX_IMPORT_CELLS } from '../core/import/table';
import type {
  ImportChoice,
  ImportPreview,
  ImportReport,
  ImportState,
  RecordKind,
  ValueMaps,
} from '../core/import/types';
import type { Plan } from '../core/plan';
import { writeSheet } from '../sheets/applier';
import type { RecordSheetKey, SheetDescription } from '../sheets/description';
import { contactsSheet, dealsSheet, mappingSheet, readMappingSheet } from '../sheets/records';
import { activePlanOrTell } from './actions';
import { sidebarPlanName } from './drafts';
import { askWithAlert } from './ask';
import { loadImportState } from './import-state';
import { userLang } from './locale';
import { makeRule, writePlanSheets } from './plan-writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const MAX_CHUNKS = 1000;
const STAGING_ID = (kind: RecordKind) => `kpi.staging.${kind}`;

function fail(message: string): ImportReport {
  return { ok: false, message };
}

/** Rows as the panel sends them: string[][], every cell text. Anything else is refused. */
function asRows(rows: unknown): string[][] | null {
  if (!Array.isArray(rows)) return null;
  for (const line of rows) if (!Array.isArray(line) || line.some((c) => typeof c !== 'string')) return null;
  return rows as string[][];
}

const cellCount = (rows: string[][]) => rows.reduce((sum, line) => sum + line.length, 0);

/** Why a file was refused, in the user's language, or null for any other error. */
function refusalText(error: unknown, lang: Lang): string | null {
  return error instanceof ImportRefused ? render(error.refusal.message, lang) : null;
}

/** Endpoint: what a file is, for the panel to show and correct. Nothing is written. */
export function previewImport(fileName: unknown, rows: unknown): ImportPreview {
  const lang = userLang();
  const table = asRows(rows);
  if (typeof fileName !== 'string' || !table) throw new Error(render(IMPORT_SERVER.badRows, lang));
  const active = activePlanOrTell(lang, sidebarPlanName);
  if (!active) throw new Error(render(IMPORT_SERVER.noPlan, lang));
  const timeZone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  const options = { timeZone, locale: lang };
  try {
    const detected = previewRows(fileName, table, active.plan, options);
    // The mapping confirmed last time for this kind of file is the starting point.
    const state = loadImportState(active.store, active.plan.name);
    const stored = state[detected.kind]?.choice;
    const remembered =
      stored && stored.tool === detected.tool && stored.mapping && sameHeaders(stored, detected)
        ? stored
        : undefined;
    const preview = remembered
      ? previewRows(fileName, table, active.plan, { ...options, choice: remembered })
      : detected;
    // Values the user re-mapped on the mapping sheet since show as the sheet has them.
    const current = currentMaps(SpreadsheetApp.getActiveSpreadsheet(), state, active.plan);
    const maps = knownFrom(preview.maps, current);
    if (!maps) return preview;
    return previewRows(fileName, table, active.plan, { ...options, choice: { ...remembered, maps } });
  } catch (error) {
    // A file that is not a table says why in the user's language; anything else stays as it was.
    if (error instanceof ImportRefused) error.message = render(error.refusal.message, lang);
    throw error;
  }
}

/** `maps` with the values `current` also maps taken from it, or null when nothing differs. */
function knownFrom(maps: ValueMaps, current: ValueMaps): ValueMaps | null {
  let changed = false;
  const take = <T extends string>(own: Record<string, T>, from: Record<string, T>) => {
    const out = { ...own };
    for (const key of Object.keys(own))
      if (key in from && from[key] !== own[key]) {
        out[key] = from[key] as T;
        changed = true;
      }
    return out;
  };
  const result = {
    stages: take(maps.stages, current.stages),
    outcomes: take(maps.outcomes, current.outcomes),
    channels: take(maps.channels, current.channels),
  };
  return changed ? result : null;
}

function sameHeaders(choice: ImportChoice, preview: ImportPreview): boolean {
  return Object.values(choice.mapping).every((i) => i === undefined || i < preview.headers.length);
}

function stagingName(kind: RecordKind, lang: Lang): string {
  return `${render(IMPORT_SHEETS.stagingSheet, lang)} (${kind})`;
}

/**
 * Chunks land on a hidden staging sheet as text; the records are replaced only once the last one
 * has arrived, so an interrupted import leaves the previous records and numbers as they were.
 */
function stage(
  spreadsheet: Spreadsheet,
  rows: string[][],
  choice: ImportChoice,
  lang: Lang,
): string[][] | null {
  const upload = choice.upload;
  if (!upload) return rows;
  const props = PropertiesService.getDocumentProperties();
  const name = stagingName(choice.kind, lang);
  let sheet = spreadsheet.getSheetByName(name);
  if (upload.index === 0) {
    if (sheet) spreadsheet.deleteSheet(sheet);
    sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    sheet.hideSheet();
    props.setProperty(STAGING_ID(choice.kind), `${upload.id}|0`);
  }
  const [stagedId, receivedText] = (props.getProperty(STAGING_ID(choice.kind)) ?? '').split('|');
  const received = Number(receivedText);
  // A chunk sent again after its answer was lost is already on the staging sheet: taking it again
  // would repeat its rows, refusing it would throw the whole upload away.
  if (sheet && stagedId === upload.id && received === upload.index + 1 && upload.index < upload.total - 1)
    return null;
  if (!sheet || stagedId !== upload.id || received !== upload.index)
    throw new Error(render(IMPORT_SERVER.lostChunks, lang));
  // Every chunk repeats the header; the staging sheet keeps it once.
  const body = upload.index === 0 ? rows : rows.slice(1);
  const width = Math.max(1, ...rows.map((line) => line.length));
  if (body.length) {
    const block = body.map((line) => Array.from({ length: width }, (_, c) => `'${line[c] ?? ''}`));
    const first = sheet.getLastRow() + 1;
    // A sheet has 1,000 rows and 26 columns to begin with: make room first.
    const rowsShort = first + block.length - 1 - sheet.getMaxRows();
    if (rowsShort > 0) sheet.insertRowsAfter(sheet.getMaxRows(), rowsShort);
    const colsShort = width - sheet.getMaxColumns();
    if (colsShort > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), colsShort);
    sheet.getRange(first, 1, block.length, width).setValues(block);
  }
  props.setProperty(STAGING_ID(choice.kind), `${upload.id}|${upload.index + 1}`);
  if (upload.index < upload.total - 1) return null;
  const all = sheet
    .getDataRange()
    .getValues()
    .map((line) => line.map((v) => String(v ?? '')));
  spreadsheet.deleteSheet(sheet);
  props.deleteProperty(STAGING_ID(choice.kind));
  return all;
}

/** Rewrites a records sheet in place (its id stays, so formulas keep pointing at it). */
function rewrite(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  description: SheetDescription<RecordSheetKey>,
): void {
  const range = sheet.getDataRange();
  writeSheet(
    spreadsheet,
    description,
    { sheet, rows: range.getNumRows(), cols: range.getNumColumns() },
    0,
    makeRule,
  );
}

/**
 * Value maps merged in order, one entry per value as the sheet's lookups read it (they ignore
 * case): the first spelling names the entry, the last choice for any spelling of it wins.
 */
function foldedMerge<T>(...maps: Record<string, T>[]): Record<string, T> {
  const spelling = new Map<string, string>();
  const merged: Record<string, T> = {};
  for (const map of maps)
    for (const [value, choice] of Object.entries(map)) {
      const name = spelling.get(value.toLowerCase()) ?? value;
      spelling.set(value.toLowerCase(), name);
      merged[name] = choice;
    }
  return merged;
}

/** Our records sheet of a kind: the one stored, else a new empty one with a free name. */
function recordsSheet(
  spreadsheet: Spreadsheet,
  id: number | undefined,
  base: string,
): { sheet: Sheet; created: boolean } {
  const existing = id === undefined ? null : spreadsheet.getSheetById(id);
  if (existing) return { sheet: existing, created: false };
  let name = base;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${base} ${n}`;
  return { sheet: spreadsheet.insertSheet(name, spreadsheet.getNumSheets()), created: true };
}

/**
 * The value maps as they stand: the stored ones of both kinds, overlaid with the mapping sheet as
 * the user may have edited it since (its cells drive the counts, so they are what the user sees).
 */
function currentMaps(spreadsheet: Spreadsheet, state: ImportState, plan: Plan): ValueMaps {
  const sheet = state.mappingSheetId === undefined ? null : spreadsheet.getSheetById(state.mappingSheetId);
  const onSheet = sheet ? readMappingSheet(sheet.getDataRange().getValues(), plan) : null;
  // Later sources win: the contacts' maps, the deals', then what the CRM mapping sheet says now.
  const maps: ValueMaps = { stages: {}, outcomes: {}, channels: {} };
  for (const m of [state.contacts?.choice.maps, state.deals?.choice.maps, onSheet]) {
    Object.assign(maps.stages, m?.stages);
    Object.assign(maps.outcomes, m?.outcomes);
    Object.assign(maps.channels, m?.channels);
  }
  return maps;
}

/** Endpoint: writes the records of a file (or of its last chunk) and switches Actuals to count them. */
export function applyImport(fileName: unknown, rows: unknown, choiceIn: unknown): ImportReport {
  const lang = userLang();
  const table = asRows(rows);
  const choice = choiceIn as ImportChoice | null;
  if (typeof fileName !== 'string' || !table || typeof choice !== 'object' || choice === null)
    return fail(render(IMPORT_SERVER.badRows, lang));
  if (choice.kind !== 'contacts' && choice.kind !== 'deals') return fail(render(IMPORT_SERVER.badRows, lang));
  const upload = choice.upload;
  if (
    upload &&
    (typeof upload.id !== 'string' ||
      !Number.isInteger(upload.index) ||
      !Number.isInteger(upload.total) ||
      upload.index < 0 ||
      upload.index >= upload.total ||
      upload.total > MAX_CHUNKS)
  )
    return fail(render(IMPORT_SERVER.badRows, lang));
  // Refused before anything is written: the whole file, estimated from this chunk.
  const size = cellCount(table) * (upload?.total ?? 1);
  if (size > MAX_IMPORT_CELLS)
    return fail(
      render(IMPORT_SERVER.tooLarge, lang, {
        cells: size,
        limit: MAX_IMPORT_CELLS,
      }),
    );
  const active = activePlanOrTell(lang, sidebarPlanName);
  if (!active) return fail(render(IMPORT_SERVER.noPlan, lang));
  const { plan, store } = active;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let all;
  try {
    all = stage(spreadsheet, table, choice, lang);
  } catch (error) {
    // Parts lost (a skipped chunk, an upload another one replaced): the panel starts over.
    return fail((error as Error).message);
  }
  if (!all) {
    const index = (upload?.index ?? 0) + 1;
    return {
      ok: true,
      complete: false,
      kind: choice.kind,
      records: 0,
      sheet: '',
      problems: [],
      message: render(IMPORT_SERVER.chunkReceived, lang, { index, total: upload?.total ?? 1 }),
    };
  }
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  let read;
  try {
    read = readImport(all, plan, { timeZone, locale: lang, choice });
  } catch (error) {
    return fail(refusalText(error, lang) ?? render(IMPORT_SERVER.badRows, lang));
  }
  const state = loadImportState(store, plan.name);
  // The mapping sheet holds both kinds' maps, as the user last edited them: keep what the other
  // kind set; this file's choice (confirmed in the panel) wins for its own values.
  const kept = currentMaps(spreadsheet, state, plan);
  const contactsImport = choice.kind === 'contacts';
  const records = contactsImport ? read.contacts : read.deals;
  // The choices for values as this file spells them come last: they win for their row.
  const inFile = <T>(map: Record<string, T>, values: string[]) => {
    const spelled = new Set(values);
    return Object.fromEntries(Object.entries(map).filter(([value]) => spelled.has(value)));
  };
  const maps = {
    stages: contactsImport
      ? foldedMerge(
          kept.stages,
          read.maps.stages,
          inFile(
            read.maps.stages,
            read.contacts.map((c) => c.status),
          ),
        )
      : foldedMerge(kept.stages),
    outcomes: foldedMerge(
      kept.outcomes,
      read.maps.outcomes,
      inFile(
        read.maps.outcomes,
        read.deals.map((d) => d.stage),
      ),
    ),
    channels: foldedMerge(
      kept.channels,
      read.maps.channels,
      inFile(
        read.maps.channels,
        records.map((r) => r.source),
      ),
    ),
  };
  // One row per value as the sheet's lookups see it: they ignore case, so "Facebook" and
  // "facebook" share the first spelling's row (a second row would be an edit with no effect).
  const distinct = (values: string[]) => {
    const rows = new Map<string, string>();
    for (const value of values)
      if (value && !rows.has(value.toLowerCase())) rows.set(value.toLowerCase(), value);
    return [...rows.values()];
  };
  const sources = distinct([...Object.keys(maps.channels), ...records.map((r) => r.source)]);
  const outcomes = distinct([...Object.keys(maps.outcomes), ...read.deals.map((d) => d.stage)]);
  const statuses = distinct([...Object.keys(maps.stages), ...read.contacts.map((c) => c.status)]);

  const mappingTarget = recordsSheet(
    spreadsheet,
    state.mappingSheetId,
    render(IMPORT_SHEETS.mappingSheet, lang),
  );
  const recordsTarget = recordsSheet(
    spreadsheet,
    state[choice.kind]?.sheetId,
    render(choice.kind === 'contacts' ? IMPORT_SHEETS.contactsSheet : IMPORT_SHEETS.dealsSheet, lang),
  );
  const mapping = mappingSheet(plan, mappingTarget.sheet.getName(), maps, sources, outcomes, statuses);
  const base = {
    sheetId: recordsTarget.sheet.getSheetId(),
    records: records.length,
    fileName,
    importedAt: new Date().toISOString(),
    choice: { ...choice, mapping: read.mapping, dateOrder: read.dateOrder, maps, upload: undefined },
  };
  const next: ImportState = {
    ...state,
    asOf: todayIn(timeZone),
    mappingSheetId: mappingTarget.sheet.getSheetId(),
  };
  if (choice.kind === 'contacts') {
    // A stage is the import's when some record carries its own date for it (not only inferred ones).
    next.contacts = {
      ...base,
      stages: plan.stages
        .filter((_, s) => read.contacts.some((r) => r.dates[s] && !r.inferred[s]))
        .map((s) => s.id),
    };
  } else {
    const won = plan.stages[plan.stages.length - 1];
    const contactsDrive = new Set(next.contacts?.stages ?? []);
    const opportunities = plan.stages.find((stage) => stage.kind === 'opportunities');
    next.deals = {
      ...base,
      wonStage: won?.id ?? null,
      createdStage: opportunities && !contactsDrive.has(opportunities.id) ? opportunities.id : null,
    };
  }
  const description =
    choice.kind === 'contacts'
      ? contactsSheet(plan, recordsTarget.sheet.getName(), read.contacts, mapping.places, fileName)
      : dealsSheet(plan, recordsTarget.sheet.getName(), read.deals, mapping.places, fileName);

  // Sheets made for this import go again if nothing is written to them: a No, a refusal, or an
  // error before the write (a retry then finds no empty "CRM contacts" in the way).
  let wrote = false;
  const discardCreated = () => {
    if (wrote) return;
    for (const target of [recordsTarget, mappingTarget])
      if (target.created) spreadsheet.deleteSheet(target.sheet);
  };
  let outcome;
  try {
    outcome = writePlanSheets(plan, {
      lang,
      source: 'import',
      ask: askWithAlert(lang),
      imports: next,
      // Under the same lock as the plan sheets: the records, then the rows that count them.
      beforeWrite: () => {
        wrote = true;
        rewrite(spreadsheet, mappingTarget.sheet, mapping.sheet);
        rewrite(spreadsheet, recordsTarget.sheet, description);
      },
    });
  } catch (error) {
    discardCreated();
    throw error;
  }
  if (outcome.status !== 'written') {
    discardCreated();
    return fail(outcome.message);
  }
  return {
    ok: true,
    complete: true,
    kind: choice.kind,
    records: records.length,
    sheet: recordsTarget.sheet.getName(),
    problems: read.problems,
    message: [
      render(IMPORT_SERVER.imported, lang, { count: records.length, sheet: recordsTarget.sheet.getName() }),
      ...(outcome.archived ? [outcome.archived] : []),
    ].join('\n'),
    ...(outcome.archived ? { archived: outcome.archived } : {}),
  };
}
