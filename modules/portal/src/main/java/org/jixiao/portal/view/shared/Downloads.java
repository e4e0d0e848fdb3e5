package org.jixiao.portal.view.shared;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.jixiao.domain.BusinessException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Files the pages hand out (p:fileDownload, or a download servlet): made by a service, or a message (a status) and
 * nothing when it refuses.
 */
public final class Downloads {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Downloads() {}

  /** The HTTP status of a download a service refused: 403 when the caller may not see the record, 404 otherwise. */
  public static int refusalStatus(BusinessException e) {
    return e.messageKey().contains(".access.") ? 403 : 404;
  }

  public static StreamedContent of(String name, String contentType, Supplier<byte[]> content) {
    try {
      byte[] bytes = content.get();
      return DefaultStreamedContent.builder()
          .name(name)
          .contentType(contentType)
          .stream(() -> new ByteArrayInputStream(bytes))
          .build();
    } catch (BusinessException e) {
      FacesMessages.refused(e);
      return null;
    }
  }
}
