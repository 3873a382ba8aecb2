/** Interval estimators shared by the metrics: a seeded percentile bootstrap and Wilson scores. */
package org.synthaudit.metrics.stats;
