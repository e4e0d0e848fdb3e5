package org.jixiao.portal.view.procurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.jixiao.domain.procurement.ComplianceStatus;
import org.jixiao.domain.procurement.DeadlineCheck;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.portal.view.shared.FacesMessages;

/** A deadline check as the pages show it: its status in words, and the colour of its flag. */
@Named("compliance")
@ApplicationScoped
public class ComplianceTexts {

  public String status(DeadlineCheck c) {
    if (c == null) {
      return "";
    }
    return MessageTexts.format(FacesMessages.userLocale(), "ComplianceStatus." + c.status().name(), c.shownNumber());
  }

  /** jx-flag-red for late or missing, amber for due soon or unknown calendar, green for on time. */
  public String flag(DeadlineCheck c) {
    if (c == null) {
      return "";
    }
    return switch (c.status()) {
      case LATE, MISSING -> "jx-flag jx-flag-red";
      case DUE -> c.workingDaysLeft() != null && c.workingDaysLeft() <= 3 ? "jx-flag jx-flag-amber" : "jx-flag";
      case CALENDAR_MISSING -> "jx-flag jx-flag-amber";
      case ON_TIME -> "jx-flag jx-flag-green";
      case NOT_APPLICABLE -> "jx-flag jx-flag-none";
    };
  }

  public ComplianceStatus[] getStatuses() {
    return ComplianceStatus.values();
  }
}
