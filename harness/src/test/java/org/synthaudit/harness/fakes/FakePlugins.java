package org.synthaudit.harness.fakes;

import java.util.List;
import org.synthaudit.core.plugin.Evaluator;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.harness.Plugins;

/** Plug-in sets made of test doubles. */
public final class FakePlugins {
    private FakePlugins() {
    }

    /**
     * One fake generator and two fake evaluators, one of which always skips.
     *
     * @return the plug-ins
     */
    public static Plugins standard() {
        List<Generator> generators = List.of(new FakeGenerator());
        List<Evaluator> evaluators = List.of(new FakeEvaluator("fake.rows", null),
                new FakeEvaluator("fake.skipped", "needs a reference split"));
        return new Plugins(new Registry<>("generator", generators),
                new Registry<>("evaluator", evaluators));
    }
}
