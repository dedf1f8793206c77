package org.opencoi.compliance.application;

import java.util.List;

/** One page of the waivers across vendors and how many there are in all. */
public record WaiverPage(List<WaiverListing> items, long total) {
}
