import { FACTORS, type Point } from '../schema/config.js';
import { SECTORS } from '../basics/sectors.js';
import { TRAVEL_MODES } from '../schema/records.js';
import { competenceValue, NEUTRAL_COMPETENCE, type CompetenceReason } from '../score/competence.js';
import { hoursFactor, hoursValue } from '../score/hours.js';
import { ladderFactor, ladderValue } from '../score/ladder.js';
import { sectorFactor, sectorValue } from '../score/sector.js';
import { modeMinutes, travelValue, type TravelReason } from '../score/travel.js';
import { MUNICIPALITY_COUNT, TIERS, type MatchIndex, type ScoringIndex } from './compile.js';
import type { FactorResult, Knockout, Match } from './types.js';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;
const NS = SECTORS.length;

/** Straight-line km between the candidate's and the vacancy's points (haversine). */
export function pairKm(ix: ScoringIndex, ci: number, vi: number): number {
  const sLat = Math.sin((ix.vLat[vi]! - ix.cLat[ci]!) * RAD * 0.5);
  const sLon = Math.sin((ix.vLon[vi]! - ix.cLon[ci]!) * RAD * 0.5);
  const h = sLat * sLat + ix.cCosLat[ci]! * ix.vCosLat[vi]! * sLon * sLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Minutes for one mode: the configured travelTime, else the built-in model. */
function minutesFor(ix: ScoringIndex, ci: number, vi: number, km: number, mode: number): number {
  const fn = ix.config.travelTime;
  if (fn === undefined) return modeMinutes(km, ix.travelModel[mode]!);
  const from: Point = { lat: ix.cLat[ci]!, lon: ix.cLon[ci]! };
  const to: Point = { lat: ix.vLat[vi]!, lon: ix.vLon[vi]! };
  const minutes = fn(from, to, TRAVEL_MODES[mode]!);
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new TypeError(`travelTime returned ${String(minutes)} for ${TRAVEL_MODES[mode]} from ${from.lat},${from.lon} to ${to.lat},${to.lon}; it must return finite minutes >= 0`);
  }
  return minutes;
}

/** The fastest allowed mode's index; ties go to the earlier mode in TRAVEL_MODES. */
export function fastestMode(ix: ScoringIndex, ci: number, vi: number, km: number): { mode: number; minutes: number } {
  const modes = ix.cModes[ci]!;
  let best = -1;
  let bestMinutes = Infinity;
  for (let m = 0; m < TRAVEL_MODES.length; m++) {
    if ((modes & (1 << m)) === 0) continue;
    const minutes = minutesFor(ix, ci, vi, km, m);
    if (minutes < bestMinutes) {
      bestMinutes = minutes;
      best = m;
    }
  }
  return { mode: best, minutes: bestMinutes };
}

function fastestMinutes(ix: ScoringIndex, ci: number, vi: number, km: number): number {
  const modes = ix.cModes[ci]!;
  let bestMinutes = Infinity;
  for (let m = 0; m < TRAVEL_MODES.length; m++) {
    if ((modes & (1 << m)) === 0) continue;
    const minutes = minutesFor(ix, ci, vi, km, m);
    if (minutes < bestMinutes) bestMinutes = minutes;
  }
  return bestMinutes;
}

function competenceNumber(ix: ScoringIndex, ci: number, vi: number): number {
  let covered = 0;
  let missingRequired = 0;
  let a = ix.cCompOff[ci]!;
  const aEnd = ix.cCompOff[ci + 1]!;
  const end = ix.vCompOff[vi + 1]!;
  for (let j = ix.vCompOff[vi]!; j < end; j++) {
    const id = ix.vCompId[j]!;
    while (a < aEnd && ix.cCompId[a]! < id) a++;
    if (a < aEnd && ix.cCompId[a] === id) covered += ix.vCompWeight[j]! * ix.cCompCredit[a]!;
    else if (ix.vCompRequired[j] === 1) missingRequired += ix.vCompWeight[j]!;
  }
  return competenceValue(covered, ix.vAskedWeight[vi]!, missingRequired, ix.vRequiredWeight[vi]!, ix.vCarving[vi] === 1, ix.config.jobCarvingPenalty);
}

/**
 * The total score of one pair without explanations, or -1 when any factor knocks it out.
 * Same arithmetic, in the same order, as explainPair: the two always agree exactly.
 */
export function scorePair(ix: ScoringIndex, ci: number, vi: number): number {
  const ladder = ladderValue(ix.cStep[ci]!, ix.vMinStep[vi]!, ix.cExempt[ci] === 1, ix.vSupport[vi] === 1);
  if (ladder < 0) return -1;
  const hours = hoursValue(ix.cHoursMin[ci]!, ix.cHoursMax[ci]!, ix.vHoursMin[vi]!, ix.vHoursMax[vi]!);
  if (hours < 0) return -1;
  const sector = sectorValue(ix.cSectorFit[ci * NS + ix.vSector[vi]!]!, ix.vShortage[vi] === 1);
  if (sector < 0) return -1;
  const travel = travelValue(fastestMinutes(ix, ci, vi, pairKm(ix, ci, vi)), ix.cMaxMinutes[ci]!);
  if (travel < 0) return -1;
  const competence = competenceNumber(ix, ci, vi);
  if (competence < 0) return -1;
  const w = ix.weights;
  // Normalised weights can sum to 1 + 1 ulp; the clamp keeps a perfect match at exactly 1.
  return Math.min(1, w[0]! * competence + w[1]! * ladder + w[2]! * hours + w[3]! * travel + w[4]! * sector);
}

