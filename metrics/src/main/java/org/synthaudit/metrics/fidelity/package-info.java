/** Fidelity metrics: how closely the synthetic release reproduces the real distributions. */
package org.synthaudit.metrics.fidelity;
