package org.synthaudit.harness.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditResult;
import org.synthaudit.core.audit.AuditResult.Provenance;
import org.synthaudit.core.audit.AuditResult.RuleStatus;
import org.synthaudit.core.audit.Category;
import org.synthaudit.core.audit.Figure;
import org.synthaudit.core.audit.Finding;
import org.synthaudit.core.audit.Sense;
import org.synthaudit.core.compare.Comparison;
import org.synthaudit.core.compare.Comparison.Contender;
import org.synthaudit.core.compare.Comparison.Difference;
import org.synthaudit.core.compare.Comparison.FigureInfo;
import org.synthaudit.core.compare.Comparison.FigureSummary;
import org.synthaudit.core.compare.Comparison.Repeat;
import org.synthaudit.core.compare.Comparison.RepeatOutcome;
import org.synthaudit.core.compare.ParetoFront;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;
import org.synthaudit.core.stats.Bounds;
import org.synthaudit.core.stats.Estimate;
import org.synthaudit.harness.AuditRequest;
import org.synthaudit.harness.AuditRunner;
import org.synthaudit.harness.Plugins;
import org.synthaudit.harness.config.AuditConfig;
import org.synthaudit.harness.config.ConfigWriter;

/**
 * Compares generators head to head: audits every generator {@code repeats} times with
 * {@link AuditRunner}, on the same splits, and summarises the figures.
 *
 * <p><b>Pairing.</b> Repeat r gives every audit the same root seed: the base seed for repeat 1
 * (so its audits are exactly those of {@code synthaudit audit} with that seed), and for r &gt; 1
 * the seed derived from the base seed by the label {@code repeat/r}. The audit derives the split
 * and the generator's seed from it, so in one repeat every generator is fitted on the same
 * training records with the same seed and attacked with the same attack seeds; figures of two
 * generators in a repeat form a pair, and the paired t test removes the variation the split
 * causes in both.
 *
 * <p><b>Summaries.</b> Each figure's mean over the repeats carries a Student t interval across
 * repeats (with one repeat, the audit's own interval); paired differences of every two
 * generators carry a t interval and a paired t test, undefined with the reason below two
 * repeats. The Pareto front is taken on the means of a privacy figure and a utility figure.
 */
public final class ComparisonRunner {
    /** The privacy figure of the chart unless the user chooses another. */
    public static final String DEFAULT_PRIVACY_FIGURE = "membership.dcr.auc";
    /** The evaluator whose headline is the utility figure unless the user chooses another. */
    public static final String UTILITY_EVALUATOR = "utility.tstr";
    /** The utility figure when {@link #UTILITY_EVALUATOR} produced no headline. */
    public static final String FALLBACK_UTILITY_FIGURE = "utility.tstr.random_forest.auc_ratio";
    /** The privacy figures every comparison reads: the headline of each attack. */
    public static final List<String> PRIVACY_FIGURES = List.of("membership.dcr.auc",
            "membership.shadow.auc", "linkage.reidentification.gain",
            "inference.nearest-neighbour.max_gain", "inference.cap.max_gain",
            "singling-out.max_gain");
    /** The fidelity figures every comparison reads. */
    public static final List<String> FIDELITY_FIGURES = List.of(
            "fidelity.columns.mean_distance", "fidelity.marginals.mean_tvd");

    private static final Logger LOG = LoggerFactory.getLogger(ComparisonRunner.class);

    private final AuditRunner runner;
    private final Plugins plugins;

    private final org.synthaudit.core.progress.Progress status;

    /**
     * Creates a runner whose progress nobody shows.
     *
     * @param plugins the generators and evaluators to use
     */
    public ComparisonRunner(Plugins plugins) {
        this(plugins, org.synthaudit.core.progress.Progress.NONE);
    }

    /**
     * Creates a runner that reports its progress: one step per audit, and within each audit
     * what {@link AuditRunner} reports.
     *
     * @param plugins the generators and evaluators to use
     * @param status where the comparison reports how far it has come
     */
    public ComparisonRunner(Plugins plugins, org.synthaudit.core.progress.Progress status) {
        this.plugins = plugins;
        this.status = java.util.Objects.requireNonNull(status, "status");
        this.runner = new AuditRunner(plugins, status);
    }

    /**
     * Hears about each audit when it is done, for a progress display.
     */
    @FunctionalInterface
    public interface Progress {
        /**
         * Called after each audit.
         *
         * @param audit what was audited and how it ended
         */
        void audited(Audited audit);
    }

