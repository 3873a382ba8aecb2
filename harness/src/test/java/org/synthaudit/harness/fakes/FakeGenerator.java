package org.synthaudit.harness.fakes;

import java.util.List;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Parameter;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.random.Seeds;

/** A generator for tests that releases the first training rows again. */
public final class FakeGenerator implements Generator {
    @Override
    public String id() {
        return "fake-copy";
    }

    @Override
    public String description() {
        return "Copies training rows (test double).";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("offset", "0", "first training row to copy, >= 0"));
    }

    @Override
    public FittedGenerator fit(Dataset train, Parameters parameters, Seeds seeds) {
        int offset = parameters.integer("offset", 0, 0, Integer.MAX_VALUE);
        return (rows, sampleSeeds) -> {
            int[] picked = new int[rows];
            for (int i = 0; i < rows; i++) {
                picked[i] = (offset + i) % train.rowCount();
            }
            return train.select("synthetic", picked);
        };
    }
}
