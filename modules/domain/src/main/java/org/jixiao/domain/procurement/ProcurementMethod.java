package org.jixiao.domain.procurement;

import java.util.Arrays;
import java.util.Optional;

/** The procurement methods of 《政府采购法》第二十六条 and the framework agreement (财政部令第110号). */
public enum ProcurementMethod {
  PUBLIC_TENDER("公开招标"),
  INVITED_TENDER("邀请招标"),
  COMPETITIVE_CONSULTATION("竞争性磋商"),
  COMPETITIVE_NEGOTIATION("竞争性谈判"),
  INQUIRY("询价"),
  SINGLE_SOURCE("单一来源"),
  FRAMEWORK_AGREEMENT("框架协议");

  private final String legalName;

  ProcurementMethod(String legalName) {
    this.legalName = legalName;
  }

  /** The law's name, as stored and as printed in notices. */
  public String legalName() {
    return legalName;
  }

  /** By the law's name (公开招标) or the constant's name (PUBLIC_TENDER), as sheets and the API may send either. */
  public static Optional<ProcurementMethod> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    return Arrays.stream(values()).filter(m -> m.legalName.equals(t) || m.name().equalsIgnoreCase(t)).findFirst();
  }
}
