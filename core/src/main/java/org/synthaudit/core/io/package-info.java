/** Reading CSV files into datasets: parsing, type inference and schema checks. */
package org.synthaudit.core.io;
