package org.jixiao.domain.evidence;

import java.io.Serializable;

/** A stored evidence file to send: its original name, its (checked) type, and its bytes. */
public record EvidenceFile(String fileName, String contentType, byte[] content) implements Serializable {}
