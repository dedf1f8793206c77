package org.opencoi.audit.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencoi.audit.application.RequestOrigin;

/** Notes where each request to the screens and the REST API came from, for the audit events it causes. */
@WebFilter(urlPatterns = "/*", filterName = "request-origin")
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.cameFrom(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
