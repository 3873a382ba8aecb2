/** Runs an audit from end to end: loads the inputs, fits the generator, runs the evaluators. */
package org.synthaudit.harness;
