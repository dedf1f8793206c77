/**
 * ERP vendor sync: the category-to-profile mapping new vendors get their requirement profile from, the records a
 * sync rejected (kept so that an admin can see and replay them), and the status changes told back to ERP systems
 * through their webhooks.
 */
package org.opencoi.sync.domain;
