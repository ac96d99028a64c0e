package org.framing.ingest;

/** One file the run read, for run.json: where, how many bytes, and its SHA-256 in hex. */
public record InputFile(String path, long bytes, String sha256) {}
