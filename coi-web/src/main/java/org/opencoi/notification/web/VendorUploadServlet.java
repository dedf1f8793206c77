package org.opencoi.notification.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.certificate.application.DuplicateCertificateException;
import org.opencoi.certificate.rest.UploadSizeLimit;
import org.opencoi.notification.application.RefusedLinkException;
import org.opencoi.notification.application.RenewalRequestView;
import org.opencoi.notification.application.VendorLinkService;
import org.opencoi.shared.application.InvalidRequestException;

/**
 * The page a renewal request's link opens, for the vendor or its agent, no account needed: it shows that one request
 * (the vendor's name and what is missing) and takes certificate PDFs for that vendor. A link that is not valid or has
 * expired is refused with 403, one that names no request with 404, each with a page saying why. A servlet, since the
 * upload is a plain multipart POST the link authorises, not a Faces postback; the page itself is the Facelets view
 * {@value #VIEW}.
 */
@WebServlet("/upload")
@MultipartConfig(maxFileSize = UploadSizeLimit.MAX_UPLOAD_BYTES, maxRequestSize = UploadSizeLimit.MAX_UPLOAD_BYTES + 65_536)
public class VendorUploadServlet extends HttpServlet {

    static final String VIEW = "/WEB-INF/vendor-upload.xhtml";

    @Inject
    VendorLinkService links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String token = request.getParameter("token");
        try {
            show(request, response, HttpServletResponse.SC_OK, VendorUploadPage.form(links.open(token), token, null));
        } catch (RefusedLinkException e) {
            refuse(request, response, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String token = request.getParameter("token");
        RenewalRequestView renewal;
        try {
            renewal = links.open(token);
        } catch (RefusedLinkException e) {
            refuse(request, response, e);
            return;
        }
        Part file;
        try {
            file = request.getPart("file");
        } catch (IllegalStateException | ServletException e) {
            show(request, response, HttpServletResponse.SC_BAD_REQUEST, VendorUploadPage.form(renewal, token,
                    "Please choose one PDF file of at most " + UploadSizeLimit.MAX_UPLOAD_BYTES / (1024 * 1024) + " MB."));
            return;
        }
        if (file == null || file.getSize() == 0) {
            show(request, response, HttpServletResponse.SC_BAD_REQUEST,
                    VendorUploadPage.form(renewal, token, "Please choose a PDF file to upload."));
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        try {
            CertificateView certificate = links.upload(token, fileName(file), content);
            // A scan is kept at once and read after this answer, as the REST upload answers it.
            show(request, response, certificate.reading() ? HttpServletResponse.SC_ACCEPTED : HttpServletResponse.SC_CREATED,
                    VendorUploadPage.received(renewal, token, certificate.reviewRequired(),
                            certificate.reading()));
        } catch (RefusedLinkException e) {
            refuse(request, response, e);
        } catch (InvalidRequestException | DuplicateCertificateException e) {
            show(request, response, e instanceof DuplicateCertificateException ? HttpServletResponse.SC_CONFLICT
                    : HttpServletResponse.SC_BAD_REQUEST, VendorUploadPage.form(renewal, token, e.getMessage()));
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, RefusedLinkException e)
            throws IOException, ServletException {
        int status = e.getReason() == RefusedLinkException.Reason.UNKNOWN_REQUEST
                ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_FORBIDDEN;
        show(request, response, status, VendorUploadPage.refused(e.getMessage()));
    }

    private static void show(HttpServletRequest request, HttpServletResponse response, int status, VendorUploadPage page)
            throws IOException, ServletException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute(VendorUploadPage.ATTRIBUTE, page);
        request.getRequestDispatcher(VIEW).forward(new RenderedAsGet(request), response);
    }

    private static String fileName(Part file) {
        String name = file.getSubmittedFileName();
        return name == null || name.isBlank() ? "certificate.pdf" : name;
    }

    /**
     * The request as Faces renders the page for it: a GET, so that Faces neither takes the upload for a postback of
     * its own nor reads the multipart body again (a body too large to read would fail it a second time).
     */
    private static final class RenderedAsGet extends HttpServletRequestWrapper {

        RenderedAsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
