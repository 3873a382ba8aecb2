/** Downstream models shared by the utility and fairness metrics: features, training, predictions. */
package org.synthaudit.metrics.models;
