/** Renderers of an audit result: JSON, HTML, JUnit XML and Markdown. They compute nothing. */
package org.synthaudit.reports;
