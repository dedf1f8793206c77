package org.opencoi.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.opencoi.shared.application.Roles;

/**
 * The person using the screens: who they are, what their role lets the screens offer (the services
 * check the role again on every action), and signing out.
 */
@Named
@RequestScoped
public class SignedInUser {

    public String getName() {
        var principal = external().getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isAdmin() {
        return external().isUserInRole(Roles.ADMIN);
    }

    /** Admins and reviewers work certificates: upload, approve, correct, reject. */
    public boolean isReviewer() {
        return isAdmin() || external().isUserInRole(Roles.REVIEWER);
    }

    /** Ends the session and the sign-in, then shows the sign-in page. */
    public String signOut() throws ServletException {
        ExternalContext external = external();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login?faces-redirect=true&signedOut=true";
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
