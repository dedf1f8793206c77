/** What every screen shares: the signed-in user and signing out; the batch jobs screen. */
package org.opencoi.shared.web;
