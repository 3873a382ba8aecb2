/** Head-to-head comparisons of generators: the result model and the Pareto front. */
package org.synthaudit.core.compare;
