package org.jixiao.budgeting.api;

import java.io.Serializable;
import org.jixiao.domain.money.Money;

/** A sum that should equal another and does not, to the cent (e.g. 事业发展支出 by purpose vs by level). */
public record Reconciliation(String checkKey, Money expected, Money actual) implements Serializable {}
