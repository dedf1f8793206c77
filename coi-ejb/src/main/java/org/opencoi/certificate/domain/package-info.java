/** Certificates of insurance: the documents received, the policies they list, and the insurers behind them. */
package org.opencoi.certificate.domain;
