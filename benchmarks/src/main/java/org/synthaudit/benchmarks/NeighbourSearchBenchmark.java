package org.synthaudit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.synthaudit.core.data.ColumnSpec;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.distance.BruteForceSearch;
import org.synthaudit.core.distance.EncodedRows;
import org.synthaudit.core.distance.Exclusion;
import org.synthaudit.core.distance.Neighbours;
import org.synthaudit.core.distance.RecordDistance;

/**
 * Throughput of the exact neighbour search behind the distance-to-closest-record attack: 2,000
 * targets against 16,000 synthetic records of 14 mixed columns (8 numeric, 6 categorical, a few
 * missing values), nearest neighbour only. One operation is one record distance, so the score
 * reads as distance evaluations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class NeighbourSearchBenchmark {
    private static final int QUERIES = 2_000;
    private static final int CANDIDATES = 16_000;
    private static final int NUMERIC = 8;
    private static final int CATEGORICAL = 6;

    /** The size of the bounded pool the search runs on. */
    @Param({"1", "2"})
    public int threads;

    /** Neighbours per query. */
    @Param({"1"})
    public int k;

    private ForkJoinPool pool;
    private BruteForceSearch search;
    private EncodedRows queries;
    private EncodedRows candidates;

    /** Builds the two tables and encodes them once, as an attack does. */
    @Setup(Level.Trial)
    public void setUp() {
        Schema schema = schema();
        Dictionary dictionary = new Dictionary();
        Dataset real = table("real", schema, dictionary, QUERIES, 1);
        Dataset synthetic = table("synthetic", schema, dictionary, CANDIDATES, 2);
        RecordDistance distance = RecordDistance.fit(real);
        queries = distance.encode(real);
        candidates = distance.encode(synthetic);
        pool = new ForkJoinPool(threads);
        search = new BruteForceSearch(pool);
    }

    /** Shuts the pool down. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    /**
     * Finds the nearest synthetic record of every target.
     *
     * @return the neighbours, so the work cannot be optimised away
     */
    @Benchmark
    @OperationsPerInvocation(QUERIES * CANDIDATES)
    public Neighbours nearest() {
        return search.nearest(queries, candidates, k, Exclusion.NONE);
    }

    private static Schema schema() {
        List<ColumnSpec> columns = new ArrayList<>();
        for (int c = 0; c < NUMERIC; c++) {
            columns.add(new ColumnSpec("n" + c, ColumnType.NUMERIC, Set.of(), "benchmark", null));
        }
        for (int c = 0; c < CATEGORICAL; c++) {
            columns.add(new ColumnSpec("c" + c, ColumnType.CATEGORICAL, Set.of(), "benchmark",
                    null));
        }
        return new Schema(columns);
    }

    /** Gaussian and small-integer numeric columns, categories of 2 to 12 levels, 2 % missing. */
    private static Dataset table(String name, Schema schema, Dictionary dictionary, int rows,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Dataset.Builder builder = Dataset.builder(name, schema, dictionary, rows);
        for (int c = 0; c < NUMERIC; c++) {
            double[] values = new double[rows];
            for (int r = 0; r < rows; r++) {
                double v = c % 2 == 0 ? random.nextGaussian() * 10 + c : random.nextInt(20);
                values[r] = c < 2 && random.nextInt(50) == 0 ? Double.NaN : v;
            }
            builder.numeric(c, values);
        }
        for (int c = 0; c < CATEGORICAL; c++) {
            int levels = 2 + 2 * c;
            for (int level = 0; level < levels; level++) {
                dictionary.vocabulary("c" + c).encode("level" + level);
            }
            int[] codes = new int[rows];
            for (int r = 0; r < rows; r++) {
                codes[r] = random.nextInt(levels);
            }
            builder.codes(NUMERIC + c, codes);
        }
        return builder.build();
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
