package org.opencoi.audit.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.opencoi.audit.application.AuditTrail;

/**
 * Records a SIGN_IN audit event the first time a signed-in session is seen, naming the user, how they
 * signed in and from where. REST clients that send credentials with every request and keep no session
 * are not recorded call by call; what they change is.
 */
@WebFilter(urlPatterns = "/*", filterName = "sign-in-audit")
public class SignInAuditFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String RECORDED = SignInAuditFilter.class.getName() + ".recorded";

    @Inject
    transient AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null && session != null && session.getAttribute(RECORDED) == null) {
            session.setAttribute(RECORDED, Boolean.TRUE);
            audit.recordSignIn(request.getUserPrincipal().getName(), String.valueOf(request.getAuthType()));
        }
        chain.doFilter(request, response);
    }
}
