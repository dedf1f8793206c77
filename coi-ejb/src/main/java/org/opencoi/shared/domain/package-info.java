/**
 * The insurance vocabulary every context shares: coverage lines, limit kinds, policy forms, auto symbols, money,
 * a policy's term and its endorsements, insurers' NAIC codes.
 */
package org.opencoi.shared.domain;
