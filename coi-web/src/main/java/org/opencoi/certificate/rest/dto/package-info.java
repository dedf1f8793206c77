/** The JSON shapes of the certificate REST API that join a certificate with its vendor's decision. */
package org.opencoi.certificate.rest.dto;
