package org.synthaudit.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.synthaudit.attacks.linkage.Scoreboard;
import org.synthaudit.attacks.linkage.Scoreboard.Match;
import org.synthaudit.attacks.linkage.Scoreboard.Query;

/**
 * Time of the linkage attack's scoring kernel: 2,000 targets, each knowing 6 of 8 attributes,
 * scored against 16,000 synthetic records (the size of the Adult training half), with the
 * eccentricity of every target. One operation is one batch of 2,000 targets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LinkageScoringBenchmark {
    private static final int TARGETS = 2_000;
    private static final int RECORDS = 16_000;
    private static final int ATTRIBUTES = 8;
    private static final int KNOWN = 6;

    /** The size of the bounded pool the scan runs on. */
    @Param({"1", "2"})
    public int threads;

    private ForkJoinPool pool;
    private Scoreboard scoreboard;
    private Query[] queries;

    /** Draws the release and the targets' knowledge once. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        double[][] columns = new double[ATTRIBUTES][RECORDS];
        double[] tolerances = new double[ATTRIBUTES];
        for (int a = 0; a < ATTRIBUTES; a++) {
            int levels = 2 + 3 * a;
            for (int r = 0; r < RECORDS; r++) {
                columns[a][r] = a == 0 ? 17 + random.nextInt(74) : random.nextInt(levels);
            }
        }
        tolerances[0] = 0.05 * 73;
        queries = new Query[TARGETS];
        for (int t = 0; t < TARGETS; t++) {
            int row = random.nextInt(RECORDS);
            int[] slots = new int[KNOWN];
            double[] values = new double[KNOWN];
            double[] weights = new double[KNOWN];
            for (int k = 0; k < KNOWN; k++) {
                slots[k] = k;
                values[k] = columns[k][row];
                weights[k] = 0.1 + 0.05 * k;
            }
            queries[t] = new Query(slots, values, weights);
        }
        pool = new ForkJoinPool(threads);
        scoreboard = new Scoreboard(columns, tolerances, pool);
    }

    /** Shuts the pool down. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    /**
     * Scores every target against every synthetic record.
     *
     * @return the matches, so the work cannot be optimised away
     */
    @Benchmark
    public Match[] score() {
        return scoreboard.score(queries);
    }

    /**
     * Runs the benchmark through the JMH command line.
     *
     * @param args JMH options, e.g. {@code -f 1 -wi 2 -i 3}
     * @throws Exception if JMH fails
     */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args);
    }
}
