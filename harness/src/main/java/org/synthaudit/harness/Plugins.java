package org.synthaudit.harness;

import java.util.Objects;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Registry;

/**
 * The generators and evaluators an audit can use.
 *
 * @param generators the generators by id
 * @param evaluators the evaluators by id; an audit runs all of them
 */
public record Plugins(Registry<Generator> generators, Registry<Evaluator> evaluators) {
    /** Checks that both registries are present. */
    public Plugins {
        Objects.requireNonNull(generators, "generators");
        Objects.requireNonNull(evaluators, "evaluators");
    }

    /**
     * Finds every generator and evaluator on the class path with {@link java.util.ServiceLoader}.
     *
     * @return the plug-ins
     * @throws IllegalStateException if two plug-ins of a kind share an id
     */
    public static Plugins load() {
        return new Plugins(Registry.load("generator", Generator.class),
                Registry.load("evaluator", Evaluator.class));
    }
}
