/** JPA storage of the sync context's mapping, dead letters, webhooks and status changes. */
package org.opencoi.sync.infrastructure;
