package org.jixiao.portal.view.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

  /**
   * Sends a file as a download from a servlet: always an attachment (never rendered inline), its type as checked,
   * no sniffing, not cached; the name in UTF-8 (RFC 6266).
   */
  public static void send(HttpServletResponse response, String fileName, String contentType, byte[] content)
      throws IOException {
    response.setContentType(contentType);
    response.setContentLength(content.length);
    response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(content);
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
