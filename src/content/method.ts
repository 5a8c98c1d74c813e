/** The method page as data: sections with paragraph ids, and the sources. Text: locales/<lng>/method.json. */
export const methodSections: { id: string; paragraphs: string[] }[] = [
  { id: 'what', paragraphs: ['p1', 'p2', 'p3'] },
  { id: 'picture-not-grade', paragraphs: ['p1', 'p2', 'p3', 'p4'] },
  { id: 'scoring', paragraphs: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'] },
  { id: 'weakest', paragraphs: ['p1', 'p2'] },
  { id: 'advice', paragraphs: ['p1', 'p2', 'p3', 'p4'] },
  { id: 'privacy', paragraphs: ['p1', 'p2', 'p3'] },
  { id: 'research', paragraphs: ['p1', 'p2', 'p3'] },
];

/** Source ids in the order they are listed; text under `sources.<id>`. */
export const methodSources: string[] = [
  'ica-more-powerful',
  'ica-monitor-2025',
  'vu-interior-2024',
  'blok-subsidy-dependence',
  'tuckman-chang-1991',
  'tevel-katz-brock-2014',
  'moore-riddell-vocisano-2015',
  'comets-leadership',
  'jussila-2012',
  'mazzarol-commitment',
  'barraud-didier-2012',
  'radtke-2014',
  'mcmillan-chavis-sci2',
  'ostrom-1990',
  'clary-1998',
  'arnstein-1969',
  'act-participation-local-level',
];