    /**
     * One finished audit of a comparison.
     *
     * @param label the generator as listed
     * @param repeat the repeat's number, from 1
     * @param done how many audits are done, this one included
     * @param total how many audits the comparison runs
     * @param verdict the audit's verdict
     * @param millis its wall-clock time in milliseconds
     */
    public record Audited(String label, int repeat, int done, int total,
            AuditResult.Verdict verdict, long millis) {
    }

    /**
     * Checks everything that can be checked before the first audit: each generator id, its
     * parameters' names and values ({@link Generator#validate(Parameters)}), and each audit's
     * configuration as {@link AuditRunner#validate} checks it. Ranges that depend on the data
     * (such as a Bayesian network's degree against the number of columns) are checked by each
     * audit after its split, before its generator is fitted.
     *
     * @param request the comparison
     * @throws InputException naming the option or file at fault
     */
    public void validate(ComparisonRequest request) {
        for (GeneratorSpec spec : request.generators()) {
            Generator generator;
            try {
                generator = plugins.generators().require(spec.id());
                generator.validate(new Parameters("generator " + spec.id(), spec.parameters()));
            } catch (InputException e) {
                throw new InputException("--generators: " + e.getMessage(), e);
            }
        }
        for (GeneratorSpec spec : request.generators()) {
            runner.validate(auditRequest(request, spec, request.config().seed()));
        }
    }

    /**
     * Runs the comparison: repeat by repeat, every generator in the order listed.
     *
     * @param request the comparison
     * @param progress told about each finished audit
     * @return the comparison, ready to render
     * @throws InputException for bad input, found before the first audit where possible
     */
    public Comparison run(ComparisonRequest request, Progress progress) {
        validate(request);
        int total = request.repeats() * request.generators().size();
        List<Repeat> repeats = new ArrayList<>();
        Map<String, List<Kept>> audits = new LinkedHashMap<>();
        request.generators().forEach(g -> audits.put(g.label(), new ArrayList<>()));
        Map<String, Long> timings = new LinkedHashMap<>();
        Plan plan = null;
        Provenance provenance = null;
        try (org.synthaudit.core.progress.Progress.Task task = status.start("audits", total)) {
            for (int r = 1; r <= request.repeats(); r++) {
                long seed = repeatSeed(request.config().seed(), r);
                repeats.add(new Repeat(r, seed,
                        Seeds.root(seed).child(AuditRunner.SPLIT_SEED).seed(),
                        Seeds.root(seed).child(AuditRunner.GENERATOR_SEED).seed()));
                for (GeneratorSpec spec : request.generators()) {
                    task.detail(spec.label() + ", repeat " + r);
                    long start = System.nanoTime();
                    AuditResult result = runner.run(auditRequest(request, spec, seed));
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    if (plan == null) {
                        checkFigureOptions(request, result);
                        plan = Plan.of(request, result);
                        provenance = result.provenance();
                    }
                    audits.get(spec.label()).add(Kept.of(r, result, plan));
                    timings.put(spec.label() + "/" + r, millis);
                    LOG.info("audited {} in repeat {}: {}", spec.label(), r,
                            result.policy().verdict());
                    task.advance();
                    progress.audited(new Audited(spec.label(), r, timings.size(), total,
                            result.policy().verdict(), millis));
                }
            }
        }
        Provenance p = provenance;
        return summarise(plan, new Provenance(p.toolVersion(), p.mode(), request.config().seed(),
                ConfigWriter.toYaml(request.config()), p.inputs(), p.jdk(), p.threads()),
                request.generators(), repeats, audits, timings);
    }

    /**
     * The root seed of every audit of a repeat.
     *
     * @param baseSeed the comparison's seed
     * @param repeat the repeat's number, from 1
     * @return the base seed for repeat 1, else the child {@code repeat/<r>} of the base seed
     */
    public static long repeatSeed(long baseSeed, int repeat) {
        return repeat == 1 ? baseSeed : Seeds.root(baseSeed).child("repeat/" + repeat).seed();
    }

