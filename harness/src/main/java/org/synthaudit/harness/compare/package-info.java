/** Head-to-head comparison of generators: repeated audits on shared splits, summarised. */
package org.synthaudit.harness.compare;
