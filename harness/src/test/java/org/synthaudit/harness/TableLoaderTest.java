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

        private ReleaseData load(Path train, Path holdout, Path... synthetic) {
            return TableLoader.loadRelease(new ReleaseFiles(train, holdout, List.of(synthetic)),
                    AuditConfig.defaults(), "c");
        }

        private String rejection(Path train, Path holdout) {
            return assertThrows(InputException.class, () -> load(train, holdout, train))
                    .getMessage();
        }

        @Test
        void rejectsAHoldoutWithTheBytesOfTheTrainFile() throws IOException {
            Path train = write("train.csv", "a,b\n1,x\n2,y\n");
            Path holdout = write("holdout.csv", "a,b\n1,x\n2,y\n");

            assertEquals("--holdout: " + holdout + " has the same contents as the --train file "
                    + train + "; the holdout must be real records the generator never saw, else "
                    + "the membership baseline means nothing", rejection(train, holdout));
        }

        @Test
        void rejectsAHoldoutWhoseRowsAreMostlyTrainingRows() throws IOException {
            Path train = write("train.csv", "id,a,b\n1,1,x\n2,2,y\n3,3,x\n4,4,y\n5,5,x\n");
            // three training rows under other ids and in another column order, two new rows
            Path holdout = write("holdout.csv", "b,id,a\ny,91,4\nx,92,1\nx,93,5\nx,94,6\n"
                    + "y,95,7\n");

            assertEquals("--holdout: 3 of the 5 rows of " + holdout + " are rows of the --train "
                    + "file " + train + " (60.0 %; records drawn independently would repeat a "
                    + "training row about 0.0 % of the time); the holdout must be real records "
                    + "the generator never saw, else the membership baseline means nothing",
                    rejection(train, holdout));
        }

        @Test
        void acceptsAHoldoutOfWhichHalfTheRowsAreTrainingRows() throws IOException {
            Path train = write("train.csv", "a,b\n1,x\n2,y\n3,x\n4,y\n");
            Path holdout = write("holdout.csv", "a,b\n1,x\n2,y\n8,x\n9,y\n");

            assertEquals(4, load(train, holdout, train).holdout().rowCount());
        }

        @Test
        void acceptsAHoldoutThatRepeatsTrainingRowsAsOftenAsTheTrainingRowsRepeat()
                throws IOException {
            // two columns of two values: independent records repeat each other all the time
            Path train = write("train.csv", "a,b\nx,u\ny,v\nx,v\ny,u\nx,u\ny,v\nx,v\ny,u\n");
            Path holdout = write("holdout.csv", "a,b\ny,v\nx,u\nx,v\n");

            assertEquals(3, load(train, holdout, train).holdout().rowCount());
        }

        @Test
        void marksASyntheticFileWithTheBytesOfTheTrainFile() throws IOException {
            Path train = write("train.csv", "a,b\n1,x\n2,y\n");
            Path holdout = write("holdout.csv", "a,b\n3,x\n");
            Path other = write("other.csv", "a,b\n5,x\n6,y\n");

            ReleaseData data = load(train, holdout, other, train);

            assertEquals(List.of("synthetic-equals-train "), kinds(data.issues()));
            SchemaIssue issue = data.issues().getFirst();
            assertEquals(2, issue.count());
            assertEquals(train + " (release synthetic-2) has the same contents as the train "
                    + "file " + train + ": it releases the training records themselves",
                    issue.message());
        }

        @Test
        void marksASyntheticFileWithTheTrainingRowsInAnotherOrder() throws IOException {
            Path train = write("train.csv", "a,b\n1,x\n2,y\n2,y\n");
            Path holdout = write("holdout.csv", "a,b\n3,x\n");
            Path shuffled = write("shuffled.csv", "b,a\ny,2\nx,1\ny,2\n");
            Path nearly = write("nearly.csv", "a,b\n1,x\n2,y\n1,x\n");

            ReleaseData data = load(train, holdout, shuffled, nearly);

            assertEquals(List.of("synthetic-equals-train "), kinds(data.issues()));
            assertEquals(shuffled + " (release synthetic) holds exactly the rows of the train "
                    + "file " + train + ": it releases the training records themselves",
                    data.issues().getFirst().message());
        }
    }
}
