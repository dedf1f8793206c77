/**
 * The certificate boundary: receiving documents, showing what was read from them, the review queue, and the
 * insurer table.
 */
package org.opencoi.certificate.application;
