/** Seeded, stratified splits of the real data into train, holdout and reference. */
package org.synthaudit.core.split;
