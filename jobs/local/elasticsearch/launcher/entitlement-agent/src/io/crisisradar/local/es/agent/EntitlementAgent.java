package io.crisisradar.local.es.agent;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Stand-in for Elasticsearch's unpublished entitlement agent jar.
 *
 * <p>{@code org.elasticsearch.bootstrap.Elasticsearch} always self-attaches the single jar found in
 * {@code lib/entitlement-agent/}, passing the name of its initialization class as the agent
 * argument; the agent's only job is to hand the {@link Instrumentation} to that class. The
 * entitlement checks themselves live in the published {@code elasticsearch-entitlement} jar, so
 * with this agent they are really enforced (the node's own self-test verifies it at start-up).
 */
public final class EntitlementAgent {

    private EntitlementAgent() {}

    /** Called by the JVM when Elasticsearch attaches this jar to itself. */
    public static void agentmain(String initializationClassName, Instrumentation inst) {
        try {
            Class<?> initialization = Class.forName(initializationClassName);
            Method initialize = initialization.getMethod("initialize", Instrumentation.class);
            initialize.invoke(null, inst);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                    "entitlement initialization failed in " + initializationClassName, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot call " + initializationClassName + ".initialize(Instrumentation)", e);
        }
    }
}
