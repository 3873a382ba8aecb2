/**
 * Linkage and re-identification attacks: does a synthetic record stand out as a real person, and
 * does it reveal the rest of their record.
 */
package org.synthaudit.attacks.linkage;
