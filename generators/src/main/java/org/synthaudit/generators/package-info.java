/** The built-in synthetic data generators: reference points that calibrate the audit. */
package org.synthaudit.generators;
