package org.jixiao.domain.people;

import java.io.Serializable;
import java.util.List;

/** One page of a user search, with the total for the pager. */
public record AccountPage(List<Account> accounts, int total) implements Serializable {}
