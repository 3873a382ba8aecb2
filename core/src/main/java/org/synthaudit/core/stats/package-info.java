/** Estimates with confidence intervals, and the statistics that produce them. */
package org.synthaudit.core.stats;
