/** The transactional implementation of the compliance service. */
package org.opencoi.compliance.application.internal;
