/** The {@code synthaudit} command line: commands, shared options and the exit codes. */
package org.synthaudit.harness.cli;
