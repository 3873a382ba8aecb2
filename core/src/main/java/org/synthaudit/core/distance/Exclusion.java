package org.synthaudit.core.distance;

/** Which candidates a neighbour search leaves out for a query. */
public enum Exclusion {
    /** Every candidate may be a neighbour. */
    NONE,
    /**
     * A candidate that is the same record as the query (same record id in a shared base table)
     * is left out: leave-one-out search when queries and candidates are views of one table.
     */
    SAME_RECORD
}
