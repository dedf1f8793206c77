/** The transactional implementations of the verification services. */
package org.opencoi.verification.application.internal;
