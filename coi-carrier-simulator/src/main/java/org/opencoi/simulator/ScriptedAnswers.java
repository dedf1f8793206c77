package org.opencoi.simulator;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scripts the simulated carrier answers by, and how many requests each carrier received. A script for
 * a carrier (by NAIC code) applies to all its policies and wins over one for a policy number, so that a
 * whole carrier can be made slow or broken and then healed; a policy without a script is confirmed. Starts
 * with the scripts of META-INF/scripted-answers.json (the demo's).
 */
@ApplicationScoped
public class ScriptedAnswers {

    /** The file's shape: scripts by policy number and by NAIC code. */
    public record Scripts(Map<String, Script> policies, Map<String, Script> carriers) {
    }

    private final Map<String, Script> byPolicy = new ConcurrentHashMap<>();
    private final Map<String, Script> byCarrier = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    private final Map<String, String> callers = new ConcurrentHashMap<>();

    @PostConstruct
    void loadSeed() {
        try (InputStream seed = ScriptedAnswers.class.getResourceAsStream("/META-INF/scripted-answers.json");
                Jsonb json = JsonbBuilder.create()) {
            if (seed != null) {
                Scripts scripts = json.fromJson(seed, Scripts.class);
                if (scripts.policies() != null) {
                    byPolicy.putAll(scripts.policies());
                }
                if (scripts.carriers() != null) {
                    byCarrier.putAll(scripts.carriers());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("META-INF/scripted-answers.json cannot be read", e);
        }
    }

    public Script scriptFor(String naicCode, String policyNumber) {
        Script carrier = naicCode == null ? null : byCarrier.get(naicCode);
        if (carrier != null) {
            return carrier;
        }
        Script policy = policyNumber == null ? null : byPolicy.get(policyNumber);
        return policy == null ? Script.CONFIRM : policy;
    }

    public void scriptPolicy(String policyNumber, Script script) {
        byPolicy.put(policyNumber, script);
    }

    public void scriptCarrier(String naicCode, Script script) {
        byCarrier.put(naicCode, script);
    }

    public void forgetPolicy(String policyNumber) {
        byPolicy.remove(policyNumber);
    }

    public void forgetCarrier(String naicCode) {
        byCarrier.remove(naicCode);
    }

    public void countRequest(String naicCode) {
        requests.computeIfAbsent(naicCode == null ? "unknown" : naicCode, n -> new AtomicLong()).incrementAndGet();
    }

    /** How the last inquiry about the carrier's policies signed in: "token:user", "basic:user" or "none". */
    public void noteCaller(String naicCode, String caller) {
        callers.put(naicCode == null ? "unknown" : naicCode, caller);
    }

    public Map<String, String> callers() {
        return new TreeMap<>(callers);
    }

    /** Requests received so far, by NAIC code. */
    public Map<String, Long> requests() {
        Map<String, Long> counts = new TreeMap<>();
        requests.forEach((naic, count) -> counts.put(naic, count.get()));
        return counts;
    }
}
