/**
 * ERP vendor sync: the category-to-profile mapping new vendors get their requirement profile from, and
 * the records a sync rejected, kept so that an admin can see and replay them.
 */
package org.opencoi.sync.domain;
