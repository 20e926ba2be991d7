// werkmatch/node: file input and output, and Node-only engines. The root entry stays browser-safe.
/// <reference types="node" />
export { readRecords, streamRecords, writeRecords } from './files.js';
export type { FileIssue, ReadRecordsOptions, ReadRecordsResult, StreamItem, StreamRecordsOptions, WriteRecordsOptions } from './files.js';
export { readVocabulary } from './vocabulary.js';
export type { ReadVocabularyOptions, ReadVocabularyResult } from './vocabulary.js';
export { placementRecordSchema, outcomeRecordSchema } from './records.js';
export type { RecordKind, RecordOf, RecordInputOf, PlacementRecord, OutcomeRecord } from './records.js';
export type { Delimiter } from './csv.js';
export { rankAllParallel } from './rank-all.js';
export type { RankAllParallelOptions, RankAllProgress } from './rank-all.js';
