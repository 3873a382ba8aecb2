package org.synthaudit.harness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.core.InputException;
import org.synthaudit.core.data.ColumnType;
import org.synthaudit.core.data.Role;

class ConfigLoaderTest {
    private static final String SAMPLE = """
            real: adult.csv
            missing: ["", "?"]
            delimiter: ","
            seed: 42
            threads: 2
            columns:
              age: {roles: [quasi-identifier]}
              fnlwgt: {type: identifier}
              income: {roles: [target, sensitive]}
              sex: {roles: [quasi-identifier, protected]}
            split: {train: 0.5, holdout: 0.25, reference: 0.25}
            generator: {id: independent-marginals, rows: 10000, parameters: {}}
            evaluators:
              membership.dcr: {targets: 2000}
            policy: default
            """;

    private static String error(String yaml) {
        return assertThrows(InputException.class, () -> ConfigLoader.parse(yaml, "a.yaml"))
                .getMessage();
    }

    @Nested
    class Parse {
        @Test
        void readsEveryKeyOfTheDocumentedFormat() {
            AuditConfig config = ConfigLoader.parse(SAMPLE, "a.yaml");

            assertEquals(Path.of("adult.csv"), config.real());
            assertEquals(List.of("", "?"), config.missing());
            assertEquals(",", config.delimiter());
            assertEquals(42L, config.seed());
            assertEquals(2, config.threads());
            assertEquals(Set.of(Role.TARGET, Role.SENSITIVE),
                    config.columns().get("income").roles());
            assertEquals(ColumnType.IDENTIFIER, config.columns().get("fnlwgt").type());
            assertEquals(new SplitConfig(0.5, 0.25, 0.25), config.split());
            assertEquals("independent-marginals", config.generator().id());
            assertEquals(10000, config.generator().rows());
            assertEquals(Map.of("targets", 2000), config.evaluators().get("membership.dcr"));
            assertEquals("default", config.policy());
        }

        @Test
        void keepsColumnsInFileOrder() {
            AuditConfig config = ConfigLoader.parse(SAMPLE, "a.yaml");

            assertEquals(List.of("age", "fnlwgt", "income", "sex"),
                    List.copyOf(config.columns().keySet()));
        }

        @Test
        void acceptsSplitSizesAsRowCounts() {
            AuditConfig config = ConfigLoader.parse(
                    "split: {train: 1000, holdout: 500, reference: 0}\n", "a.yaml");

            assertEquals(new SplitConfig(1000.0, 500.0, 0.0), config.split());
        }

        @Test
        void showsNoRecordValuesUnlessAsked() {
            assertFalse(ConfigLoader.parse("seed: 1\n", "a.yaml").showRecordValues());
            assertTrue(ConfigLoader.parse("show-record-values: true\n", "a.yaml")
                    .showRecordValues());
        }

        @Test
        void rejectsARecordValuesSettingThatIsNotTrueOrFalse() {
            assertTrue(error("show-record-values: maybe\n").startsWith("a.yaml line 1: "),
                    error("show-record-values: maybe\n"));
        }

        @Test
        void rejectsAnUnknownTopLevelKeyWithTheKnownKeys() {
            assertEquals("a.yaml line 2: unknown key 'sead'; expected one of columns, delimiter, "
                    + "evaluators, generator, missing, policy, real, seed, show-record-values, "
                    + "split, threads",
                    error("real: x.csv\nsead: 4\n"));
        }

        @Test
        void rejectsAnUnknownNestedKeyWithItsPath() {
            assertEquals("a.yaml line 3: unknown key 'columns.age.typ'; expected one of format, "
                    + "roles, type", error("seed: 1\ncolumns:\n  age: {typ: numeric}\n"));
        }

        @Test
        void rejectsAnUnknownGeneratorKey() {
            assertEquals("a.yaml line 3: unknown key 'generator.rowz'; expected one of id, "
                    + "parameters, releases, rows", error("generator:\n  id: x\n  rowz: 0\n"));
        }

