package dev.safegrade.cli;

/** A command that reads and writes through the run's {@link Streams}. */
abstract class StreamCommand {
    Streams streams;
}
