import type { Sector } from '../basics/sectors.js';
import { BUILTIN_VOCABULARY } from '../competence/vocabulary.data.js';

/** An occupation the synthetic generator writes vacancies and work histories for: a trade, what fits it, and how common it is. */
export interface SyntheticOccupation {
  /** The vacancy title; unique among the occupations. */
  readonly title: string;
  readonly sector: Sector;
  /** The trade itself, a built-in competence id: a vacancy's first competence, and what a candidate with this trade holds. */
  readonly core: string;
  /** Built-in competence ids that fit the trade, the most often asked first. */
  readonly related: readonly string[];
  /** Transversal competences a vacancy asks now and then (id → share of vacancies that do). */
  readonly transversal: Readonly<Record<string, number>>;
  /** Relative number of vacancies within the sector. */
  readonly demand: number;
  /** Relative number of candidates with this trade within the sector: a bijstand caseload holds more cleaners than nurses. */
  readonly supply: number;
}

export const DUTCH_B1 = 'algemeen.nederlandse-taal-b1';
export const DUTCH_A2 = 'algemeen.nederlandse-taal-a2';
export const RIJBEWIJS_B = 'algemeen.rijbewijs-b';
const B1 = DUTCH_B1;
const A2 = DUTCH_A2;
const ENGELS = 'algemeen.engelse-taal';
const DIGITAAL = 'algemeen.digitale-vaardigheden';
const KLANT = 'algemeen.klantvriendelijkheid';
const HACCP = 'algemeen.haccp';
const VCA = 'algemeen.vca-basis';
const WERKRITME = 'algemeen.werkritme';
const FYSIEK = 'algemeen.fysiek-zwaar-werk';
const NAUWKEURIG = 'algemeen.nauwkeurigheid';
const ZELFSTANDIG = 'algemeen.zelfstandig-werken';
const BETROUWBAAR = 'algemeen.betrouwbaarheid';
const COMMUNICATIE = 'algemeen.communicatie';
const SAMENWERKEN = 'algemeen.samenwerken';
const KANTOOR = 'algemeen.kantoorsoftware';
const KASSA = 'detailhandel.kassawerk';
const HEFTRUCK = 'logistiek.heftruck';
const ORDERPICKEN = 'logistiek.orderpicken';
const INPAKKEN = 'logistiek.inpakken';
const PRODUCTIE = 'productie.productiemedewerker';
const VERZORGING = 'zorg.persoonlijke-verzorging';
const DEMENTIE = 'zorg.dementie';

/** Transversal competences a candidate may hold whatever the trade (languages and the driving licence are drawn apart). */
export const SOFT_SKILLS: readonly string[] = [
  KLANT,
  SAMENWERKEN,
  ZELFSTANDIG,
  COMMUNICATIE,
  'algemeen.flexibiliteit',
  BETROUWBAAR,
  'algemeen.punctualiteit',
  WERKRITME,
  NAUWKEURIG,
  FYSIEK,
  'algemeen.rekenvaardigheid',
  DIGITAAL,
  ENGELS,
];

type Transversal = SyntheticOccupation['transversal'];
const occupation = (sector: Sector, title: string, core: string, related: readonly string[], transversal: Transversal, demand: number, supply = demand): SyntheticOccupation => ({
  title,
  sector,
  core,
  related,
  transversal,
  demand,
  supply,
});

