/**
 * JPA storage of compliance decisions, waivers and report data; the nightly compliance batch job; the CSV, XLSX
 * and PDF report writers.
 */
package org.opencoi.compliance.infrastructure;
