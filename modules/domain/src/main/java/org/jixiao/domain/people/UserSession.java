package org.jixiao.domain.people;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A user's live login session in Keycloak: from where, since when, last seen, with which clients. */
public record UserSession(String id, String ipAddress, LocalDateTime started, LocalDateTime lastAccess,
    List<String> clients) implements Serializable {}
