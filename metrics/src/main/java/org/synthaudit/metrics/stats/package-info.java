/** Interval estimators shared by the metrics: seeded bootstraps, Wilson scores, rate gaps. */
package org.synthaudit.metrics.stats;
