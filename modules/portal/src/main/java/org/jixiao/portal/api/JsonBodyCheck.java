package org.jixiao.portal.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import org.jixiao.domain.BusinessException;

/**
 * Reads a JSON request body through to its end before JSON-B binds it, so that a malformed body is a 400 with a
 * clear message (see {@link UnexpectedFailureMapper}) whatever it looks like. Without it, a body cut off inside a
 * field the record does not have ({@code {"x":[[[…} without its end) sent the JSON parser's skipping of that
 * field into an endless loop, a server thread spinning for ever. Bodies above {@value #MAX_BYTES} bytes or nested
 * deeper than {@value #MAX_DEPTH} are refused too.
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {

  static final int MAX_BYTES = 32 * 1024 * 1024;
  static final int MAX_DEPTH = 32;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !"json".equalsIgnoreCase(type.getSubtype()) && !type.getSubtype().endsWith("+json")) {
      return context.proceed();
    }
    byte[] body = readAtMost(context.getInputStream(), MAX_BYTES);
    if (body.length > 0) {
      try {
        check(body);
      } catch (IllegalArgumentException e) {
        throw new BadRequestException(e.getMessage());
      }
      textFieldsAreText(context.getType(), body);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** Parses the whole body; an IllegalArgumentException when it is not well-formed JSON or too deep. */
  static void check(byte[] body) {
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      int depth = 0;
      while (parser.hasNext()) {
        switch (parser.next()) {
          case START_ARRAY, START_OBJECT -> {
            if (++depth > MAX_DEPTH) {
              throw new IllegalArgumentException("JSON nested deeper than " + MAX_DEPTH);
            }
          }
          case END_ARRAY, END_OBJECT -> depth--;
          default -> { }
        }
      }
    } catch (JsonException e) {
      throw new IllegalArgumentException("malformed JSON");
    }
  }

  /**
   * JSON-B would read {@code true} or {@code false} into a text field as the words "true"/"false": for the
   * request records, a text field must be a JSON string (or a number, which reads as its digits). And it would
   * read 1e308 or 1.5 into a whole-number field (a version) lossily: such a number is refused too.
   */
  static void textFieldsAreText(Class<?> type, byte[] body) {
    if (type == null || !type.isRecord()) {
      return;
    }
    JsonValue value;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      value = reader.readValue();
    } catch (JsonException e) {
      throw new IllegalArgumentException("malformed JSON");
    }
    if (!(value instanceof JsonObject object)) {
      return;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      JsonValue field = object.get(component.getName());
      if (component.getType() == String.class && field != null
          && (field.getValueType() == JsonValue.ValueType.TRUE || field.getValueType() == JsonValue.ValueType.FALSE)) {
        throw new BusinessException("api.field.notText", component.getName());
      }
      Class<?> t = component.getType();
      if (field instanceof jakarta.json.JsonNumber number
          && (t == Long.class || t == long.class || t == Integer.class || t == int.class)) {
        // JSON-B reads 1e308 into a long as its low 64 bits (0): a whole number in range, or refused
        try {
          long whole = number.bigDecimalValue().longValueExact();
          if ((t == Integer.class || t == int.class) && (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE)) {
            throw new ArithmeticException();
          }
        } catch (ArithmeticException e) {
          throw new BusinessException("api.field.notWhole", component.getName());
        }
      }
    }
  }

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    byte[] body = in.readNBytes(limit + 1);
    if (body.length > limit) {
      throw new jakarta.ws.rs.WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    return body;
  }
}
