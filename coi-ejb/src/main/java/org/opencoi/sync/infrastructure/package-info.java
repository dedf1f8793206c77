/** JPA storage of the sync context's mapping and dead letters. */
package org.opencoi.sync.infrastructure;
