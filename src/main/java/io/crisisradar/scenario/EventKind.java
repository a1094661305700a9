package io.crisisradar.scenario;

/** Whether an injected event is a crisis the job should report or a benign spike it should not. */
public enum EventKind {
    CRISIS,
    BENIGN
}
