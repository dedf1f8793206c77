/**
 * The transactional implementations of the vendor sync and status publishing services, and the outbox writer of
 * status changes.
 */
package org.opencoi.sync.application.internal;
