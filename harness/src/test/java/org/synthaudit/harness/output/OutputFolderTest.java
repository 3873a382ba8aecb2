package org.synthaudit.harness.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthaudit.core.InputException;

class OutputFolderTest {
    @TempDir
    Path dir;

    private static String error(Runnable action) {
        return assertThrows(InputException.class, action::run).getMessage();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Nested
    class Of {
        @Test
        void rejectsANulByte() {
            assertEquals("output folder name contains a NUL byte; choose another name",
                    error(() -> OutputFolder.of("out\0put", false)));
        }

        @Test
        void rejectsAFile() throws IOException {
            Path file = Files.writeString(dir.resolve("taken"), "x");

            assertEquals("output folder " + file + " is a file, not a folder",
                    error(() -> OutputFolder.of(file.toString(), false)));
        }

        @Test
        void acceptsAFolderThatDoesNotExistYet() {
            assertEquals(dir.resolve("new"), OutputFolder.of(dir.resolve("new").toString(),
                    false).path());
        }
    }

    @Nested
    class Check {
        @Test
        void rejectsAFolderInsideAFileBeforeAnyWork() throws IOException {
            Path file = Files.writeString(dir.resolve("notes.txt"), "x");
            OutputFolder out = OutputFolder.of(file.resolve("reports").toString(), false);

            assertEquals("output folder " + file.resolve("reports") + " cannot be created: "
                    + file + " is a file, not a folder",
                    error(() -> out.check(List.of("report.json"))));
        }

        @Test
        void acceptsANewFolderUnderAWritableOne() {
            OutputFolder.of(dir.resolve("a/b").toString(), false).check(List.of("report.json"));

            assertTrue(Files.notExists(dir.resolve("a")), "checking creates nothing");
        }
    }

    @Nested
    class Target {
        @Test
        void rejectsAPathThatClimbsOut() {
            OutputFolder out = OutputFolder.of(dir.toString(), true);

            assertEquals("output name '../../x.html' must be a plain file name inside the output "
                    + "folder (no folders, no '..', not absolute)",
                    error(() -> out.target("../../x.html")));
        }

        @Test
        void rejectsAnAbsolutePath() {
            OutputFolder out = OutputFolder.of(dir.toString(), true);

            assertEquals("output name '/tmp/x.html' must be a plain file name inside the output "
                    + "folder (no folders, no '..', not absolute)",
                    error(() -> out.target("/tmp/x.html")));
        }

        @Test
        void rejectsDotDot() {
            OutputFolder out = OutputFolder.of(dir.toString(), true);

            assertThrows(InputException.class, () -> out.target(".."));
        }

        @Test
        void rejectsANulByteInAName() {
            OutputFolder out = OutputFolder.of(dir.toString(), true);

            assertEquals("output name contains a NUL byte",
                    error(() -> out.target("report\0.html")));
        }

        @Test
        void rejectsAnExistingFileWithoutForce() throws IOException {
            Path existing = Files.writeString(dir.resolve("report.html"), "old");
            OutputFolder out = OutputFolder.of(dir.toString(), false);

            assertEquals(existing + " already exists; use --force to replace it or choose "
                    + "another --out folder", error(() -> out.target("report.html")));
        }

        @Test
        void acceptsAnExistingFileWithForce() throws IOException {
            Files.writeString(dir.resolve("report.html"), "old");

            assertEquals(dir.resolve("report.html"), OutputFolder.of(dir.toString(), true)
                    .target("report.html"));
        }

        @Test
        void rejectsASymlinkThatLeadsOutsideEvenWithForce() throws IOException {
            Path outside = Files.createDirectories(dir.resolve("outside"));
            Path victim = Files.writeString(outside.resolve("victim.html"), "precious");
            Path folder = Files.createDirectories(dir.resolve("out"));
            Path link = Files.createSymbolicLink(folder.resolve("report.html"), victim);
            OutputFolder out = OutputFolder.of(folder.toString(), true);

            assertEquals(link + " is a symbolic link that leads outside the output folder "
                    + folder + "; not writing through it (remove the link or choose another "
                    + "--out folder)", error(() -> out.target("report.html")));
        }

        @Test
        void rejectsADanglingSymlink() throws IOException {
            Path folder = Files.createDirectories(dir.resolve("out"));
            Files.createSymbolicLink(folder.resolve("report.html"), dir.resolve("nowhere"));

            assertThrows(InputException.class, () -> OutputFolder.of(folder.toString(), true)
                    .target("report.html"));
        }
    }

    @Nested
    class Write {
        @Test
        void createsTheFolderAndWritesEveryFile() throws IOException {
            Path folder = dir.resolve("a/b");
            Map<String, String> files = new LinkedHashMap<>();
            files.put("report.json", "{}");
            files.put("report.html", "<html></html>");

            List<Path> written = OutputFolder.of(folder.toString(), false).write(files);

            assertEquals(List.of(folder.resolve("report.json"), folder.resolve("report.html")),
                    written);
            assertEquals("{}", Files.readString(folder.resolve("report.json")));
            assertEquals(List.of("report.html", "report.json"), names(folder));
        }

        @Test
        void replacesAFileOnlyWithForce() throws IOException {
            Files.writeString(dir.resolve("report.json"), "old");

            assertThrows(InputException.class, () -> OutputFolder.of(dir.toString(), false)
                    .write(Map.of("report.json", "new")));
            assertEquals("old", Files.readString(dir.resolve("report.json")));

            OutputFolder.of(dir.toString(), true).write(Map.of("report.json", "new"));
            assertEquals("new", Files.readString(dir.resolve("report.json")));
        }

        @Test
        void leavesNothingBehindWhenALaterFileIsRefused() throws IOException {
            Path folder = Files.createDirectories(dir.resolve("out"));
            Files.writeString(folder.resolve("report.html"), "old");
            Map<String, String> files = new LinkedHashMap<>();
            files.put("report.json", "{}");
            files.put("report.html", "new");

            assertThrows(InputException.class, () -> OutputFolder.of(folder.toString(), false)
                    .write(files));

            assertEquals(List.of("report.html"), names(folder));
            assertEquals("old", Files.readString(folder.resolve("report.html")));
        }

        @Test
        void neverWritesThroughASymlinkThatLeadsOutside() throws IOException {
            Path victim = Files.writeString(dir.resolve("victim.html"), "precious");
            Path folder = Files.createDirectories(dir.resolve("out"));
            Files.createSymbolicLink(folder.resolve("report.html"), victim);

            assertThrows(InputException.class, () -> OutputFolder.of(folder.toString(), true)
                    .write(Map.of("report.html", "overwritten")));

            assertEquals("precious", Files.readString(victim));
        }

        @Test
        void replacesASymlinkInsideTheFolderRatherThanItsTarget() throws IOException {
            Path folder = Files.createDirectories(dir.resolve("out"));
            Path kept = Files.writeString(folder.resolve("kept.html"), "kept");
            Files.createSymbolicLink(folder.resolve("report.html"), kept);

            OutputFolder.of(folder.toString(), true).write(Map.of("report.html", "new"));

            assertFalse(Files.isSymbolicLink(folder.resolve("report.html")));
            assertEquals("new", Files.readString(folder.resolve("report.html")));
            assertEquals("kept", Files.readString(kept));
        }

        @Test
        void refusesToReplaceAFolderWithAFile() throws IOException {
            Path taken = Files.createDirectories(dir.resolve("report.json"));

            assertEquals(taken + " is a folder, so a file of that name cannot be written; remove "
                    + "it or choose another --out folder", error(() -> OutputFolder.of(
                            dir.toString(), true).write(Map.of("report.json", "{}"))));
        }

        @Test
        void removesItsLockFileWhenDone() throws IOException {
            OutputFolder.of(dir.toString(), false).write(Map.of("report.json", "{}"));

            assertEquals(List.of("report.json"), names(dir));
        }

        @Test
        void takesOverALockFileLeftBehind() throws IOException {
            Files.writeString(dir.resolve(OutputFolder.LOCK_NAME), "stale");

            OutputFolder.of(dir.toString(), false).write(Map.of("report.json", "{}"));

            assertEquals(List.of("report.json"), names(dir));
        }

        @Test
        void neverMixesTheFilesOfRunsWritingAtTheSameTime() throws Exception {
            Path folder = dir.resolve("shared");
            int runs = 8;
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(runs)) {
                List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    Map<String, String> files = new LinkedHashMap<>();
                    for (int f = 0; f < 5; f++) {
                        files.put("part" + f + ".txt", "run " + run);
                    }
                    done.add(pool.submit(() -> OutputFolder.of(folder.toString(), true)
                            .write(files)));
                }
                for (var future : done) {
                    future.get();
                }
            }

            String first = Files.readString(folder.resolve("part0.txt"));
            for (int f = 1; f < 5; f++) {
                assertEquals(first, Files.readString(folder.resolve("part" + f + ".txt")));
            }
            assertEquals(5, names(folder).size(), "no lock or temporary file is left");
        }

