package dev.migrate.bench;

/**
 * One timed run.
 *
 * @param seconds wall time
 * @param peakBytes peak memory: heap peak for in-process runs, maximum resident set for processes;
 *     0 when unknown
 */
public record Sample(double seconds, long peakBytes) {}
