package org.jixiao.procurement.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import org.jixiao.domain.security.Caller;

/** A year's procurement records against their legal deadlines, and 采购管理's score with its trace. */
@Local
public interface ProcurementCompliance {

  ComplianceReport reportOf(Caller caller, int yearNumber, LocalDate asOf);

  /**
   * The records the caller may see as an OCDS 1.1.5 release package (JSON text), published at {@code packageUri};
   * refused with {@code procurement.ocds.none} when there is no record to publish.
   */
  String ocdsPackage(Caller caller, int yearNumber, String packageUri);
}
