// The key under which a matcher keeps its compiled index, in a module of its own so that code which only needs the
// key (tuning reads a matcher's ids) does not pull the whole engine into its bundle.

/** Internal access to the compiled index for the other engines (assignment, rankAll, tuning). */
export const INDEX: unique symbol = Symbol('werkmatch.index');
