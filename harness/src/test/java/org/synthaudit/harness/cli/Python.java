package org.synthaudit.harness.cli;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Whether {@code python3} can be run, for the tests of outside programs. */
final class Python {
    private static final boolean AVAILABLE = probe();

    private Python() {
    }

    /**
     * Tells whether {@code python3 --version} runs and exits with 0.
     *
     * @return true if a Python 3 is on the path
     */
    static boolean available() {
        return AVAILABLE;
    }

    private static boolean probe() {
        try {
            Process process = new ProcessBuilder("python3", "--version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
