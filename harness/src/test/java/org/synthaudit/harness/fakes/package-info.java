/** Test doubles for plug-ins, so the harness is tested without the real generators. */
package org.synthaudit.harness.fakes;
