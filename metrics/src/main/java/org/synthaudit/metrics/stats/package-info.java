/** Interval estimators shared by the metrics: seeded bootstraps and differences of two rates. */
package org.synthaudit.metrics.stats;
