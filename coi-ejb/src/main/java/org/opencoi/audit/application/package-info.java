/**
 * Recording audit events alongside the changes they describe; searching them, checking their hash chain and
 * extracting them for auditors.
 */
package org.opencoi.audit.application;
