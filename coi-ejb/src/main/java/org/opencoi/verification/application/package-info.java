/**
 * Carrier verification as the rest of the application sees it: the carriers an admin configures, the
 * verification queue the integration routes work through, the results per policy, and the
 * {@link org.opencoi.verification.application.PolicyVerifier} port through which a carrier is asked.
 */
package org.opencoi.verification.application;
