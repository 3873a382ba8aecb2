/**
 * Renderers of an audit result and of a comparison of generators: JSON, HTML, JUnit XML and
 * Markdown. They compute nothing.
 */
package org.synthaudit.reports;
