package org.synthaudit.harness.cli;

import org.synthaudit.harness.config.AuditConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options shared by the commands that run a generator or an audit: the seed, the thread
 * count, the output location, whether to replace existing files, and how much goes to
 * standard error ({@code -v}, {@code -q}). Options given
 * here win over the configuration file.
 */
public final class RunOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Mixin
    private VerboseOption verbose = new VerboseOption();

    @Option(names = "--seed", paramLabel = "N", converter = SeedConverter.class,
            description = "Root seed of the audit; the same inputs and seed give the same results "
                    + "(default: the config's seed, else 0).")
    private Long seed;

    private Integer threads;

    @Option(names = "--out", paramLabel = "PATH",
            description = "Where to write: the report folder for audit and compare (default: "
                    + "synthaudit-out), the CSV file for generate.")
    private String out;

    @Option(names = "--force",
            description = "Replace existing output files (never needed for new files).")
    private boolean force;

    /** Creates the options with nothing set. */
    public RunOptions() {
        // nothing to set up
    }

    /**
     * Reads a seed: a whole number in the range of {@code long}, written in decimal digits with
     * an optional sign; a fraction, an exponent or other text is an error naming the value.
     */
    static final class SeedConverter implements ITypeConverter<Long> {
        /** Creates the converter; picocli calls it. */
        SeedConverter() {
            // no state
        }

        @Override
        public Long convert(String value) {
            if (value.matches("[+-]?[0-9]+")) {
                try {
                    return Long.parseLong(value);
                } catch (NumberFormatException e) {
                    // out of range: reported below
                }
            }
            throw new TypeConversionException("'" + value + "' is not a whole number from "
                    + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
        }
    }

    /**
     * Sets the thread count after checking its range.
     *
     * @param threads the size of the thread pool, in {@code [1, 1024]}
     * @throws ParameterException if the count is out of range
     */
    @Option(names = "--threads", paramLabel = "N",
            description = "Size of the thread pool (default: the config's threads, else the number "
                    + "of processors).")
    public void setThreads(int threads) {
        if (threads < 1 || threads > AuditConfig.MAX_THREADS) {
            throw new ParameterException(mixee.commandLine(), "--threads must be in [1, "
                    + AuditConfig.MAX_THREADS + "], was " + threads);
        }
        this.threads = threads;
    }

    /**
     * Applies the seed and thread options to a configuration.
     *
     * @param config the configuration from the file
     * @return the configuration with the options applied
     */
    public AuditConfig applyTo(AuditConfig config) {
        AuditConfig out = seed == null ? config : config.withSeed(seed);
        return threads == null ? out : out.withThreads(threads);
    }

    /**
     * The output location.
     *
     * @return the {@code --out} value, or {@code null} when not given
     */
    public String out() {
        return out;
    }

    /**
     * Whether existing files may be replaced.
     *
     * @return true with {@code --force}
     */
    public boolean force() {
        return force;
    }

    /**
     * Whether {@code -v} was given.
     *
     * @return true for verbose output
     */
    public boolean verbose() {
        return verbose.verbose();
    }

    /**
     * Whether {@code -q} was given.
     *
     * @return true when nothing but errors goes to standard error
     */
    public boolean quiet() {
        return verbose.quiet();
    }
}
