package org.synthaudit.core.random;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * A node in a tree of seeds. An audit has one root seed; every consumer (a split, a generator
 * fit, a trial, a shadow model) derives its own child by a stable label, so results do not
 * depend on the order in which parallel work runs or on what else was added to the audit.
 *
 * <p>Children are derived by mixing the parent seed with a 64-bit hash of the label through the
 * SplitMix64 finaliser, the same mixing {@link SplittableRandom} uses.
 *
 * @param seed this node's seed
 */
public record Seeds(long seed) {

    /**
     * The root of an audit's seed tree.
     *
     * @param seed the user's seed
     * @return the root node
     */
    public static Seeds root(long seed) {
        return new Seeds(seed);
    }

    /**
     * A child node for a named consumer.
     *
     * @param label a stable name, e.g. {@code "split"} or {@code "generator/identity"}
     * @return the child
     */
    public Seeds child(String label) {
        long h = 0xcbf29ce484222325L;
        for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return new Seeds(mix(seed ^ mix(h)));
    }

    /**
     * A child node for the i-th of a sequence of trials.
     *
     * @param index the trial number, {@code >= 0}
     * @return the child
     */
    public Seeds child(int index) {
        return child("#" + index);
    }

    /**
     * A fresh random generator seeded from this node. Each call returns an independent copy
     * with the same stream.
     *
     * @return a new generator
     */
    public SplittableRandom random() {
        return new SplittableRandom(seed);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
