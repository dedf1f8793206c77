/**
 * The demo data an empty embedded database is filled with at startup. It seeds every context, so it belongs to none,
 * and it is no part of the shared kernel either.
 */
package org.opencoi.demo;
