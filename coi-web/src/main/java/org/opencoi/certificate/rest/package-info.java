/**
 * The certificate REST resources: upload and listing per vendor, one certificate and its document, the review
 * queue, and the insurer table.
 */
package org.opencoi.certificate.rest;
