/** Reading certificate PDFs with PDFBox and keeping certificates in the database. */
package org.opencoi.certificate.infrastructure;
