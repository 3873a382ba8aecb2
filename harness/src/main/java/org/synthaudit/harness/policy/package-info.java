/** Policies: thresholds on named figures that turn an audit's findings into a verdict. */
package org.synthaudit.harness.policy;
