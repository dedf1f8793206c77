/** JPA storage of vendors. */
package org.opencoi.vendor.infrastructure;