/** The explained match of one pair: every factor with its reason, every knock-out, every missing field. */
export function explainPair(ix: MatchIndex, ci: number, vi: number): Match {
  const candidate = ix.candidates[ci]!;
  const vacancy = ix.vacancies[vi]!;
  const knockouts: Knockout[] = [];
  const missing: string[] = [];

  const competence = competenceDetail(ix, ci, vi);
  if (competence.reason.code === 'missing_required') knockouts.push({ factor: 'competence', code: 'missing_required' });
  if (competence.reason.code === 'none_asked') missing.push('vacancy.competences');
  for (const label of ix.cUnresolved[ci]!) missing.push(`candidate.competences[${JSON.stringify(label)}]`);
  for (const label of ix.vUnresolved[vi]!) missing.push(`vacancy.competences[${JSON.stringify(label)}]`);

  const ladder = ladderFactor(ix.cStep[ci]!, ix.vMinStep[vi]!, ix.cExempt[ci] === 1, ix.vSupport[vi] === 1);
  if (ladder.reason.code !== 'step_qualifies') knockouts.push({ factor: 'ladder', code: ladder.reason.code });

  const hours = hoursFactor(candidate.hours, vacancy.hours);
  if (hours.reason.code === 'no_overlap') knockouts.push({ factor: 'hours', code: 'no_overlap' });

  const km = pairKm(ix, ci, vi);
  const { mode, minutes } = fastestMode(ix, ci, vi, km);
  const travelNumber = travelValue(minutes, ix.cMaxMinutes[ci]!);
  const travelReason: TravelReason = {
    code: travelNumber < 0 ? 'too_far' : 'within_limit',
    minutes,
    km,
    mode: TRAVEL_MODES[mode]!,
    maxMinutes: ix.cMaxMinutes[ci]!,
    from: ix.cHasLocation[ci] === 1 ? 'location' : 'municipality',
  };
  if (travelNumber < 0) knockouts.push({ factor: 'travel', code: 'too_far' });

  const fit = ix.cSectorFit[ci * NS + ix.vSector[vi]!]!;
  const sector = sectorFactor(fit, vacancy.sector, ix.vShortage[vi] === 1);
  if (fit === 3) knockouts.push({ factor: 'sector', code: 'excluded' });
  if (fit === 4) missing.push('candidate.sectors');

  const scores = [competence.score, ladder.score, hours.score, Math.max(0, travelNumber), sector.score];
  const w = ix.weights;
  const make = <R>(i: number, reason: R): FactorResult<R> => ({ score: scores[i]!, weight: w[i]!, contribution: w[i]! * scores[i]!, reason });
  const factors = {
    competence: make(0, competence.reason),
    ladder: make(1, ladder.reason),
    hours: make(2, hours.reason),
    travel: make(3, travelReason),
    sector: make(4, sector.reason),
  };
  const total = Math.min(1, w[0]! * scores[0]! + w[1]! * scores[1]! + w[2]! * scores[2]! + w[3]! * scores[3]! + w[4]! * scores[4]!);
  const base = {
    candidateId: candidate.id,
    vacancyId: vacancy.id,
    tier: TIERS[ix.tiers[ix.vMuni[vi]! * MUNICIPALITY_COUNT + ix.cMuni[ci]!]!]!,
    factors,
    travel: { km, minutes, mode: TRAVEL_MODES[mode]! },
    missing,
  };
  return knockouts.length > 0 ? { ...base, eligible: false, score: 0, knockouts: knockouts as [Knockout, ...Knockout[]] } : { ...base, eligible: true, score: total, knockouts: [] };
}

function competenceDetail(ix: MatchIndex, ci: number, vi: number): { score: number; reason: CompetenceReason } {
  const asked = ix.vAskedWeight[vi]!;
  if (asked === 0) return { score: NEUTRAL_COMPETENCE, reason: { code: 'none_asked' } };
  let covered = 0;
  let missingRequired = 0;
  const matched: { label: string; level: number }[] = [];
  const missing: string[] = [];
  const missingReq: string[] = [];
  let a = ix.cCompOff[ci]!;
  const aEnd = ix.cCompOff[ci + 1]!;
  const end = ix.vCompOff[vi + 1]!;
  for (let j = ix.vCompOff[vi]!; j < end; j++) {
    const id = ix.vCompId[j]!;
    while (a < aEnd && ix.cCompId[a]! < id) a++;
    const label = ix.competenceLabels[id]!;
    if (a < aEnd && ix.cCompId[a] === id) {
      covered += ix.vCompWeight[j]! * ix.cCompCredit[a]!;
      matched.push({ label, level: ix.cCompLevel[a]! });
    } else {
      missing.push(label);
      if (ix.vCompRequired[j] === 1) {
        missingRequired += ix.vCompWeight[j]!;
        missingReq.push(label);
      }
    }
  }
  const carving = ix.vCarving[vi] === 1;
  const value = competenceValue(covered, asked, missingRequired, ix.vRequiredWeight[vi]!, carving, ix.config.jobCarvingPenalty);
  const coverage = covered / asked;
  if (value < 0) return { score: 0, reason: { code: 'missing_required', coverage, matched, missing, missingRequired: missingReq } };
  return { score: value, reason: { code: 'coverage', coverage, matched, missing, missingRequired: missingReq, jobCarving: carving } };
}

export { FACTORS };
