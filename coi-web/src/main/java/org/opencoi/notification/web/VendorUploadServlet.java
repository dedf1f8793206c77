package org.opencoi.notification.web;

import static org.opencoi.notification.infrastructure.RenewalMailContent.escape;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;
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
 * expired is refused with 403, one that names no request with 404, each with a page saying why.
 */
@WebServlet("/upload")
@MultipartConfig(maxFileSize = UploadSizeLimit.MAX_UPLOAD_BYTES, maxRequestSize = UploadSizeLimit.MAX_UPLOAD_BYTES + 65_536)
public class VendorUploadServlet extends HttpServlet {

    @Inject
    VendorLinkService links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        try {
            page(response, HttpServletResponse.SC_OK, form(links.open(token), token, null));
        } catch (RefusedLinkException e) {
            refuse(response, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        RenewalRequestView renewal;
        try {
            renewal = links.open(token);
        } catch (RefusedLinkException e) {
            refuse(response, e);
            return;
        }
        Part file;
        try {
            file = request.getPart("file");
        } catch (IllegalStateException | jakarta.servlet.ServletException e) {
            page(response, HttpServletResponse.SC_BAD_REQUEST,
                    form(renewal, token, "Please choose one PDF file of at most " + UploadSizeLimit.MAX_UPLOAD_BYTES / (1024 * 1024) + " MB."));
            return;
        }
        if (file == null || file.getSize() == 0) {
            page(response, HttpServletResponse.SC_BAD_REQUEST, form(renewal, token, "Please choose a PDF file to upload."));
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        try {
            CertificateView certificate = links.upload(token, fileName(file), content);
            page(response, HttpServletResponse.SC_CREATED, "<h1>Thank you</h1><p>We received the certificate for <strong>"
                    + escape(renewal.vendorName()) + "</strong>" + (certificate.reviewRequired()
                            ? "; a reviewer will look at it shortly.</p>" : " and read it.</p>")
                    + "<p><a href=\"upload?token=" + escape(token) + "\">Upload another certificate</a></p>");
        } catch (RefusedLinkException e) {
            refuse(response, e);
        } catch (InvalidRequestException | DuplicateCertificateException e) {
            page(response, e instanceof DuplicateCertificateException ? HttpServletResponse.SC_CONFLICT
                    : HttpServletResponse.SC_BAD_REQUEST, form(renewal, token, e.getMessage()));
        }
    }

    private static String form(RenewalRequestView r, String token, String error) {
        return "<h1>Certificate of insurance for " + escape(r.vendorName()) + "</h1>"
                + (error == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>")
                + "<p>We need:</p><ul>" + r.missing().stream().map(m -> "<li>" + escape(m) + "</li>").collect(Collectors.joining())
                + "</ul><form method=\"post\" action=\"upload\" enctype=\"multipart/form-data\">"
                + "<input type=\"hidden\" name=\"token\" value=\"" + escape(token) + "\">"
                + "<label for=\"file\">Certificate (PDF)</label> <input type=\"file\" id=\"file\" name=\"file\" accept=\"application/pdf\" required> "
                + "<button type=\"submit\">Upload</button></form>"
                + "<p>This link works until " + r.linkExpiresOn() + ".</p>";
    }

    private static void refuse(HttpServletResponse response, RefusedLinkException e) throws IOException {
        int status = e.getReason() == RefusedLinkException.Reason.UNKNOWN_REQUEST
                ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_FORBIDDEN;
        page(response, status, "<h1>This link cannot be used</h1><p>" + escape(e.getMessage()) + "</p>");
    }

    private static void page(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>OpenCOI: certificate upload</title>"
                + "</head><body>" + body + "</body></html>");
    }

    private static String fileName(Part file) {
        String name = file.getSubmittedFileName();
        return name == null || name.isBlank() ? "certificate.pdf" : name;
    }
}
