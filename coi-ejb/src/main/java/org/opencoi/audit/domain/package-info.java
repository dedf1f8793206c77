/** The audit trail: an append-only record of every change, decision and access worth an auditor's eye. */
package org.opencoi.audit.domain;
