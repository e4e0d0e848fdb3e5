package org.jixiao.domain.procurement;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a method by the law's name, so the table reads like the notices. */
@Converter
public class ProcurementMethodConverter implements AttributeConverter<ProcurementMethod, String> {

  @Override
  public String convertToDatabaseColumn(ProcurementMethod method) {
    return method == null ? null : method.legalName();
  }

  @Override
  public ProcurementMethod convertToEntityAttribute(String legalName) {
    return legalName == null ? null : ProcurementMethod.parse(legalName)
        .orElseThrow(() -> new IllegalStateException("Unknown procurement method in the database: " + legalName));
  }
}