    /**
     * The configuration of one generator's audits: the configured generator section is kept
     * when it names the same generator, and the listed parameters replace configured ones of
     * the same name.
     */
    private static AuditRequest auditRequest(ComparisonRequest request, GeneratorSpec spec,
            long seed) {
        AuditConfig config = request.config().withGeneratorId(spec.id()).withSeed(seed);
        if (!spec.parameters().isEmpty()) {
            Map<String, Object> parameters = new LinkedHashMap<>(config.generator()
                    .parameters());
            parameters.putAll(spec.parameters());
            config = config.withGeneratorParameters(parameters);
        }
        return new AuditRequest(request.configFile(), config, null);
    }

    /** Stops after the first audit when a figure the user named exists nowhere. */
    private static void checkFigureOptions(ComparisonRequest request, AuditResult first) {
        if (request.privacyFigure() != null) {
            checkFigureOption("--privacy-figure", request.privacyFigure(), first);
        }
        if (request.utilityFigure() != null) {
            checkFigureOption("--utility-figure", request.utilityFigure(), first);
        }
    }

    private static void checkFigureOption(String option, String id, AuditResult first) {
        if (estimate(first, id) instanceof Estimate.Undefined u
                && u.reason().startsWith("no evaluator")) {
            throw new InputException(option + ": no evaluator produces the figure '" + id
                    + "'; headline figures are " + String.join(", ", first.findings().stream()
                            .filter(f -> f.headline() != null).map(Finding::headline)
                            .toList()));
        }
    }

    private static Comparison summarise(Plan plan, Provenance provenance,
            List<GeneratorSpec> generators, List<Repeat> repeats, Map<String, List<Kept>> audits,
            Map<String, Long> timings) {
        List<FigureInfo> figures = new ArrayList<>();
        plan.figures().forEach((id, category) -> figures.add(audits.values().stream()
                .flatMap(List::stream).map(k -> k.described().get(id)).filter(f -> f != null)
                .findFirst().orElseGet(() -> new FigureInfo(id, id, category,
                        category == Category.UTILITY ? Sense.HIGHER_IS_BETTER
                                : Sense.HIGHER_IS_WORSE, Bounds.REAL))));

        List<Unranked> unranked = new ArrayList<>();
        for (GeneratorSpec spec : generators) {
            unranked.add(unranked(spec, audits.get(spec.label()), figures));
        }
        List<Contender> contenders = leaderboard(unranked, figures, plan.privacyAxis(),
                plan.utilityAxis());
        return new Comparison(provenance, repeats, figures, plan.privacyAxis(),
                plan.utilityAxis(), contenders, differences(unranked, figures), timings);
    }

    /**
     * The figures a comparison reads, fixed after its first audit.
     *
     * @param privacyAxis the privacy figure of the chart
     * @param utilityAxis the utility figure of the chart
     * @param figures the compared figures in column order, each with the category it has when
     *     no audit produces it: the privacy axis, the attack headlines, the utility axis, the
     *     fidelity headlines
     */
    private record Plan(String privacyAxis, String utilityAxis, Map<String, Category> figures) {
        static Plan of(ComparisonRequest request, AuditResult first) {
            String privacyAxis = request.privacyFigure() != null ? request.privacyFigure()
                    : DEFAULT_PRIVACY_FIGURE;
            String utilityAxis = request.utilityFigure() != null ? request.utilityFigure()
                    : first.findings().stream().filter(f -> f.id().equals(UTILITY_EVALUATOR))
                            .map(Finding::headline).filter(h -> h != null).findFirst()
                            .orElse(FALLBACK_UTILITY_FIGURE);
            Map<String, Category> ids = new LinkedHashMap<>();
            ids.put(privacyAxis, Category.PRIVACY);
            PRIVACY_FIGURES.forEach(id -> ids.putIfAbsent(id, Category.PRIVACY));
            ids.putIfAbsent(utilityAxis, Category.UTILITY);
            FIDELITY_FIGURES.forEach(id -> ids.putIfAbsent(id, Category.FIDELITY));
            return new Plan(privacyAxis, utilityAxis, ids);
        }
    }

    /**
     * What a comparison keeps of one audit, so that many repeats do not hold every finding.
     *
     * @param estimates the estimate of each compared figure
     * @param described the description of each compared figure the audit produced
     * @param outcome the policy's verdict
     * @param generator the generator as it ran
     */
    private record Kept(Map<String, Estimate> estimates, Map<String, FigureInfo> described,
            RepeatOutcome outcome, AuditResult.GeneratorInfo generator) {
        static Kept of(int repeat, AuditResult audit, Plan plan) {
            Map<String, Estimate> estimates = new LinkedHashMap<>();
            Map<String, FigureInfo> described = new LinkedHashMap<>();
            for (String id : plan.figures().keySet()) {
                estimates.put(id, estimate(audit, id));
                describe(audit, id).ifPresent(f -> described.put(id, f));
            }
            return new Kept(estimates, described, ComparisonRunner.outcome(repeat, audit),
                    audit.generator());
        }
    }

