/** Utility: how well models trained on the synthetic data predict real records. */
package org.synthaudit.metrics.utility;
