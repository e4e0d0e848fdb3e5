package org.jixiao.procurement.api;

import java.io.Serializable;
import org.jixiao.domain.money.Money;

/** A budget line a procurement may be charged to, with what it has left to spend or commit. */
public record BudgetLineChoice(String code, String name, Money available) implements Serializable {}
