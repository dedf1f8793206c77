/** The vendor REST resources. */
package org.opencoi.vendor.rest;
