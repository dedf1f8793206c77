/**
 * The insurance vocabulary every context shares: coverage lines, limit kinds, policy forms, auto symbols, money,
 * a policy's term and its endorsements, insurers' NAIC codes and policy numbers, insurer ratings, a certificate's
 * review state, and where a vendor stands, which compliance decides and the vendor, renewal and ERP contexts act on.
 */
package org.opencoi.shared.domain;
