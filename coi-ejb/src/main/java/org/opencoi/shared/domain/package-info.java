/**
 * The insurance vocabulary every context shares: coverage lines, limit kinds, policy forms, auto symbols, insurer
 * ratings, and where a vendor stands, which compliance decides and the vendor, renewal and ERP contexts act on.
 */
package org.opencoi.shared.domain;
