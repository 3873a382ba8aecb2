/**
 * The built-in synthetic data generators, the controls that calibrate an audit, and the adapters
 * that bring in outside programs and synthetic files made elsewhere.
 */
package org.synthaudit.generators;
