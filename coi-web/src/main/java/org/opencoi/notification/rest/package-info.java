/** Renewal requests over REST, for admins. */
package org.opencoi.notification.rest;
