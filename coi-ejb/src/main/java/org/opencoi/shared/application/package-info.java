/** What every service boundary shares: its exceptions, health and batch job control. */
package org.opencoi.shared.application;
