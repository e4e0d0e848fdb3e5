package org.jixiao.portal.view.shared;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.jixiao.domain.BusinessException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Files the pages hand out (p:fileDownload): made by a service, or a message and nothing when it refuses. */
public final class Downloads {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Downloads() {}

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
