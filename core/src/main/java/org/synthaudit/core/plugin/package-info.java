/** The plug-in contracts (generators and evaluators) and the registry that finds them. */
package org.synthaudit.core.plugin;
