// Every sentence werkmatch shows to people, in Dutch and English, in one place.
import type { Locale } from '../basics/locale.js';
import type { TravelMode } from '../schema/records.js';
import type { CompetenceReason } from '../score/competence.js';
import type { HoursReason } from '../score/hours.js';
import type { LadderReason } from '../score/ladder.js';
import type { SectorReason } from '../score/sector.js';
import type { TravelReason } from '../score/travel.js';

export type { Locale };

const num = (locale: Locale, value: number, digits = 0): string => value.toFixed(digits).replace('.', locale === 'nl' ? ',' : '.');
const pct = (locale: Locale, value: number): string => `${num(locale, value * 100)}%`;
const list = (locale: Locale, items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${locale === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;

const MODES: Record<Locale, Record<TravelMode, string>> = {
  nl: { walk: 'te voet', bike: 'per fiets', ebike: 'per e-bike', transit: 'met het ov', car: 'per auto' },
  en: { walk: 'on foot', bike: 'by bike', ebike: 'by e-bike', transit: 'by public transport', car: 'by car' },
};

export function competenceSentence(locale: Locale, r: CompetenceReason): string {
  if (r.code === 'none_asked') {
    return locale === 'nl' ? 'Competenties: de vacature vraagt geen specifieke competenties (neutraal gescoord).' : 'Competences: the vacancy asks for no specific competences (scored neutrally).';
  }
  const have = r.matched.map((m) => `${m.label} (${locale === 'nl' ? 'niveau' : 'level'} ${m.level})`);
  const asked = r.matched.length + r.missing.length;
  const head =
    locale === 'nl'
      ? `Competenties: ${r.matched.length} van ${asked} gevraagd aanwezig, dekking ${pct(locale, r.coverage)}`
      : `Competences: ${r.matched.length} of ${asked} asked present, coverage ${pct(locale, r.coverage)}`;
  const parts = [head];
  if (have.length) parts.push(locale === 'nl' ? `heeft ${list(locale, have)}` : `has ${list(locale, have)}`);
  if (r.missing.length) parts.push(locale === 'nl' ? `mist ${list(locale, r.missing)}` : `lacks ${list(locale, r.missing)}`);
  if (r.code === 'coverage' && r.jobCarving && r.missingRequired.length) {
    parts.push(
      locale === 'nl'
        ? 'de werkgever staat open voor jobcarving, dus verplichte competenties kosten punten in plaats van uit te sluiten'
        : 'the employer is open to job carving, so missing required competences cost points instead of excluding',
    );
  }
  return `${parts.join('; ')}.`;
}

export function ladderSentence(locale: Locale, r: LadderReason): string {
  const nl = locale === 'nl';
  switch (r.code) {
    case 'step_qualifies':
      if (r.step === 6) return nl ? 'Trede 6 op de participatieladder: klaar voor betaald werk.' : 'Step 6 on the participation ladder: ready for paid work.';
      if (r.step === 5)
        return nl
          ? 'Trede 5 op de participatieladder: betaald werk met ondersteuning, en deze werkgever biedt een jobcoach of loonkostensubsidie.'
          : 'Step 5 on the participation ladder: paid work with support, which this employer offers (job coach or wage subsidy).';
      return nl ? `Trede ${r.step} op de participatieladder: de vacature staat open voor trede ${r.minStep}.` : `Step ${r.step} on the participation ladder: the vacancy accepts step ${r.minStep}.`;
    case 'exempt':
      return nl ? `Trede ${r.step}, maar ontheffing van de arbeidsverplichting.` : `Step ${r.step}, but exempt from the obligation to work.`;
    case 'step_too_low':
      return nl ? `Trede ${r.step} op de participatieladder: nog te ver van betaald werk.` : `Step ${r.step} on the participation ladder: still too far from paid work.`;
    case 'support_required':
      return nl
        ? 'Trede 5 op de participatieladder: heeft ondersteuning nodig, maar deze werkgever biedt geen jobcoach of loonkostensubsidie.'
        : 'Step 5 on the participation ladder: needs support, but this employer offers no job coach or wage subsidy.';
    case 'below_minimum':
      return nl
        ? `Trede ${r.step} op de participatieladder; de vacature vraagt minimaal trede ${r.minStep}.`
        : `Step ${r.step} on the participation ladder; the vacancy asks for at least step ${r.minStep}.`;
  }
}

export function hoursSentence(locale: Locale, r: HoursReason): string {
  const range = (x: { min: number; max: number }) => (x.min === x.max ? num(locale, x.min, x.min % 1 ? 1 : 0) : `${num(locale, x.min, x.min % 1 ? 1 : 0)}–${num(locale, x.max, x.max % 1 ? 1 : 0)}`);
  if (locale === 'nl') {
    const base = `Uren: kandidaat ${range(r.candidate)} uur per week, vacature ${range(r.vacancy)}`;
    return r.code === 'no_overlap' ? `${base}: geen overlap.` : `${base}: ${num(locale, r.hours, r.hours % 1 ? 1 : 0)} uur haalbaar.`;
  }
  const base = `Hours: candidate ${range(r.candidate)} a week, vacancy ${range(r.vacancy)}`;
  return r.code === 'no_overlap' ? `${base}: no overlap.` : `${base}: ${num(locale, r.hours, r.hours % 1 ? 1 : 0)} hours workable.`;
}

export function travelSentence(locale: Locale, r: TravelReason): string {
  const from = r.from === 'municipality' ? (locale === 'nl' ? ', gerekend vanaf het midden van de woongemeente' : ', counted from the centre of the home municipality') : '';
  return locale === 'nl'
    ? `Reistijd ${num(locale, r.minutes)} min ${MODES.nl[r.mode]} (maximaal ${num(locale, r.maxMinutes)}), ${num(locale, r.km, 1)} km hemelsbreed${from}.`
    : `Travel time ${num(locale, r.minutes)} min ${MODES.en[r.mode]} (max ${num(locale, r.maxMinutes)}), ${num(locale, r.km, 1)} km as the crow flies${from}.`;
}

export function sectorSentence(locale: Locale, r: SectorReason): string {
  const nl = locale === 'nl';
  const shortage = r.shortage ? (nl ? ' (tekortsector)' : ' (shortage sector)') : '';
  const what: Record<SectorReason['code'], [string, string]> = {
    preferred: ['voorkeur van de kandidaat', "the candidate's preference"],
    experience: ['de kandidaat heeft er ervaring', 'the candidate has experience in it'],
    neutral: ['geen voorkeur of ervaring', 'no preference or experience'],
    excluded: ['de kandidaat sluit deze sector uit', 'the candidate excludes this sector'],
    unknown: ['sectorvoorkeur van de kandidaat onbekend, neutraal gescoord', "candidate's sector preferences unknown, scored neutrally"],
  };
  return `${nl ? 'Sector' : 'Sector'} ${r.sector}${shortage}: ${what[r.code][nl ? 0 : 1]}.`;
}

const KNOCKOUTS: Record<string, [string, string]> = {
  'competence.missing_required': [
    'Uitgesloten: een verplichte competentie ontbreekt en de werkgever doet niet aan jobcarving.',
    'Excluded: a required competence is missing and the employer does not do job carving.',
  ],
  'ladder.exempt': ['Uitgesloten: ontheffing van de arbeidsverplichting, nooit gematcht.', 'Excluded: exempt from the obligation to work, never matched.'],
  'ladder.step_too_low': ['Uitgesloten: treden 1–3 komen niet in aanmerking voor betaald werk.', 'Excluded: steps 1–3 do not qualify for paid work.'],
  'ladder.support_required': ['Uitgesloten: trede 5 zonder ondersteuning bij deze werkgever.', 'Excluded: step 5 without support at this employer.'],
  'ladder.below_minimum': ['Uitgesloten: trede lager dan de vacature vraagt.', 'Excluded: ladder step below what the vacancy asks.'],
  'hours.no_overlap': ['Uitgesloten: de uren van kandidaat en vacature overlappen niet.', "Excluded: the candidate's and the vacancy's hours do not overlap."],
  'travel.too_far': ['Uitgesloten: reistijd boven het maximum van de kandidaat.', "Excluded: travel time above the candidate's maximum."],
  'sector.excluded': ['Uitgesloten: de kandidaat wil niet in deze sector werken.', 'Excluded: the candidate does not want to work in this sector.'],
};

export function knockoutSentence(locale: Locale, factor: string, code: string): string {
  const pair = KNOCKOUTS[`${factor}.${code}`];
  return pair ? pair[locale === 'nl' ? 0 : 1] : `${locale === 'nl' ? 'Uitgesloten' : 'Excluded'}: ${factor} ${code}.`;
}

export function missingSentence(locale: Locale, missing: readonly string[]): string {
  return locale === 'nl' ? `Ontbrekende of onbekende gegevens, neutraal gescoord: ${missing.join(', ')}.` : `Missing or unrecognised data, scored neutrally: ${missing.join(', ')}.`;
}
