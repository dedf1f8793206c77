/** The audit trail over REST. */
package org.opencoi.audit.rest;
