/** The insurance vocabulary every context shares: coverage lines, limit kinds, policy forms, auto symbols. */
package org.opencoi.shared.domain;
