/** Renewal requests: the cadence that chases a vendor before and after its cover lapses, and the signed upload link. */
package org.opencoi.notification.domain;
