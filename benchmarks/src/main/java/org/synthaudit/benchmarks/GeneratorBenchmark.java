package org.synthaudit.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
import org.openjdk.jmh.annotations.Warmup;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.data.Dictionary;
import org.synthaudit.core.data.Schema;
import org.synthaudit.core.io.ColumnOverride;
import org.synthaudit.core.io.CsvOptions;
import org.synthaudit.core.io.CsvReader;
import org.synthaudit.core.io.CsvTable;
import org.synthaudit.core.io.TableEncoder;
import org.synthaudit.core.io.TypeInference;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Generator.FittedGenerator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.split.SplitSpec;
import org.synthaudit.core.split.Splits;
import org.synthaudit.core.split.Splitter;

/**
 * The time one fit, and one fit followed by one sample, of every built-in generator takes on
 * the UCI Adult sample ({@code sample-data/adult/adult.csv}, 32,561 records of 15 columns),
 * split as the sample audit splits it: train 0.5 (16,280 records, stratified by income),
 * holdout 0.25, reference 0.25, {@code fnlwgt} an identifier. Each sample has as many rows as
 * the training split. A case is a generator id, optionally followed by parameters
 * ({@code bayesian-network epsilon=1}).
 *
 * <p>Single-shot mode: every measured invocation fits afresh, so the figure is the wall-clock
 * cost an audit pays, not a steady-state throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
public class GeneratorBenchmark {
    /** The generator and its parameters, e.g. {@code bayesian-network epsilon=1}. */
    @Param({"identity", "independent-marginals", "holdout-resample", "leaky-copy",
        "gaussian-copula", "bayesian-network", "bayesian-network epsilon=1"})
    public String generator;

    /** The real data, relative to the folder the benchmark runs in. */
    @Param({"../sample-data/adult/adult.csv"})
    public String data;

    private Generator plugin;
    private Parameters parameters;
    private FitInput input;
    private int rows;

    /** Loads, encodes and splits the real data once, as an audit does. */
    @Setup(Level.Trial)
    public void setUp() {
        CsvTable table = CsvReader.read(Path.of(data), new CsvOptions((char) 0,
                Set.of("", "?")));
        Schema schema = TypeInference.infer(table, Map.of("fnlwgt",
                new ColumnOverride(ColumnType.IDENTIFIER, Set.of(), null)));
        Dictionary dictionary = new Dictionary();
        Dataset real = TableEncoder.encode(table, schema, dictionary, "real").dataset();
        dictionary.freezeReal();
        Splits splits = Splitter.split(real, new SplitSpec(0.5, 0.25, 0.25, "income"),
                Seeds.root(42).child("split"));

        String[] words = generator.strip().split("\\s+");
        plugin = Registry.load("generator", Generator.class).require(words[0]);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            String[] pair = words[i].split("=", 2);
            values.put(pair[0], pair[1]);
        }
        parameters = new Parameters("generator " + words[0], values);
        input = new FitInput(splits.train(), splits.reference(), Path.of(""),
                CsvOptions.defaults());
        rows = splits.train().rowCount();
    }

    /**
     * Fits the generator on the training split.
     *
     * @return the fitted generator, so the work is not optimised away
     */
    @Benchmark
    public FittedGenerator fit() {
        return plugin.fit(input, parameters, Seeds.root(42).child("generator"));
    }

    /**
     * Fits the generator and samples as many rows as the training split has.
     *
     * @return the synthetic table
     */
    @Benchmark
    public Dataset fitAndSample() {
        FittedGenerator fitted = plugin.fit(input, parameters, Seeds.root(42).child("generator"));
        return fitted.sample(rows, Seeds.root(42).child("sample"));
    }
}
