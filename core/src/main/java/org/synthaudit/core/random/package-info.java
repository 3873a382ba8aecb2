/** Explicit, splittable seeding so that the same inputs and seed give the same results. */
package org.synthaudit.core.random;
