package org.opencoi.sync.rest.dto;

/** PUT /v1/sync/category-profiles/{category}: the requirement profile new vendors of that category get. */
public record CategoryMapping(Long requirementProfileId) {
}
