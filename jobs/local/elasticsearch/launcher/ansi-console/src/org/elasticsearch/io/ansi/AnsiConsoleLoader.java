package org.elasticsearch.io.ansi;

import java.util.function.Supplier;

/**
 * Stand-in for Elasticsearch's unpublished {@code lib/tools/ansi-console} jar.
 *
 * <p>The server looks this class up by name in {@code lib/tools/ansi-console/} and fails to
 * start if the folder holds no jar. The real one returns a coloured terminal when attached to a
 * TTY; a node started in the background never has one, so "no console" (null) is the honest
 * answer. Raw {@code Supplier} because the real element type is package-private to the server.
 */
@SuppressWarnings("rawtypes")
public class AnsiConsoleLoader implements Supplier {

    @Override
    public Object get() {
        return null;
    }
}
