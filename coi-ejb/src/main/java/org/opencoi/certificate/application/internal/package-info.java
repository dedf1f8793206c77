/** The transactional implementation of certificate intake. */
package org.opencoi.certificate.application.internal;
