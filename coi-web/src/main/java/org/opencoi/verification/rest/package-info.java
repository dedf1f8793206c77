/** Carrier verification over REST: the carriers (admins configure them) and the verification results per certificate and vendor. */
package org.opencoi.verification.rest;
