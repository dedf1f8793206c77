/** The certificate REST resources: upload and listing per vendor. */
package org.opencoi.certificate.rest;