    private static Optional<FigureInfo> describe(AuditResult audit, String figureId) {
        for (Finding finding : audit.findings()) {
            Optional<Figure> figure = finding.figure(figureId);
            if (figure.isPresent()) {
                Figure f = figure.get();
                return Optional.of(new FigureInfo(f.id(), f.label(), finding.category(),
                        f.sense(), f.bounds()));
            }
        }
        return Optional.empty();
    }

    /**
     * A figure's estimate in one audit, or undefined with the reason it is missing.
     *
     * @param audit the audit
     * @param figureId the figure id
     * @return the estimate
     */
    static Estimate estimate(AuditResult audit, String figureId) {
        for (Finding finding : audit.findings()) {
            Optional<Figure> figure = finding.figure(figureId);
            if (figure.isPresent()) {
                return figure.get().estimate();
            }
        }
        for (Finding finding : audit.findings()) {
            if (finding.skipped() != null && figureId.startsWith(finding.id() + ".")) {
                return Estimate.undefined("evaluator " + finding.id() + " was skipped: "
                        + finding.skipped());
            }
        }
        return Estimate.undefined("no evaluator produced the figure " + figureId);
    }

    /** A generator's summaries before ranks and the Pareto front are known. */
    private record Unranked(GeneratorSpec spec, String generatorId,
            Map<String, Object> parameters, String privacyClaim, List<RepeatOutcome> outcomes,
            Map<String, List<Estimate>> perRepeat, Map<String, Estimate> means) {
    }

    private static Unranked unranked(GeneratorSpec spec, List<Kept> audits,
            List<FigureInfo> figures) {
        Map<String, List<Estimate>> perRepeat = new LinkedHashMap<>();
        Map<String, Estimate> means = new LinkedHashMap<>();
        for (FigureInfo figure : figures) {
            List<Estimate> values = audits.stream().map(k -> k.estimates().get(figure.id()))
                    .toList();
            perRepeat.put(figure.id(), values);
            means.put(figure.id(), RepeatStatistics.mean(values, figure.bounds()));
        }
        AuditResult.GeneratorInfo info = audits.getFirst().generator();
        return new Unranked(spec, info.id(), info.parameters(), info.privacyClaim(),
                audits.stream().map(Kept::outcome).toList(), perRepeat, means);
    }

    private static RepeatOutcome outcome(int repeat, AuditResult audit) {
        Map<String, RuleStatus> notPassed = new LinkedHashMap<>();
        audit.policy().rules().stream().filter(r -> r.status() != RuleStatus.PASSED)
                .forEach(r -> notPassed.put(r.id(), r.status()));
        return new RepeatOutcome(repeat, audit.policy().verdict(), notPassed);
    }

