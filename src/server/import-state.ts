import type { ImportState } from '../core/import/types';
import type { ImportLayout } from '../sheets/imported';
import { getChunkedOrWhole, PlanStore, putChunked, readJson } from './storage';

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is imported for a plan: kept beside its sheet ids in the document properties. */
export function loadImportState(store: PlanStore, name: string): ImportState {
  const key = store.importKey(name);
  if (key === null) return {};
  // Chunked, since the value maps can outgrow one property; a state saved whole is read as it is.
  const text = getChunkedOrWhole(PropertiesService.getDocumentProperties(), key);
  return readJson<ImportState>(text, {}, isObject);
}

export function saveImportState(store: PlanStore, name: string, state: ImportState): void {
  const key = store.importKey(name);
  if (key !== null) putChunked(PropertiesService.getDocumentProperties(), key, JSON.stringify(state));
}

/** The layout of the imported rows, with the records sheets' current names (the user may rename them). */
export function importLayoutOf(state: ImportState): ImportLayout | undefined {
  if (!state.contacts && !state.deals) return undefined;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const nameOf = (id: number) => spreadsheet.getSheetById(id)?.getName() ?? null;
  const contacts = state.contacts;
  const deals = state.deals;
  const contactsName = contacts ? nameOf(contacts.sheetId) : null;
  const dealsName = deals ? nameOf(deals.sheetId) : null;
  if (!contactsName && !dealsName) return undefined;
  return {
    asOf: state.asOf ?? '',
    contacts:
      contacts && contactsName
        ? { sheet: contactsName, records: contacts.records, stages: contacts.stages }
        : undefined,
    deals:
      deals && dealsName
        ? {
            sheet: dealsName,
            records: deals.records,
            createdStage: deals.createdStage,
            wonStage: deals.wonStage,
          }
        : undefined,
  };
}
