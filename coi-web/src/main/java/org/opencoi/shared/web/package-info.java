/** What every screen shares: the signed-in user and signing out. */
package org.opencoi.shared.web;
