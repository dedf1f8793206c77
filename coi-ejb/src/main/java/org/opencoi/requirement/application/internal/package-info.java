/** The transactional implementation of the requirement profile service. */
package org.opencoi.requirement.application.internal;
