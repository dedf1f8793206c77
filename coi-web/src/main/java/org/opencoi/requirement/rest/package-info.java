/** The requirement profile REST resources. */
package org.opencoi.requirement.rest;
