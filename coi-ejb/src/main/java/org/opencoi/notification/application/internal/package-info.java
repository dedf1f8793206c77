/** The EJBs behind the notification services. */
package org.opencoi.notification.application.internal;