    /** Ranks every figure, marks the Pareto front and sorts the generators for the board. */
    private static List<Contender> leaderboard(List<Unranked> unranked, List<FigureInfo> figures,
            String privacyAxis, String utilityAxis) {
        Map<String, List<Integer>> ranks = new LinkedHashMap<>();
        for (FigureInfo figure : figures) {
            ranks.put(figure.id(), Ranks.of(unranked.stream().map(u -> u.means()
                    .get(figure.id())).toList(), figure.sense()));
        }
        FigureInfo privacy = figures.stream().filter(f -> f.id().equals(privacyAxis))
                .findFirst().orElseThrow();
        FigureInfo utility = figures.stream().filter(f -> f.id().equals(utilityAxis))
                .findFirst().orElseThrow();
        Placement placement = Placement.of(unranked.stream().map(u -> u.means()
                .get(privacyAxis)).toList(), privacy, unranked.stream().map(u -> u.means()
                        .get(utilityAxis)).toList(), utility);

        List<Contender> contenders = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Unranked u = unranked.get(i);
            List<FigureSummary> summaries = new ArrayList<>();
            for (FigureInfo figure : figures) {
                summaries.add(new FigureSummary(figure.id(), u.means().get(figure.id()),
                        u.perRepeat().get(figure.id()), ranks.get(figure.id()).get(i)));
            }
            contenders.add(new Contender(u.spec().label(), u.generatorId(), u.parameters(),
                    u.privacyClaim(), u.outcomes(), summaries, placement.front()[i],
                    placement.unplaced().get(i)));
        }
        List<Contender> order = new ArrayList<>(contenders);
        order.sort(Comparator.comparing((Contender c) -> c.unplaced() != null)
                .thenComparing(c -> !c.paretoOptimal())
                .thenComparing(c -> rankOrLast(c, privacyAxis))
                .thenComparing(c -> rankOrLast(c, utilityAxis)));
        return order;
    }

    private static int rankOrLast(Contender contender, String figureId) {
        Integer rank = contender.figure(figureId).rank();
        return rank == null ? Integer.MAX_VALUE : rank;
    }

    /** Paired differences of every two generators, in the order listed, figure by figure. */
    private static List<Difference> differences(List<Unranked> unranked,
            List<FigureInfo> figures) {
        List<Difference> differences = new ArrayList<>();
        for (FigureInfo figure : figures) {
            for (int i = 0; i < unranked.size(); i++) {
                for (int j = i + 1; j < unranked.size(); j++) {
                    Unranked a = unranked.get(i);
                    Unranked b = unranked.get(j);
                    List<Estimate> ra = a.perRepeat().get(figure.id());
                    List<Estimate> rb = b.perRepeat().get(figure.id());
                    differences.add(new Difference(a.spec().label(), b.spec().label(),
                            figure.id(), RepeatStatistics.meanDifference(a.spec().label(), ra,
                                    b.spec().label(), rb),
                            RepeatStatistics.test(a.spec().label(), ra, b.spec().label(), rb)));
                }
            }
        }
        return differences;
    }

    /**
     * Which generators are on the Pareto front, and why the others could not be placed.
     *
     * @param front per generator, whether it is on the front
     * @param unplaced per generator, why it is not in the chart, or {@code null}
     */
    private record Placement(boolean[] front, List<String> unplaced) {
        static Placement of(List<Estimate> privacy, FigureInfo privacyFigure,
                List<Estimate> utility, FigureInfo utilityFigure) {
            int n = privacy.size();
            List<String> unplaced = new ArrayList<>();
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                String why = null;
                if (privacyFigure.sense() == Sense.NEUTRAL
                        || utilityFigure.sense() == Sense.NEUTRAL) {
                    why = "a figure of the chart has no better direction (neutral), so there "
                            + "is no Pareto front";
                } else if (privacy.get(i) instanceof Estimate.Undefined u) {
                    why = privacyFigure.id() + " is undefined: " + u.reason();
                } else if (utility.get(i) instanceof Estimate.Undefined u) {
                    why = utilityFigure.id() + " is undefined: " + u.reason();
                }
                unplaced.add(why);
                x[i] = why == null ? ((Estimate.Value) privacy.get(i)).value() : Double.NaN;
                y[i] = why == null ? ((Estimate.Value) utility.get(i)).value() : Double.NaN;
            }
            boolean[] front = unplaced.stream().allMatch(w -> w != null) ? new boolean[n]
                    : ParetoFront.of(x, privacyFigure.sense(), y, utilityFigure.sense());
            return new Placement(front, unplaced);
        }
    }

    /** Competition ranks ("1224") of defined means, best first by the figure's sense. */
    static final class Ranks {
        private Ranks() {
        }

        /**
         * Ranks the defined means.
         *
         * @param means one mean per generator
         * @param sense which direction is worse; a neutral figure gets no ranks
         * @return per generator, in order, its rank from 1, or {@code null} without one
         */
        static List<Integer> of(List<Estimate> means, Sense sense) {
            List<Integer> ranks = new ArrayList<>();
            for (int i = 0; i < means.size(); i++) {
                ranks.add(null);
                if (sense == Sense.NEUTRAL || !(means.get(i) instanceof Estimate.Value vi)) {
                    continue;
                }
                int better = 0;
                for (Estimate other : means) {
                    if (other instanceof Estimate.Value vj && (sense == Sense.HIGHER_IS_BETTER
                            ? vj.value() > vi.value() : vj.value() < vi.value())) {
                        better++;
                    }
                }
                ranks.set(i, better + 1);
            }
            return ranks;
        }
    }
}
