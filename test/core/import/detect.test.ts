import { detect, detectAs } from '../../../src/core/import/detect';

/** The mapping as { field: header } for readable expectations. */
function named(headers: string[]) {
  const d = detect(headers);
  const fields = Object.fromEntries(Object.entries(d.mapping).map(([f, i]) => [f, headers[i as number]]));
  return { tool: d.tool, kind: d.kind, confidence: d.confidence, fields };
}

describe('detect', () => {
  test('HubSpot contacts with English labels', () => {
    const headers = [
      'Record ID',
      'First Name',
      'Last Name',
      'Email',
      'Lifecycle Stage',
      'Create Date',
      'Became a Marketing Qualified Lead Date',
      'Became a Sales Qualified Lead Date',
      'Became an Opportunity Date',
      'Became a Customer Date',
      'Original Source',
    ];
    expect(named(headers)).toEqual({
      tool: 'hubspot',
      kind: 'contacts',
      confidence: 1,
      fields: {
        id: 'Record ID',
        email: 'Email',
        created: 'Create Date',
        lifecycle: 'Lifecycle Stage',
        source: 'Original Source',
        mqlDate: 'Became a Marketing Qualified Lead Date',
        sqlDate: 'Became a Sales Qualified Lead Date',
        opportunityDate: 'Became an Opportunity Date',
        customerDate: 'Became a Customer Date',
      },
    });
  });

  test('HubSpot contacts with Japanese labels: stage dates found by keywords', () => {
    const d = named([
      'レコードID',
      'Eメール',
      'ライフサイクルステージ',
      '作成日',
      'マーケティングクオリファイドリードになった日',
      '商談になった日',
      '顧客になった日',
      'オリジナルソース',
    ]);
    expect(d).toMatchObject({ tool: 'hubspot', kind: 'contacts' });
    expect(d.fields).toEqual({
      id: 'レコードID',
      email: 'Eメール',
      created: '作成日',
      lifecycle: 'ライフサイクルステージ',
      source: 'オリジナルソース',
      mqlDate: 'マーケティングクオリファイドリードになった日',
      opportunityDate: '商談になった日',
      customerDate: '顧客になった日',
    });
  });

  test('HubSpot contacts with internal names, in any case, width and spacing', () => {
    const d = named([
      'hs_object_id',
      'EMAIL',
      'ｃｒｅａｔｅｄａｔｅ',
      'Lifecycle  Stage',
      'hs_lifecyclestage_customer_date',
      'hs_analytics_source',
    ]);
    expect(d).toMatchObject({ tool: 'hubspot', kind: 'contacts' });
    expect(d.fields).toEqual({
      id: 'hs_object_id',
      email: 'EMAIL',
      created: 'ｃｒｅａｔｅｄａｔｅ',
      lifecycle: 'Lifecycle  Stage',
      customerDate: 'hs_lifecyclestage_customer_date',
      source: 'hs_analytics_source',
    });
  });

  test('HubSpot deals, English and Japanese', () => {
    const en = named([
      'Record ID',
      'Deal Name',
      'Deal Stage',
      'Amount',
      'Close Date',
      'Create Date',
      'Pipeline',
    ]);
    expect(en).toMatchObject({ tool: 'hubspot', kind: 'deals' });
    expect(en.fields).toEqual({
      id: 'Record ID',
      name: 'Deal Name',
      stage: 'Deal Stage',
      amount: 'Amount',
      closeDate: 'Close Date',
      created: 'Create Date',
      pipeline: 'Pipeline',
    });
    const ja = named([
      'レコードID',
      '取引名',
      '取引ステージ',
      '金額',
      'クローズ日',
      '作成日',
      'パイプライン',
    ]);
    expect(ja).toMatchObject({ tool: 'hubspot', kind: 'deals' });
    expect(Object.keys(ja.fields).sort()).toEqual(Object.keys(en.fields).sort());
  });

  test('Salesforce leads and opportunities reports', () => {
    const leads = named([
      'Lead ID',
      'First Name',
      'Last Name',
      'Company / Account',
      'Email',
      'Lead Source',
      'Status',
      'Created Date',
      'Converted',
      'Converted Date',
    ]);
    expect(leads).toEqual({
      tool: 'salesforce',
      kind: 'contacts',
      confidence: 1,
      fields: {
        id: 'Lead ID',
        email: 'Email',
        source: 'Lead Source',
        created: 'Created Date',
        lifecycle: 'Status',
        convertedDate: 'Converted Date',
      },
    });
    const opportunities = named([
      'Opportunity Name',
      'Account Name',
      'Stage',
      'Amount',
      'Close Date',
      'Created Date',
      'Lead Source',
      'Won',
      'Closed',
    ]);
    expect(opportunities).toMatchObject({ tool: 'salesforce', kind: 'deals', confidence: 0.89 });
    expect(opportunities.fields).toEqual({
      name: 'Opportunity Name',
      stage: 'Stage',
      amount: 'Amount',
      closeDate: 'Close Date',
      created: 'Created Date',
      source: 'Lead Source',
      won: 'Won',
      closed: 'Closed',
    });
  });

  test('a generic lead list with Japanese headers', () => {
    const d = named([
      'レコード番号',
      '会社名',
      '氏名',
      'メールアドレス',
      '流入元',
      'ステータス',
      '作成日時',
      'MQL日',
      '商談化日',
      '受注日',
      '備考',
    ]);
    expect(d).toEqual({
      tool: 'generic',
      kind: 'contacts',
      confidence: 1,
      fields: {
        id: 'レコード番号',
        email: 'メールアドレス',
        source: '流入元',
        lifecycle: 'ステータス',
        created: '作成日時',
        mqlDate: 'MQL日',
        opportunityDate: '商談化日',
        customerDate: '受注日',
      },
    });
  });

  test('a generic deal list', () => {
    const d = named(['案件名', '顧客名', 'フェーズ', '受注金額', '受注日', '登録日', '流入経路']);
    expect(d).toMatchObject({ tool: 'generic', kind: 'deals', confidence: 1 });
    expect(d.fields).toEqual({
      name: '案件名',
      stage: 'フェーズ',
      amount: '受注金額',
      closeDate: '受注日',
      created: '登録日',
      source: '流入経路',
    });
  });

  test('an unknown table is generic with low confidence and what it could find', () => {
    const d = named(['Name', 'Phone', 'Email']);
    expect(d).toEqual({ tool: 'generic', kind: 'contacts', confidence: 0.25, fields: { email: 'Email' } });
  });

  test('a HubSpot export with few columns is still HubSpot (the default view columns)', () => {
    const d = named([
      'Record ID',
      'First Name',
      'Last Name',
      'Email',
      'Phone Number',
      'Lead Status',
      'Create Date',
    ]);
    expect(d).toMatchObject({ tool: 'hubspot', kind: 'contacts', confidence: 0.33 });
  });

  test('HubSpot\'s "Recent Conversion Date" is not a lead conversion', () => {
    const d = named(['Record ID', 'Email', 'Create Date', 'Lifecycle Stage', 'Recent Conversion Date']);
    expect(d.fields).not.toHaveProperty('convertedDate');
  });

  test('each column is used once, each field at most once', () => {
    const d = detect(['Email', 'Email', 'Create Date', 'Create Date']);
    expect(d.mapping).toEqual({ email: 0, created: 2 });
  });

  test('detectAs maps a file as the tool and kind the user chose', () => {
    const headers = ['Record ID', 'Deal Name', 'Email', 'Create Date'];
    expect(detectAs(headers, 'hubspot', 'contacts').mapping).toEqual({ id: 0, email: 2, created: 3 });
    expect(detectAs(headers, 'generic', 'deals').mapping).toMatchObject({ name: 1, created: 3 });
  });
});
