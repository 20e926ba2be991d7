/** The 17 WSP branches (Werkgeversservicepunt sectors). Order is stable: sector indexes are used in typed arrays. */
export const SECTORS = Object.freeze([
  'bouw',
  'techniek',
  'groen',
  'grijs',
  'tuinbouw',
  'horeca',
  'leisure',
  'detailhandel',
  'overheid',
  'productie',
  'transport',
  'logistiek',
  'zorg',
  'ict',
  'dienstverlening',
  'facilitair',
  'uitzenden',
] as const);

export type Sector = (typeof SECTORS)[number];

export const TARGET_GROUPS = Object.freeze(['doelgroepregister', 'regulier', 'statushouder', 'nug', 'alleenstaande-ouder', '50-plus', 'jongere'] as const);

export type TargetGroup = (typeof TARGET_GROUPS)[number];