/** Entry-level and vocational trades the WSP of a Bollenstreek town sees; demand and supply are relative within a sector. */
export const SYNTHETIC_OCCUPATIONS: readonly SyntheticOccupation[] = /* @__PURE__ */ (() => [
  occupation('zorg', 'Zorghulp', 'zorg.zorghulp', [VERZORGING, 'zorg.huishoudelijke-hulp', DEMENTIE, BETROUWBAAR], { [B1]: 0.5 }, 4),
  occupation('zorg', 'Huishoudelijk medewerker thuiszorg', 'zorg.huishoudelijke-hulp', ['facilitair.schoonmaak', ZELFSTANDIG, BETROUWBAAR], { [B1]: 0.3, [RIJBEWIJS_B]: 0.2 }, 4, 5),
  occupation('zorg', 'Verzorgende IG', 'zorg.verzorgende-ig', [VERZORGING, DEMENTIE, 'zorg.ehbo', COMMUNICATIE], { [B1]: 0.6 }, 3, 1.5),
  occupation('zorg', 'Helpende zorg en welzijn', 'zorg.helpende-zorg-en-welzijn', [VERZORGING, DEMENTIE, SAMENWERKEN], { [B1]: 0.5 }, 2, 1.5),
  occupation('zorg', 'Thuiszorgmedewerker', 'zorg.thuiszorg', [VERZORGING, 'zorg.huishoudelijke-hulp', ZELFSTANDIG], { [B1]: 0.5, [RIJBEWIJS_B]: 0.3 }, 2, 1.5),
  occupation('zorg', 'Gastvrouw zorg', 'zorg.gastvrouw-zorg', [HACCP, 'horeca.bediening', KLANT, DEMENTIE], { [B1]: 0.5 }, 2),
  occupation('zorg', 'Activiteitenbegeleider', 'zorg.activiteitenbegeleider', [DEMENTIE, COMMUNICATIE, 'algemeen.plannen-organiseren'], { [B1]: 0.5 }, 1, 0.8),
  occupation('zorg', 'Pedagogisch medewerker kinderopvang', 'zorg.pedagogisch-medewerker-kinderopvang', ['zorg.ehbo', COMMUNICATIE, SAMENWERKEN], { [B1]: 0.7 }, 1.5, 0.8),
  occupation('zorg', 'Begeleider gehandicaptenzorg', 'zorg.begeleider-gehandicaptenzorg', [VERZORGING, COMMUNICATIE, 'algemeen.stressbestendigheid'], { [B1]: 0.6 }, 1, 0.6),
  occupation('zorg', 'Verpleegkundige', 'zorg.verpleegkundige', [VERZORGING, DEMENTIE, 'zorg.ehbo'], { [B1]: 0.8 }, 0.6, 0.2),

  occupation('horeca', 'Medewerker bediening', 'horeca.bediening', ['horeca.gastheer-gastvrouw', KLANT, KASSA, HACCP, 'horeca.sociale-hygiene'], { [B1]: 0.3, [ENGELS]: 0.3 }, 3),
  occupation('horeca', 'Keukenhulp', 'horeca.keukenhulp', ['horeca.afwassen', HACCP, SAMENWERKEN, WERKRITME], { [A2]: 0.2 }, 3, 3.5),
  occupation('horeca', 'Afwasser', 'horeca.afwassen', ['horeca.keukenhulp', HACCP, FYSIEK], { [A2]: 0.2 }, 1.5, 2),
  occupation('horeca', 'Barista', 'horeca.barista', [HACCP, KASSA, KLANT, 'horeca.bediening'], { [B1]: 0.3, [ENGELS]: 0.3 }, 1.5, 1.2),
  occupation('horeca', 'Kok', 'horeca.kok', [HACCP, 'horeca.keukenhulp', 'algemeen.stressbestendigheid'], { [A2]: 0.2 }, 1.5, 1),
  occupation('horeca', 'Barmedewerker', 'horeca.barmedewerker', ['horeca.sociale-hygiene', KASSA, KLANT, 'horeca.bediening'], { [ENGELS]: 0.3 }, 1),
  occupation('horeca', 'Medewerker housekeeping', 'horeca.housekeeping', ['facilitair.schoonmaak', NAUWKEURIG, WERKRITME], { [A2]: 0.3 }, 2, 2.5),
  occupation('horeca', 'Fastfoodmedewerker', 'horeca.fastfood', [KASSA, HACCP, KLANT, 'algemeen.stressbestendigheid'], { [A2]: 0.2 }, 1.5),
  occupation('horeca', 'Cateringmedewerker', 'horeca.catering', [HACCP, 'horeca.keukenhulp', 'horeca.bediening'], { [RIJBEWIJS_B]: 0.2 }, 1),

  occupation('detailhandel', 'Kassamedewerker', 'detailhandel.kassawerk', [KLANT, 'algemeen.rekenvaardigheid', 'detailhandel.vakkenvullen'], { [B1]: 0.3 }, 3),
  occupation('detailhandel', 'Vakkenvuller', 'detailhandel.vakkenvullen', ['logistiek.elektrische-pallettruck', WERKRITME, KASSA, FYSIEK], { [A2]: 0.2 }, 3, 4),
  occupation('detailhandel', 'Verkoopmedewerker', 'detailhandel.verkoopmedewerker', [KASSA, KLANT, COMMUNICATIE], { [B1]: 0.4 }, 2.5),
  occupation('detailhandel', 'Medewerker versafdeling', 'detailhandel.versafdeling', [HACCP, 'detailhandel.vakkenvullen', KLANT], { [B1]: 0.2 }, 1.5),
  occupation('detailhandel', 'Medewerker tuincentrum', 'detailhandel.tuincentrum', [KASSA, KLANT, 'detailhandel.vakkenvullen'], { [B1]: 0.2 }, 1),
  occupation('detailhandel', 'Webshopmedewerker', 'detailhandel.webshop', [ORDERPICKEN, INPAKKEN, DIGITAAL], {}, 0.7),
  occupation('detailhandel', 'Bakker', 'detailhandel.bakker', [HACCP, 'detailhandel.verkoopmedewerker', KASSA], {}, 0.7, 0.5),
  occupation('detailhandel', 'Bloemist', 'detailhandel.bloemist', ['tuinbouw.bloemen-verwerken', KASSA, KLANT], {}, 0.6, 0.5),

  occupation('logistiek', 'Orderpicker', 'logistiek.orderpicken', ['logistiek.elektrische-pallettruck', HEFTRUCK, INPAKKEN, NAUWKEURIG], { [A2]: 0.3 }, 3, 4),
  occupation('logistiek', 'Magazijnmedewerker', 'logistiek.magazijnmedewerker', [HEFTRUCK, ORDERPICKEN, 'logistiek.voorraadbeheer', 'logistiek.laden-en-lossen'], { [A2]: 0.2 }, 3),
  occupation('logistiek', 'Heftruckchauffeur', 'logistiek.heftruck', ['logistiek.reachtruck', 'logistiek.laden-en-lossen', VCA], {}, 1.5, 1),
  occupation('logistiek', 'Inpakker', 'logistiek.inpakken', [ORDERPICKEN, WERKRITME, NAUWKEURIG], { [A2]: 0.3 }, 1.5, 2),

  occupation('techniek', 'Monteur installatietechniek', 'techniek.installatiemonteur', ['techniek.tekeninglezen', VCA, 'techniek.cv-monteur', 'techniek.loodgieter'], { [RIJBEWIJS_B]: 0.5 }, 1.5, 1),
  occupation('techniek', 'Elektricien', 'techniek.elektricien', ['techniek.nen-3140', VCA, 'techniek.tekeninglezen'], { [RIJBEWIJS_B]: 0.5 }, 1.2, 0.7),
  occupation('techniek', 'Lasser', 'techniek.lasser', ['techniek.lassen-mig-mag', 'techniek.lassen-tig', 'techniek.tekeninglezen', VCA], {}, 1, 0.8),
  occupation('techniek', 'Onderhoudsmonteur', 'techniek.onderhoudsmonteur', ['techniek.monteur-werktuigbouw', 'techniek.tekeninglezen', VCA], { [RIJBEWIJS_B]: 0.3 }, 1, 0.8),
  occupation('techniek', 'Zonnepanelenmonteur', 'techniek.zonnepanelenmonteur', ['bouw.werken-op-hoogte', VCA, FYSIEK], { [RIJBEWIJS_B]: 0.4 }, 1),
  occupation('techniek', 'Fietsenmaker', 'techniek.fietsenmaker', [KLANT, KASSA, ZELFSTANDIG], {}, 1, 1.2),
  occupation('techniek', 'Automonteur', 'techniek.automonteur', ['techniek.onderhoudsmonteur', ZELFSTANDIG], { [RIJBEWIJS_B]: 0.6 }, 0.7),

  occupation('tuinbouw', 'Bollenpeller', 'tuinbouw.bollenpellen', ['tuinbouw.bollenteelt', WERKRITME, FYSIEK], { [A2]: 0.3 }, 2, 2.5),
  occupation('tuinbouw', 'Medewerker glastuinbouw', 'tuinbouw.kassenwerk', ['tuinbouw.oogsten', 'tuinbouw.gewasverzorging', 'tuinbouw.stekken', WERKRITME], { [A2]: 0.3 }, 2),
  occupation('tuinbouw', 'Oogstmedewerker', 'tuinbouw.oogsten', ['tuinbouw.gewasverzorging', FYSIEK, WERKRITME], { [A2]: 0.3 }, 1.5, 2),
  occupation('tuinbouw', 'Medewerker bloemenverwerking', 'tuinbouw.bloemen-verwerken', ['tuinbouw.bollenteelt', INPAKKEN, NAUWKEURIG, WERKRITME], { [A2]: 0.2 }, 1.5),
  occupation('tuinbouw', 'Medewerker bollenteelt', 'tuinbouw.bollenteelt', ['tuinbouw.bollenpellen', 'groen.rijbewijs-t', FYSIEK], { [RIJBEWIJS_B]: 0.2 }, 1),

  occupation('groen', 'Medewerker groenvoorziening', 'groen.groenvoorziening', ['groen.maaien', 'groen.snoeien', 'groen.onkruidbestrijding', 'groen.motorkettingzaag'], { [RIJBEWIJS_B]: 0.3 }, 3, 3.5),
  occupation('groen', 'Hovenier', 'groen.hovenier', ['groen.snoeien', 'groen.maaien', 'groen.groenvoorziening', 'bouw.stratenmaker'], { [RIJBEWIJS_B]: 0.4 }, 2, 1.5),
  occupation('groen', 'Dierverzorger', 'groen.dierverzorger', [BETROUWBAAR, ZELFSTANDIG, FYSIEK], {}, 0.7),
  occupation('groen', 'Medewerker natuurbeheer', 'groen.natuurbeheer', ['groen.motorkettingzaag', 'groen.maaien', 'groen.snoeien'], { [RIJBEWIJS_B]: 0.2 }, 0.6),

  occupation('productie', 'Productiemedewerker', PRODUCTIE, ['productie.machineoperator', 'productie.assemblage', 'productie.kwaliteitscontrole', WERKRITME], { [A2]: 0.4 }, 3, 4),
  occupation('productie', 'Machineoperator', 'productie.machineoperator', [PRODUCTIE, 'productie.kwaliteitscontrole', VCA], { [A2]: 0.2 }, 1.5, 1.2),
  occupation('productie', 'Medewerker voedingsmiddelenindustrie', 'productie.voedingsmiddelenindustrie', [HACCP, PRODUCTIE, INPAKKEN, WERKRITME], { [A2]: 0.4 }, 1.5),
  occupation('productie', 'Assemblagemedewerker', 'productie.assemblage', [PRODUCTIE, NAUWKEURIG, 'techniek.tekeninglezen'], { [A2]: 0.2 }, 1),
  occupation('productie', 'Houtbewerker', 'productie.houtbewerking', [VCA, NAUWKEURIG, 'techniek.tekeninglezen'], {}, 0.5),

  occupation('facilitair', 'Schoonmaker', 'facilitair.schoonmaak', ['facilitair.vakdiploma-schoonmaak', ZELFSTANDIG, BETROUWBAAR, WERKRITME], { [A2]: 0.3 }, 4, 6),
  occupation('facilitair', 'Facilitair medewerker', 'facilitair.facilitair-medewerker', ['overheid.postkamer', 'facilitair.concierge', KLANT], { [B1]: 0.3 }, 1.5),
  occupation('facilitair', 'Medewerker bedrijfsrestaurant', 'facilitair.bedrijfsrestaurant', [HACCP, KASSA, 'horeca.keukenhulp', KLANT], { [B1]: 0.2 }, 1),
  occupation('facilitair', 'Glazenwasser', 'facilitair.glazenwasser', ['bouw.werken-op-hoogte', 'facilitair.schoonmaak', VCA], { [RIJBEWIJS_B]: 0.4 }, 0.7),
  occupation('facilitair', 'Medewerker wasserij', 'facilitair.wasserij', [WERKRITME, NAUWKEURIG], { [A2]: 0.3 }, 0.8, 1),

  occupation('dienstverlening', 'Administratief medewerker', 'dienstverlening.administratief-medewerker', [KANTOOR, 'dienstverlening.data-invoer', NAUWKEURIG, 'algemeen.excel'], { [B1]: 0.6 }, 1.5),
  occupation('dienstverlening', 'Klantenservicemedewerker', 'dienstverlening.klantenservice', ['dienstverlening.callcenter', KLANT, DIGITAAL, COMMUNICATIE], { [B1]: 0.7 }, 1.5, 1.2),
  occupation('dienstverlening', 'Receptionist', 'dienstverlening.receptionist', [KLANT, KANTOOR, COMMUNICATIE], { [B1]: 0.6, [ENGELS]: 0.3 }, 1),
  occupation('dienstverlening', 'Beveiliger', 'dienstverlening.beveiliger', ['algemeen.bhv', 'zorg.ehbo', BETROUWBAAR], { [B1]: 0.4 }, 0.8),
  occupation('dienstverlening', 'Postbezorger', 'dienstverlening.postbezorger', [ZELFSTANDIG, 'algemeen.punctualiteit'], {}, 0.8, 1.2),

  occupation('bouw', 'Bouwplaatsmedewerker', 'bouw.bouwplaatsmedewerker', [VCA, FYSIEK, 'bouw.grondwerker', 'bouw.sloper'], {}, 2, 2.5),
  occupation('bouw', 'Stratenmaker', 'bouw.stratenmaker', [VCA, 'bouw.grondwerker', FYSIEK], {}, 1),
  occupation('bouw', 'Timmerman', 'bouw.timmerman', [VCA, 'techniek.tekeninglezen', 'bouw.werken-op-hoogte'], { [RIJBEWIJS_B]: 0.3 }, 1, 0.7),
  occupation('bouw', 'Schilder', 'bouw.schilder', ['bouw.werken-op-hoogte', VCA, NAUWKEURIG], {}, 1),
  occupation('bouw', 'Klusjesman', 'bouw.klusjesman', ['bouw.schilder', ZELFSTANDIG, VCA], { [RIJBEWIJS_B]: 0.4 }, 0.8, 1.2),

  occupation('transport', 'Maaltijdbezorger', 'transport.maaltijdbezorger', [ZELFSTANDIG, KLANT, 'algemeen.punctualiteit'], {}, 1, 1.5),
  occupation('transport', 'Bestelbuschauffeur', 'transport.bestelbuschauffeur', [RIJBEWIJS_B, 'transport.koerier', 'logistiek.laden-en-lossen'], {}, 1.2, 1),
  occupation('transport', 'Chauffeur zorgvervoer', 'transport.zorgvervoer', [RIJBEWIJS_B, 'transport.taxichauffeur', KLANT, 'zorg.ehbo'], { [B1]: 0.3 }, 0.8),
  occupation('transport', 'Vrachtwagenchauffeur', 'transport.vrachtwagenchauffeur', ['transport.rijbewijs-ce', 'transport.code-95', 'logistiek.laden-en-lossen'], {}, 0.6, 0.4),

  occupation('leisure', 'Recreatiemedewerker', 'leisure.recreatiemedewerker', ['leisure.campingmedewerker', KLANT, 'leisure.evenementenmedewerker'], { [ENGELS]: 0.4 }, 1),
  occupation('leisure', 'Campingmedewerker', 'leisure.campingmedewerker', ['leisure.recreatiemedewerker', 'facilitair.schoonmaak', 'bouw.klusjesman'], { [ENGELS]: 0.3 }, 1),
  occupation('leisure', 'Attractiemedewerker', 'leisure.attractiemedewerker', [KLANT, 'algemeen.bhv', 'leisure.evenementenmedewerker'], { [ENGELS]: 0.3 }, 0.6),
  occupation('leisure', 'Zwembadmedewerker', 'leisure.zwembadmedewerker', ['zorg.ehbo', 'algemeen.bhv', 'facilitair.schoonmaak'], {}, 0.4),

  occupation('overheid', 'Baliemedewerker', 'overheid.baliemedewerker', [KLANT, DIGITAAL, KANTOOR], { [B1]: 0.8 }, 1),
  occupation('overheid', 'Verkeersregelaar', 'overheid.verkeersregelaar', [VCA, COMMUNICATIE], {}, 0.6),
  occupation('overheid', 'Wijkconciërge', 'overheid.wijkconcierge', ['facilitair.concierge', 'bouw.klusjesman', COMMUNICATIE], { [B1]: 0.4 }, 0.6),
  occupation('overheid', 'Postkamermedewerker', 'overheid.postkamer', ['overheid.archiefmedewerker', NAUWKEURIG], {}, 0.5),

  occupation('ict', 'ICT-helpdeskmedewerker', 'ict.helpdesk', ['ict.computerreparatie', DIGITAAL, KLANT], { [ENGELS]: 0.4, [B1]: 0.3 }, 1),
  occupation('ict', 'Computerreparateur', 'ict.computerreparatie', ['ict.helpdesk', NAUWKEURIG], { [ENGELS]: 0.2 }, 0.5),

  occupation('grijs', 'Medewerker afvalinzameling', 'grijs.afvalinzameling', ['grijs.straatreiniging', FYSIEK, VCA], {}, 1),
  occupation('grijs', 'Medewerker kringloopwinkel', 'grijs.kringloop', [KASSA, KLANT, 'grijs.recycling'], {}, 1, 1.2),
  occupation('grijs', 'Straatreiniger', 'grijs.straatreiniging', ['grijs.zwerfafval', 'grijs.hogedrukreiniging', WERKRITME], {}, 0.8),
  occupation('grijs', 'Medewerker milieustraat', 'grijs.milieustraat', ['grijs.recycling', KLANT], {}, 0.6),

  // An agency's vacancies are placements at its clients: production and warehouse work.
  occupation('uitzenden', 'Uitzendkracht productie', 'productie.productiemedewerker', ['productie.machineoperator', WERKRITME, 'algemeen.flexibiliteit'], { [A2]: 0.3 }, 2),
  occupation('uitzenden', 'Uitzendkracht logistiek', 'logistiek.orderpicken', ['logistiek.elektrische-pallettruck', INPAKKEN, 'algemeen.flexibiliteit'], { [A2]: 0.3 }, 2),
])();

/** The built-in competence (id and label) of a vocabulary id; undefined for an id the vocabulary lacks. */
export function builtinCompetence(id: string): { readonly id: string; readonly label: string } | undefined {
  const entry = BUILTIN_VOCABULARY.find((e) => e.id === id);
  return entry && { id: entry.id, label: entry.label };
}

/**
 * The core competence of a synthetic vacancy — the trade itself (Barista for a barista) — found by its title.
 *
 * @param vacancy - a vacancy of `generateSyntheticRegion`, or anything with its `title`
 * @returns the competence's built-in id and label, or undefined when the title is not one the generator writes
 * @example
 * const region = generateSyntheticRegion({ seed: 1, candidates: 100, vacancies: 10 });
 * syntheticCoreCompetence(region.vacancies[0]!); // e.g. { id: 'horeca.barista', label: 'Barista' }
 */
export function syntheticCoreCompetence(vacancy: { readonly title?: string | undefined }): { readonly id: string; readonly label: string } | undefined {
  const found = SYNTHETIC_OCCUPATIONS.find((o) => o.title === vacancy.title);
  return found && builtinCompetence(found.core);
}
