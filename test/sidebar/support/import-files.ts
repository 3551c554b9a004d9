/** Exports for the import panel's tests: a HubSpot-like contacts CSV and the preview a server gives for it. */
import type { ImportPreview } from '../../../src/core/import/types';

export const HUBSPOT_HEADERS = [
  'Record ID',
  'First Name',
  'Email',
  'Lifecycle Stage',
  'Lead Status',
  'Original Source',
  'Create Date',
  'Became a Marketing Qualified Lead Date',
  'Became an Opportunity Date',
  'Became a Customer Date',
];

const STAGES = ['lead', 'marketingqualifiedlead', 'opportunity', 'customer'];
const SOURCES = ['Paid Search', 'Organic Search', 'Paid Social', 'Offline Sources'];
const STATUSES = ['New', 'Open', 'In progress'];

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The data rows of a contacts export with `n` people; the first rows carry hostile and odd cells. */
export function hubspotRows(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const name =
      i === 0 ? '=HYPERLINK("http://evil.example","click")' : i === 1 ? 'Line one\nline two' : `P${i}`;
    return [
      String(1000 + i),
      name,
      i === 2 ? '<img src=x onerror=alert(1)>@example.com' : `p${i}@example.com`,
      STAGES[i % STAGES.length],
      STATUSES[i % STATUSES.length],
      SOURCES[i % SOURCES.length],
      '2026-04-01 10:00',
      i % 4 >= 1 ? '2026-04-15 09:30' : '',
      i % 4 >= 2 ? '2026-05-02 14:00' : '',
      i % 4 === 3 ? '2026-06-20 11:00' : '',
    ];
  });
}

export function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

export const hubspotCsv = (n: number) => toCsv([HUBSPOT_HEADERS, ...hubspotRows(n)]);

/** What previewImport answers for the export above (fileName, headers and counts follow the call). */
export function hubspotPreview(patch: Partial<ImportPreview> = {}): ImportPreview {
  return {
    fileName: 'contacts.csv',
    tool: 'hubspot',
    kind: 'contacts',
    confidence: 0.92,
    headers: HUBSPOT_HEADERS,
    mapping: {
      id: 0,
      email: 2,
      lifecycle: 3,
      source: 5,
      created: 6,
      mqlDate: 7,
      opportunityDate: 8,
      customerDate: 9,
    },
    dateOrder: 'mdy',
    dateOrderAsked: false,
    maps: {
      stages: { lead: 'leads', marketingqualifiedlead: 'mql', opportunity: 'opportunities', customer: 'won' },
      outcomes: {},
      channels: { 'Paid Search': 'ch1', 'Paid Social': 'ch2' },
    },
    values: { stages: STAGES, outcomes: [], channels: SOURCES },
    rows: 0,
    records: 0,
    problems: [
      {
        code: 'inferred',
        count: 12,
        examples: ['row 4: customer without an MQL date', 'row 8: =cmd|" /C calc"!A0'],
        message: {
          en: 'Earlier stages inferred from a later date',
          ja: '後の段階の日付から前の段階を推定した行',
        },
      },
      {
        // As the server words it: the count is in the message already.
        code: 'badDate',
        count: 1,
        examples: ['row 9: 31/31/2026'],
        message: {
          en: '1 dates could not be read and were left empty.',
          ja: '1 件の日付を読み取れなかったため、空欄として扱いました。',
        },
      },
      {
        code: 'noKey',
        count: 1,
        examples: [],
        message: {
          en: 'Rows without an email or ID were skipped',
          ja: 'メールアドレスも ID もない行を除外しました',
        },
      },
    ],
    ...patch,
  };
}

let shiftJisTable: Map<string, number[]> | null = null;

/** Text as Shift_JIS bytes (Node decodes Shift_JIS but cannot encode it: the table is the decoder's inverse). */
export function shiftJis(text: string): Buffer {
  if (!shiftJisTable) {
    const table = new Map<string, number[]>();
    const decoder = new TextDecoder('shift_jis');
    const leads = [
      ...Array.from({ length: 0x1f }, (_, i) => 0x81 + i),
      ...Array.from({ length: 0x1d }, (_, i) => 0xe0 + i),
    ];
    for (const lead of leads)
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    shiftJisTable = table;
  }
  const table = shiftJisTable;
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`not in Shift_JIS: ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
