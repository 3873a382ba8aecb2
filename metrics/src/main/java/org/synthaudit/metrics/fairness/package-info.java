/** Fairness: group representation, base rates and model bias, real against synthetic. */
package org.synthaudit.metrics.fairness;
