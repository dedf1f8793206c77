/** Vendors and contractors whose insurance is tracked, keyed by the ERP's source system and external id. */
package org.opencoi.vendor.domain;
