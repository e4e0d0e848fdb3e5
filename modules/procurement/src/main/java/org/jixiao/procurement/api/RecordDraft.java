package org.jixiao.procurement.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.jixiao.domain.money.Money;

/**
 * What a division head sends to create or edit a procurement record. The method and the budget line come as
 * text (a sheet or the API may send an unknown one: it is refused by name); the code is ignored on edits.
 */
public record RecordDraft(String code, String name, String budgetLineCode, Money amount, String method,
    LocalDate intentionPublished, LocalDate procurementStarted, LocalDate awardNotice, LocalDate contractSigned,
    LocalDate contractAnnounced, LocalDate contractFiled) implements Serializable {}
