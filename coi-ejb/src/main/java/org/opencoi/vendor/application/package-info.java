/** The vendor service boundary: registering and finding vendors, with the views screens and APIs show. */
package org.opencoi.vendor.application;
