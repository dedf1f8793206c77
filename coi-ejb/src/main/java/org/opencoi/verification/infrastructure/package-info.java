/** The carriers and policy verifications in the database (JPA). */
package org.opencoi.verification.infrastructure;
