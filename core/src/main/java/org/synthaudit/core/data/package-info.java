/** The columnar data model: schemas, shared vocabularies and immutable datasets with row views. */
package org.synthaudit.core.data;
