package org.opencoi.sync.rest.dto;

/** PUT /v1/sync/webhooks/{sourceSystem}: the http(s) URL that source system's status changes are POSTed to. */
public record WebhookTarget(String url) {
}
