/** The certificate screens' backing beans: the review queue. */
package org.opencoi.certificate.web;
