/** Downstream models shared by the utility and fairness metrics: features, fits, predictions. */
package org.synthaudit.metrics.models;
