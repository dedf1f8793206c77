/**
 * Carrier verification: the carriers whose verification service is called (by NAIC code), the answer a
 * carrier gives about one policy, how that answer is judged against what the certificate claims, and
 * the latest verification of each policy.
 */
package org.opencoi.verification.domain;
