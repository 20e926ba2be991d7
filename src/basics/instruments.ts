// A municipality's own instrument catalogue (config.instruments): shared by the config schema, the rules and what-if.
import type { TargetGroup } from './sectors.js';

/** Who an instrument of the catalogue is for; every condition given must hold, an absent one holds for everyone. */
export interface MunicipalInstrumentConditions {
  /** Participatieladder steps (1–6) the instrument is for. */
  readonly ladderSteps?: readonly number[] | undefined;
  /** Target groups the instrument is for: the person must be in at least one. */
  readonly targetGroups?: readonly TargetGroup[] | undefined;
  /** Youngest age in whole years, inclusive. */
  readonly minAge?: number | undefined;
  /** Oldest age in whole years, inclusive (e.g. 26 for jongeren < 27). */
  readonly maxAge?: number | undefined;
}

/** One instrument of a municipality's own catalogue: an opstapsubsidie, vakgerichte scholing, a werkgeverscheque… */
export interface MunicipalInstrument {
  /** Unique within the catalogue. */
  readonly id: string;
  /** The name people read, e.g. `Opstapsubsidie`. */
  readonly label: string;
  /** Euros per placement that uses it (a one-off amount, 0 to 1,000,000); absent when it costs the programme nothing known. */
  readonly amount?: number | undefined;
  readonly conditions?: MunicipalInstrumentConditions | undefined;
}

/** The largest amount one instrument may carry, euros: above it is a data error. */
export const MAX_INSTRUMENT_AMOUNT = 1_000_000;
