/** What the whole REST API shares: its root, problem+json errors, health and batch job control. */
package org.opencoi.shared.rest;
