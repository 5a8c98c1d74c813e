/** The method page as data: sections with paragraph ids, and the sources. Text: locales/<lng>/method.json. */
export const methodSections: { id: string; paragraphs: string[] }[] = [
  { id: 'what', paragraphs: ['p1', 'p2', 'p3'] },
  { id: 'picture-not-grade', paragraphs: ['p1', 'p2', 'p3', 'p4', 'p5'] },
  { id: 'scales', paragraphs: ['p1', 'p2', 'p3', 'p4'] },
  { id: 'reverse', paragraphs: ['p1', 'p2'] },
  { id: 'scoring', paragraphs: ['p1', 'p2', 'p3', 'p4', 'p5'] },
  { id: 'bands', paragraphs: ['p1', 'p2'] },
  { id: 'profile', paragraphs: ['p1', 'p2', 'p3', 'p4'] },
  { id: 'advice', paragraphs: ['p1', 'p2', 'p3', 'p4'] },
  { id: 'privacy', paragraphs: ['p1', 'p2', 'p3'] },
  { id: 'research', paragraphs: ['p1', 'p2', 'p3', 'p4'] },
];

/** Source ids in the order they are listed; text under `sources.<id>`. */
export const methodSources: string[] = [
  'ica-krachtiger-als-collectief-2020',
  'ica-monitor-2025',
  'vu-bzk-2024',
  'blok-2024',
  'tuckman-chang-1991',
  'tevel-katz-brock-2015',
  'moore-riddell-vocisano-2015',
  'comets-2019-2022',
  'jussila-byrne-tuominen-2012',
  'mazzarol-soutar-mamouni-limnios-2019',
  'barraud-didier-henninger-el-akremi-2012',
  'radtke-2014',
  'mcmillan-chavis-1986',
  'chavis-lee-acosta-2008',
  'ostrom-1990',
  'clary-et-al-1998',
  'arnstein-1969',
  'act-strengthening-participation',
];
