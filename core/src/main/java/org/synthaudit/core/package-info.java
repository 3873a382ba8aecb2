/** The data model, statistics and plug-in contracts that every other synthaudit module builds on. */
package org.synthaudit.core;
