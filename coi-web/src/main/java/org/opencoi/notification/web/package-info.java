/** The vendor upload page: what a renewal request's signed link opens, without an account. */
package org.opencoi.notification.web;