        @Test
        void rejectsAnUnknownRoleListingTheRoles() {
            assertEquals("a.yaml line 2: columns.age.roles[0]: unknown role 'quasi'; expected "
                    + "one of quasi-identifier, sensitive, target, protected",
                    error("columns:\n  age: {roles: [quasi]}\n"));
        }

        @Test
        void rejectsAnUnknownTypeListingTheTypes() {
            assertEquals("a.yaml line 2: columns.age.type: unknown column type 'nummeric'; "
                    + "expected one of numeric, categorical, datetime, boolean, identifier",
                    error("columns:\n  age: {type: nummeric}\n"));
        }

        @Test
        void rejectsRolesOnAnIdentifier() {
            assertEquals("a.yaml line 2: columns.id: an identifier column is left out of "
                    + "matching and models, so it cannot have roles; found roles target",
                    error("columns:\n  id: {type: identifier, roles: [target]}\n"));
        }

        @Test
        void rejectsAFormatOnANumericColumn() {
            assertEquals("a.yaml line 2: columns.d: format is only for datetime columns, but "
                    + "type is numeric", error("columns:\n  d: {type: numeric, format: yyyy}\n"));
        }

        @Test
        void rejectsAnInvalidDatePattern() {
            assertEquals("a.yaml line 2: columns.d: format 'yyyy-{' is neither a java.time "
                    + "pattern (Pattern includes reserved character: '{') nor one of "
                    + "'ISO-8601 date', 'ISO-8601 date-time', 'ISO-8601 date / date-time'",
                    error("columns:\n  d: {format: \"yyyy-{\"}\n"));
        }

        @Test
        void rejectsTwoTargets() {
            assertEquals("a.yaml line 3: columns: only one column may have the role target; "
                    + "found a, b", error("columns:\n  a: {roles: [target]}\n"
                            + "  b: {roles: [target]}\nseed: 1\n"));
        }

        @Test
        void rejectsTextWhereANumberBelongs() {
            assertEquals("a.yaml line 1: seed: expected a whole number, found 'abc'",
                    error("seed: abc\n"));
        }

        @Test
        void rejectsASeedWithAFraction() {
            assertEquals("a.yaml line 1: seed: expected a whole number, found '1.5'",
                    error("seed: 1.5\n"));
        }

        @Test
        void rejectsASeedWrittenAsADecimalNumber() {
            assertEquals("a.yaml line 1: seed: expected a whole number, found '1.0'",
                    error("seed: 1.0\n"));
        }

        @Test
        void rejectsASeedBeyondTheRangeOfWholeNumbers() {
            assertEquals("a.yaml line 1: seed: expected a whole number from "
                    + "-9223372036854775808 to 9223372036854775807, found 99999999999999999999",
                    error("seed: 99999999999999999999\n"));
        }

        @Test
        void rejectsRowsWithAFraction() {
            assertEquals("a.yaml line 1: generator.rows: expected a whole number, found '10.5'",
                    error("generator: {id: identity, rows: 10.5}\n"));
        }

        @Test
        void rejectsAListWhereAMappingBelongs() {
            assertEquals("a.yaml line 1: split: expected a mapping of keys to values, found a "
                    + "list", error("split: [1, 2]\n"));
        }

        @Test
        void rejectsASingleMissingTokenThatIsNotAList() {
            assertEquals("a.yaml line 1: missing: expected a list, found text",
                    error("missing: \"?\"\n"));
        }

        @Test
        void rejectsAKeyGivenTwice() {
            assertEquals("a.yaml line 2: key 'seed' is given twice", error("seed: 1\nseed: 2\n"));
        }

        @Test
        void rejectsAnEmptyFile() {
            assertEquals("a.yaml: the config file is empty; expected a mapping of keys to values",
                    error("# nothing here\n"));
        }

        @Test
        void rejectsThreadsOutOfRange() {
            assertEquals("a.yaml line 2: threads must be in [1, 1024], was 0",
                    error("seed: 1\nthreads: 0\n"));
        }

        @Test
        void rejectsALongDelimiter() {
            assertEquals("a.yaml line 1: delimiter must be one character, was ';;'",
                    error("delimiter: \";;\"\n"));
        }

