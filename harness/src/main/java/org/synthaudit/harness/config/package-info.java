/** The audit configuration: a validated record model read from YAML. */
package org.synthaudit.harness.config;
