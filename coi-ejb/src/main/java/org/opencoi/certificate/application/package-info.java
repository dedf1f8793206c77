/** The certificate intake boundary: receiving documents and showing what was read from them. */
package org.opencoi.certificate.application;
