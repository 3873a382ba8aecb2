/** JMH benchmarks of the kernels every attack shares. */
package org.synthaudit.benchmarks;
