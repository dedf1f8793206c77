/** The transactional implementations of certificate intake and review. */
package org.opencoi.certificate.application.internal;
