/** The requirement profile service boundary: profiles as clients send and see them, versioning, assignment. */
package org.opencoi.requirement.application;
