package io.crisisradar.detect.crisis;

import io.crisisradar.detect.window.WindowSummary;
import java.io.Serializable;

/**
 * A brand window with its crisis score, as written to the metrics index (same id as the window, so
 * a late revision overwrites it).
 *
 * @param window the window's metrics (an empty window when {@code filled})
 * @param assessment its crisis score and the figures behind it
 * @param episodeOpen whether the brand had an open episode after this window
 * @param filled whether nobody mentioned the brand in it (filled in, not emitted by the windows)
 */
public record ScoredWindow(WindowSummary window, CrisisAssessment assessment, boolean episodeOpen, boolean filled)
        implements Serializable {}
