/** Queuing and sending renewal requests, and what a vendor may do through its upload link. */
package org.opencoi.notification.application;
