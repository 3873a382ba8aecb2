/** The mixed-type record distance and the nearest-neighbour search every distance attack shares. */
package org.synthaudit.core.distance;
