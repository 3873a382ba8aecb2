package org.synthaudit.metrics.fidelity;

/**
 * A 64-bit hash of a row's values, built one primitive at a time without creating objects:
 * codes as they are, numbers by their bits with every {@code NaN} as one value and {@code -0.0}
 * as {@code 0.0}, so that equal rows hash equally. Values are mixed in with a multiplicative
 * step and finished with the SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014). Equal hashes do not prove equal rows; callers
 * that need equality compare the values.
 */
final class RowHash {
    /** The hash of a row with no values yet. */
    static final long EMPTY = 0x2545F4914F6CDD1DL;

    private RowHash() {
    }

    /**
     * Mixes a code into a hash.
     *
     * @param hash the hash so far
     * @param code a vocabulary code, {@code -1} for missing
     * @return the new hash
     */
    static long code(long hash, int code) {
        return (hash ^ code) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    }

    /**
     * Mixes a number into a hash.
     *
     * @param hash the hash so far
     * @param value a value, {@code NaN} for missing
     * @return the new hash
     */
    static long number(long hash, double value) {
        long bits = Double.isNaN(value) ? 0x7ff8000000000000L : Double.doubleToLongBits(
                value + 0.0);
        return (Long.rotateLeft(hash, 17) ^ bits) * 0x9E3779B97F4A7C15L;
    }

    /**
     * Finishes a hash so that every bit depends on every value.
     *
     * @param hash the hash of all values
     * @return the finished hash
     */
    static long finish(long hash) {
        long z = hash;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
