/** The transactional implementation of the vendor service. */
package org.opencoi.vendor.application.internal;
