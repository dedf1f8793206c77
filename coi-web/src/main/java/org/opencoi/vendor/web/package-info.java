/** The vendor screens' backing beans. */
package org.opencoi.vendor.web;
