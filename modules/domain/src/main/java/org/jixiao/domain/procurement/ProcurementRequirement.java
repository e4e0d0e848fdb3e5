package org.jixiao.domain.procurement;

/** The legal deadlines a procurement is held to, with their legal basis (message keys name the citation). */
public enum ProcurementRequirement {
  /** 采购意向 within 60 days after the department budget is approved [S]; 财库〔2020〕10号. */
  INTENTION_AFTER_APPROVAL("财库〔2020〕10号"),
  /** 采购意向 at least 30 days before the procurement starts [L: 财库〔2020〕10号]. */
  INTENTION_BEFORE_START("财库〔2020〕10号"),
  /** contract signed within 30 days of the award notice [L: 政府采购法 §46]. */
  CONTRACT_SIGNED("《政府采购法》第四十六条"),
  /** contract announced within 2 working days of signing [L: 政府采购法实施条例 §50]. */
  CONTRACT_ANNOUNCED("《政府采购法实施条例》第五十条"),
  /** contract filed within 7 working days of signing [L: 政府采购法 §47]. */
  CONTRACT_FILED("《政府采购法》第四十七条");

  private final String legalBasis;

  ProcurementRequirement(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public String legalBasis() {
    return legalBasis;
  }
}
