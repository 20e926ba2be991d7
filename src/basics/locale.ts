/** Sentence language of everything werkmatch writes for people: Dutch (`'nl'`, the default) or English. */
export type Locale = 'nl' | 'en';
