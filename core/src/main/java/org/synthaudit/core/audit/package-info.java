/** What evaluators read (the audit context) and what they conclude (findings and figures). */
package org.synthaudit.core.audit;
