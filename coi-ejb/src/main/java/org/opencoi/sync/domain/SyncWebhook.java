package org.opencoi.sync.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;

/** Where the status changes of one source system's vendors are delivered: an http(s) URL the ERP serves. */
@Entity
@Table(name = "sync_webhook")
public class SyncWebhook {

    @Id
    @Column(name = "source_system", length = 40)
    private String sourceSystem;

    @Column(nullable = false, length = 1000)
    private String url;

    protected SyncWebhook() {
    }

    public SyncWebhook(String sourceSystem, String url) {
        this.sourceSystem = sourceSystem;
        point(url);
    }

    /** Points the webhook at another URL; only absolute http and https URLs are taken. */
    public void point(String newUrl) {
        URI uri;
        try {
            uri = URI.create(newUrl == null ? "" : newUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("url is not a URL: " + newUrl);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.toString().length() > 1000) {
            throw new IllegalArgumentException("url must be an absolute http or https URL of at most 1000 characters");
        }
        this.url = uri.toString();
    }

    public String getSourceSystem() {
        return sourceSystem;
    }

    public String getUrl() {
        return url;
    }
}
