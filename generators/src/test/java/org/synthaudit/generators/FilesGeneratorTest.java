package org.synthaudit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.core.io.CsvOptions;
import org.synthaudit.core.plugin.FitInput;
import org.synthaudit.core.plugin.Generator;
import org.synthaudit.core.plugin.Generator.FittedGenerator;
import org.synthaudit.core.plugin.Parameters;
import org.synthaudit.core.plugin.PrivacyClaim;
import org.synthaudit.core.plugin.Registry;
import org.synthaudit.core.random.Seeds;

class FilesGeneratorTest {
    private static final String OWNER = "generator files";

    @TempDir
    Path dir;

    private final Dataset train = TestTables.sixPeople();

    {
        train.dictionary().freezeReal();
    }

    private FittedGenerator fit(Object paths) {
        Map<String, Object> parameters = paths == null ? Map.of() : Map.of("paths", paths);
        return new FilesGenerator().fit(new FitInput(train, train.select("outside", new int[0]),
                dir, CsvOptions.defaults()), new Parameters(OWNER, parameters), Seeds.root(1));
    }

    private String error(Object paths) {
        return assertThrows(InputException.class, () -> fit(paths)).getMessage();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Nested
    class Plugin {
        @Test
        void isFoundByTheServiceLoaderUnderItsId() {
            Registry<Generator> registry = Registry.load("generator", Generator.class);
            assertTrue(registry.require("files") instanceof FilesGenerator);
        }

        @Test
        void listsItsOneParameter() {
            assertEquals(List.of("paths"), new FilesGenerator().parameters().stream()
                    .map(p -> p.name()).toList());
        }
    }

    @Nested
    class Fit {
        @Test
        void takesEachFileAsOneReleaseInTheGivenOrder() throws IOException {
            write("a.csv", "age,plan\n40,gold\n41,basic\n");
            write("b.csv", "plan,age\nsilver,50\n");

            FittedGenerator fitted = fit(List.of("a.csv", "b.csv"));

            List<Dataset> releases = fitted.fixedReleases();
            assertEquals(List.of("synthetic", "synthetic-2"), releases.stream()
                    .map(Dataset::name).toList());
            assertEquals(List.of(List.of("40", "gold"), List.of("41", "basic")),
                    TestTables.records(releases.get(0)).keySet().stream().sorted(
                            (x, y) -> x.toString().compareTo(y.toString())).toList());
            assertEquals("50", releases.get(1).format(1, 0));
            assertSame(train.schema(), releases.get(1).schema());
            assertSame(PrivacyClaim.NONE, fitted.privacyClaim());
            assertEquals(List.of("release 1: " + dir.resolve("a.csv") + " (2 rows)",
                    "release 2: " + dir.resolve("b.csv") + " (1 rows)"), fitted.details());
        }

        @Test
        void acceptsASinglePathAsText() throws IOException {
            write("a.csv", "age,plan\n40,gold\n");

            assertEquals(1, fit("a.csv").fixedReleases().size());
        }

        @Test
        void leavesIdentifiersMissingAndDescribesDifferencesFromTheRealData()
                throws IOException {
            write("a.csv", "S.No,id,age,plan\n1,p1,40,platinum\n2,p2,41,gold\n");

            FittedGenerator fitted = fit(List.of("a.csv"));

            Dataset release = fitted.fixedReleases().getFirst();
            assertTrue(release.isMissing(0, 0) && release.isMissing(0, 1));
            assertEquals(List.of("release 1: " + dir.resolve("a.csv") + " (2 rows)",
                    "a.csv: column 'S.No' not in the real data, ignored",
                    "a.csv: 1 values of 'plan' are categories the real data does not have"),
                    fitted.details());
        }

        @Test
        void requiresPaths() {
            assertEquals(OWNER + ": parameter 'paths' is required: a list of synthetic CSV "
                    + "files, e.g. paths: [a.csv, b.csv]", error(null));
            assertEquals(OWNER + ": parameter 'paths' is empty; expected at least one synthetic "
                    + "CSV file", error(List.of()));
        }

        @Test
        void namesAMissingFile() {
            assertEquals(OWNER + ": " + dir.resolve("absent.csv") + ": file not found",
                    error(List.of("absent.csv")));
        }

        @Test
        void namesTheFileAndTheColumnItLacks() throws IOException {
            write("a.csv", "age\n40\n");

            assertEquals(OWNER + ": " + dir.resolve("a.csv") + " has no column 'plan'; a "
                    + "synthetic file needs every column of the real data but the identifiers "
                    + "(age, plan)", error(List.of("a.csv")));
        }

        @Test
        void namesTheLineAndColumnOfAValueThatDoesNotParse() throws IOException {
            write("a.csv", "age,plan\n40,gold\nforty,gold\n");

            assertEquals(OWNER + ": " + dir.resolve("a.csv") + ", line 3, column 'age': 'forty' "
                    + "is not a number (the column is numeric)", error(List.of("a.csv")));
        }
    }

    @Nested
    class Sample {
        @Test
        void drawsRowsOfTheFirstFile() throws IOException {
            write("a.csv", "age,plan\n40,gold\n41,basic\n");
            write("b.csv", "age,plan\n99,silver\n");

            Dataset sample = fit(List.of("a.csv", "b.csv")).sample(4, Seeds.root(3));

            assertEquals(Map.of(List.of("40", "gold"), 2, List.of("41", "basic"), 2),
                    TestTables.records(sample));
        }
    }
}