        @Test
        void rejectsFractionsAddingUpToMoreThanOne() {
            assertEquals("a.yaml line 1: split: the fractions train + holdout + reference add up "
                    + "to 1.2; expected at most 1", error("split: {train: 0.7, holdout: 0.5}\n"));
        }

        @Test
        void rejectsANegativeSplitSize() {
            assertEquals("a.yaml line 1: split: train must be a fraction in (0, 1) or a whole "
                    + "row count >= 1, was -1", error("split: {train: -1, holdout: 0.5}\n"));
        }

        @Test
        void rejectsAFractionalRowCount() {
            assertEquals("a.yaml line 1: split: holdout must be a fraction in (0, 1) or a whole "
                    + "row count >= 1, was 2.5", error("split: {train: 10, holdout: 2.5}\n"));
        }

        @Test
        void rejectsASplitWithoutTrain() {
            assertEquals("a.yaml line 1: split: train is required (a fraction in (0, 1) or a "
                    + "row count)", error("split: {holdout: 0.5}\n"));
        }

        @Test
        void rejectsAGeneratorWithoutId() {
            assertEquals("a.yaml line 1: generator: id is required: the id of a generator (see "
                    + "synthaudit list)", error("generator: {rows: 5}\n"));
        }

        @Test
        void rejectsZeroGeneratorRows() {
            assertEquals("a.yaml line 1: generator: rows must be a whole number >= 1, was 0",
                    error("generator: {id: x, rows: 0}\n"));
        }

        @Test
        void readsTheNumberOfReleasesWithOneAsTheDefault() {
            assertEquals(3, ConfigLoader.parse("generator: {id: x, releases: 3}\n", "a.yaml")
                    .generator().releases());
            assertEquals(1, ConfigLoader.parse("generator: {id: x}\n", "a.yaml").generator()
                    .releases());
        }

        @Test
        void rejectsANumberOfReleasesOutOfRange() {
            assertEquals("a.yaml line 1: generator: releases must be a whole number in [1, 100], "
                    + "was 0", error("generator: {id: x, releases: 0}\n"));
        }

        @Test
        void rejectsAnEmptyPolicy() {
            assertEquals("a.yaml line 1: policy must be 'default' or the path of a policy file, "
                    + "was empty", error("policy: \" \"\n"));
        }
    }

    @Nested
    class Load {
        @TempDir
        Path dir;

        @Test
        void resolvesPathsAgainstTheConfigFolder() throws IOException {
            Path file = dir.resolve("audit.yaml");
            Files.writeString(file, "real: data/adult.csv\npolicy: strict.yaml\n");

            AuditConfig config = ConfigLoader.load(file);

            assertEquals(dir.resolve("data/adult.csv"), config.real());
            assertEquals(dir.resolve("strict.yaml").toString(), config.policy());
        }

        @Test
        void keepsAbsolutePaths() throws IOException {
            Path file = dir.resolve("audit.yaml");
            Files.writeString(file, "real: /data/adult.csv\n");

            assertEquals(Path.of("/data/adult.csv"), ConfigLoader.load(file).real());
        }

        @Test
        void namesAMissingFile() {
            Path file = dir.resolve("nope.yaml");

            assertEquals("config file " + file + " not found",
                    assertThrows(InputException.class, () -> ConfigLoader.load(file))
                            .getMessage());
        }

        @Test
        void namesAFolderGivenAsFile() {
            assertEquals("config file " + dir + " is a folder, not a file",
                    assertThrows(InputException.class, () -> ConfigLoader.load(dir))
                            .getMessage());
        }

        @Test
        void namesTheFileInErrors() throws IOException {
            Path file = dir.resolve("audit.yaml");
            Files.writeString(file, "seed: 1\ncolour: red\n");

            assertEquals(file + " line 2: unknown key 'colour'; expected one of columns, "
                    + "delimiter, evaluators, generator, missing, policy, real, seed, "
                    + "show-record-values, split, threads", assertThrows(InputException.class,
                            () -> ConfigLoader.load(file)).getMessage());
        }
    }
}
