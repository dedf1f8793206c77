/**
 * The audit screens' backing beans (the audit log viewer), and the filters that note where a request came from
 * and audit each sign-in.
 */
package org.opencoi.audit.web;
