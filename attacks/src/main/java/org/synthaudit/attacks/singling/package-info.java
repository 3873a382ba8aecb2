/** Singling-out attacks: predicates learned from synthetic data that isolate one real person. */
package org.synthaudit.attacks.singling;
