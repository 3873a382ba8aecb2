/** Membership inference attacks: does the synthetic data reveal who was in the training data. */
package org.synthaudit.attacks.membership;
