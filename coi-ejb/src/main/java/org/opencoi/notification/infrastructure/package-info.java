/** Renewal requests in the database, and their delivery by Jakarta Mail through the server's mail session. */
package org.opencoi.notification.infrastructure;
