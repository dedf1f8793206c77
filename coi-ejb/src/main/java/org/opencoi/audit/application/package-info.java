/** Recording audit events alongside the changes they describe. */
package org.opencoi.audit.application;
