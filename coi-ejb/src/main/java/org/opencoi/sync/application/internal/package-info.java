/** The transactional implementation of the vendor sync service. */
package org.opencoi.sync.application.internal;
