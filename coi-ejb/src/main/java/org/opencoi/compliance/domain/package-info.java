/**
 * Compliance decisions: the engine that decides where a vendor stands against its requirement profile, the
 * snapshots it decides from, waivers, recorded decisions and the report tables.
 */
package org.opencoi.compliance.domain;
