/**
 * Attribute inference attacks: how much better the synthetic data lets an adversary guess a
 * sensitive value of a known person than of a person who was not in the training data.
 */
package org.synthaudit.attacks.inference;
