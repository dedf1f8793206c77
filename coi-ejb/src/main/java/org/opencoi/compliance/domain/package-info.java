/**
 * Compliance decisions: the engine that decides where a vendor stands against its requirement profile, the
 * snapshots it decides from, waivers and recorded decisions.
 */
package org.opencoi.compliance.domain;
