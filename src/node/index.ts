/**
 * werkmatch/node: file input and output, and Node-only engines. The root entry stays browser-safe.
 * @module werkmatch/node
 */
/// <reference types="node" />
export { readRecords, streamRecords, writeRecords } from './files.js';
export type { FileIssue, ReadRecordsOptions, ReadRecordsResult, StreamItem, StreamRecordsOptions, WriteRecordsOptions } from './files.js';
export { readVocabulary } from './vocabulary.js';
export type { ReadVocabularyOptions, ReadVocabularyResult } from './vocabulary.js';
export { placementRecordSchema, outcomeRecordSchema } from './records.js';
export type { RecordKind, RecordOf, RecordInputOf, PlacementRecord, OutcomeRecord } from './records.js';
export type { ColumnMap, Delimiter } from './csv.js';
export type { ReadProgress, TextEncoding } from './text.js';
export { rankAllParallel } from './rank-all.js';
export type { RankAllParallelOptions, RankAllProgress } from './rank-all.js';
