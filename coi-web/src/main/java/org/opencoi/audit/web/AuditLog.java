package org.opencoi.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.opencoi.audit.application.AuditCriteria;
import org.opencoi.audit.application.AuditEventView;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.shared.web.ServerPagedModel;
import org.primefaces.model.LazyDataModel;

/**
 * The audit log: who did what to which record when, newest first, filtered by user, record and a range of
 * days (UTC, both days included). The filters are the page's parameters.
 */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditTrail audit;

    private String actor;
    private String recordType;
    private String recordId;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<AuditEventView> model;

    @PostConstruct
    void init() {
        model = new ServerPagedModel<>((first, size) -> audit.search(criteria(), first, size).items(),
                () -> audit.search(criteria(), 0, 1).total(), AuditEventView::id);
    }

    private AuditCriteria criteria() {
        return new AuditCriteria(actor, recordType, recordId,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Shows the events for the filters entered, at an address that keeps them. */
    public String search() {
        return "/admin/audit?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<AuditEventView> getModel() {
        return model;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
