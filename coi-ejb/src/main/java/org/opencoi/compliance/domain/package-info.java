/** Compliance decisions: the statuses a vendor can be in and, as it grows, the engine that decides them. */
package org.opencoi.compliance.domain;
