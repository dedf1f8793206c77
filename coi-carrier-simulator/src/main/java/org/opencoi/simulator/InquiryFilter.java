package org.opencoi.simulator;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sits in front of the SOAP endpoint: counts each inquiry by NAIC code, notes how its caller signed in
 * (a WS-Security username token, HTTP Basic, or not at all), and answers a MALFORMED script
 * itself, with HTTP 200 and a body that is not a SOAP message, which no well-behaved endpoint could send.
 */
@WebFilter("/CarrierVerification")
public class InquiryFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern NAIC = Pattern.compile("naicCode>\\s*(\\d{5})\\s*<");
    private static final Pattern POLICY = Pattern.compile("policyNumber>\\s*([^<]+?)\\s*<");
    private static final Pattern TOKEN_USERNAME = Pattern.compile("UsernameToken>.*?Username>\\s*([^<]+?)\\s*<", Pattern.DOTALL);

    @Inject
    ScriptedAnswers answers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String text = new String(body, StandardCharsets.UTF_8);
        String naic = first(NAIC.matcher(text));
        answers.countRequest(naic);
        String tokenUser = first(TOKEN_USERNAME.matcher(text));
        answers.noteCaller(naic, tokenUser != null ? "token:" + tokenUser : basicUser(request));
        if (answers.scriptFor(naic, first(POLICY.matcher(text))).behaviourOrDefault() == Behaviour.MALFORMED) {
            response.setStatus(200);
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><verifyPolicyRes");
            return;
        }
        chain.doFilter(new ReplayedRequest(request, body), response);
    }

    /** The user name of HTTP Basic credentials, as "basic:name", or "none". */
    private static String basicUser(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return "none";
        }
        String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = credentials.indexOf(':');
        return "basic:" + (colon < 0 ? credentials : credentials.substring(0, colon));
    }

    private static String first(Matcher matcher) {
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The request with its body, already read, readable once more by the endpoint. */
    private static final class ReplayedRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
