/**
 * Renderers of an audit result and of a comparison of generators: JSON, HTML, JUnit XML and
 * Markdown. They compute nothing but the scorecard, a fixed and documented reading of figures
 * the findings report.
 */
package org.synthaudit.reports;
