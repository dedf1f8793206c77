/** The compliance screens' backing beans: the dashboard. */
package org.opencoi.compliance.web;
