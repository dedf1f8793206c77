/** The compliance screens' backing beans: the dashboard, reports and the exceptions of all vendors. */
package org.opencoi.compliance.web;
