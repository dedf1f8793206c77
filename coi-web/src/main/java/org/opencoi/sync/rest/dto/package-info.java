/** The JSON shapes of the vendor sync REST API. */
package org.opencoi.sync.rest.dto;