        /**
         * Another process holds the lock file (a Python program with a POSIX lock, as
         * {@code FileChannel.lock} takes on Linux); the run waits for it, and then finds the
         * report that process wrote.
         */
        @Test
        void waitsForAnotherProcessHoldingTheLockAndThenSeesItsFiles() throws Exception {
            Path folder = Files.createDirectories(dir.resolve("busy"));
            Path lockFile = folder.resolve(OutputFolder.LOCK_NAME);
            Path report = folder.resolve("report.json");
            String program = "import fcntl, os, sys\n"
                    + "f = open(sys.argv[1], 'a')\n"
                    + "fcntl.lockf(f, fcntl.LOCK_EX)\n"
                    + "print('locked', flush=True)\n"
                    + "sys.stdin.readline()\n"
                    + "open(sys.argv[2], 'w').write('first')\n"
                    + "os.remove(sys.argv[1])\n"
                    + "fcntl.lockf(f, fcntl.LOCK_UN)\n";
            Process holder;
            try {
                holder = new ProcessBuilder("python3", "-c", program, lockFile.toString(),
                        report.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                org.junit.jupiter.api.Assumptions.abort("python3 is not on the path");
                return;
            }
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                    holder.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                assertEquals("locked", lines.readLine());
                var second = java.util.concurrent.CompletableFuture.runAsync(() -> OutputFolder
                        .of(folder.toString(), false).write(Map.of("report.json", "second")));
                holder.getOutputStream().write('\n');
                holder.getOutputStream().flush();

                var failure = assertThrows(java.util.concurrent.CompletionException.class,
                        second::join);
                assertEquals(report + " already exists; use --force to replace it or choose "
                        + "another --out folder", failure.getCause().getMessage());
            } finally {
                holder.waitFor();
            }
            assertEquals("first", Files.readString(report));
            assertEquals(List.of("report.json"), names(folder));
        }

        @Test
        void writesUtf8() throws IOException {
            OutputFolder.of(dir.toString(), false).write(Map.of("r.txt", "caf\u00e9 \u2028"));

            assertTrue(java.util.Arrays.equals("caf\u00e9 \u2028".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(
                            dir.resolve("r.txt"))));
        }
    }
}
