/** Writing reports safely: inside the chosen folder, atomically, never over a file by accident. */
package org.synthaudit.harness.output;
