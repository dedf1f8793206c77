/** The audit screens' backing beans: the audit log viewer. */
package org.opencoi.audit.web;
