/**
 * What every screen shares: the signed-in user and signing out, server-paged tables, the answer to an expired
 * view; the batch jobs screen.
 */
package org.opencoi.shared.web;
