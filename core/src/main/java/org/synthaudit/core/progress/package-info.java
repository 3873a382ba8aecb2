/** How long work reports how far it has come, for a progress display, without logging. */
package org.synthaudit.core.progress;
