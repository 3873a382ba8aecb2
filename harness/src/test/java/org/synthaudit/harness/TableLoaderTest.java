package org.synthaudit.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.core.InputException;
import org.synthaudit.core.audit.AuditResult.SchemaIssue;
import org.synthaudit.core.data.Dataset;
import org.synthaudit.harness.AuditRequest.ReleaseFiles;
import org.synthaudit.harness.TableLoader.RealData;
import org.synthaudit.harness.TableLoader.ReleaseData;
import org.synthaudit.harness.config.AuditConfig;
import org.synthaudit.harness.config.ConfigLoader;

class TableLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<String> kinds(List<SchemaIssue> issues) {
        return issues.stream().map(i -> i.kind() + " " + i.column()).toList();
    }

    @Nested
    class LoadReal {
        @Test
        void reportsRenamedHeadersAndIdentifiers() throws IOException {
            write("real.csv", "id, cafe\u0301 ,plan\n1,2,a\n2,3,b\n3,4,a\n");
            AuditConfig config = ConfigLoader.parse("real: real.csv\ncolumns: {id: {type: "
                    + "identifier}}\n", "a.yaml").resolvedAgainst(dir);

            RealData data = TableLoader.loadReal(config, "a.yaml");

            assertEquals(List.of("id", "caf\u00e9", "plan"), data.schema().names());
            assertEquals(List.of("renamed-column caf\u00e9", "excluded-column id"),
                    kinds(data.issues()));
            assertEquals(3, data.real().rowCount());
        }
    }

    @Nested
    class LoadRelease {
        @Test
        void makesTrainAndHoldoutViewsOfOneRealTable() throws IOException {
            Path train = write("train.csv", "a,b\n1,x\n2,y\n3,x\n");
            Path holdout = write("holdout.csv", "b,a\nz,4\ny,5\n");
            Path synthetic = write("synthetic.csv", "a,b\n1,x\n9,w\n");

            ReleaseData data = TableLoader.loadRelease(new ReleaseFiles(train, holdout,
                    List.of(synthetic)), AuditConfig.defaults(), "the configuration");

            Dataset real = data.real();
            assertEquals(5, real.rowCount());
            assertTrue(data.train().sharesBaseWith(real));
            assertTrue(data.holdout().sharesBaseWith(real));
            assertEquals(3, data.holdout().recordId(0));
            assertEquals("z", data.holdout().format(1, 0));
            assertEquals(List.of("unseen-category b"), kinds(data.issues()));
            assertEquals(1, data.issues().getFirst().count());
            assertEquals(List.of("train", "holdout", "synthetic"), data.inputs().stream()
                    .map(i -> i.role()).toList());
        }

        @Test
        void keepsTheSameFileGivenAsTrainAndSynthetic() throws IOException {
            Path train = write("train.csv", "a\n1\n2\n");
            Path holdout = write("holdout.csv", "a\n3\n");

            ReleaseData data = TableLoader.loadRelease(new ReleaseFiles(train, holdout,
                    List.of(train, train)), AuditConfig.defaults(), "c");

            assertEquals(4, data.inputs().size());
            assertEquals(List.of("synthetic", "synthetic-2"), data.releases().stream()
                    .map(Dataset::name).toList());
        }

        @Test
        void rejectsAHoldoutWithoutAColumnOfTrain() throws IOException {
            Path train = write("train.csv", "a,b\n1,x\n");
            Path holdout = write("holdout.csv", "a\n3\n");

            assertEquals(holdout + ": no column 'b'; the holdout file needs the columns of the "
                    + "train file " + train, assertThrows(InputException.class,
                            () -> TableLoader.loadRelease(new ReleaseFiles(train, holdout,
                                    List.of(train)), AuditConfig.defaults(), "c")).getMessage());
        }

        @Test
        void namesAConfiguredColumnTheTrainFileLacks() throws IOException {
            Path train = write("train.csv", "a,b\n1,x\n");
            AuditConfig config = ConfigLoader.parse("columns: {c: {roles: [target]}}\n", "x");

            assertEquals("cfg.yaml: columns: no column 'c' in " + train + "; its columns are a, b",
                    assertThrows(InputException.class, () -> TableLoader.loadRelease(
                            new ReleaseFiles(train, train, List.of(train)), config, "cfg.yaml"))
                            .getMessage());
        }
    }
}
