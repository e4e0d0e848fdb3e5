package org.jixiao.domain;

import java.io.Serializable;

/**
 * A message-bundle key used as an argument of a {@link BusinessException}, e.g. the name of the field that is
 * wrong; the portal translates it like the message itself, so "全年预算数" reads "full-year budget" in English.
 */
public record Label(String key) implements Serializable {}
