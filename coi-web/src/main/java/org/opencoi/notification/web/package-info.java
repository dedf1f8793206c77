/**
 * The vendor upload page: what a renewal request's signed link opens, without an account; a servlet takes the request
 * and the upload, the Facelets view WEB-INF/vendor-upload.xhtml shows the page.
 */
package org.opencoi.notification.web;
