package org.jixiao.procurement.internal;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Validates a release package against the official OCDS 1.1.5 schemas kept in {@code shared/data/ocds-1.1.5}
 * (draft-04, formats asserted), offline: the package schema names the release schema by its published URL, and
 * the only resource loader here serves that URL's directory from the local copy; nothing is fetched from the
 * network (the library's remote fetching stays off, so any other URL fails loudly). Integration tests may copy it.
 *
 * <p>The directory comes from the system property {@code ocds.schema.dir} (the module's surefire sets it to
 * {@code ../shared/data/ocds-1.1.5} from the repository root), else from the nearest {@code shared/data/ocds-1.1.5}
 * above the working directory.
 */
public final class OcdsSchemaValidator {

  /** Where the OCDS 1.1.5 schemas are published, the base of their ids and references. */
  public static final String PUBLISHED = "https://standard.open-contracting.org/schema/1__1__5/";
  public static final String PACKAGE_SCHEMA = "release-package-schema.json";
  public static final String RELEASE_SCHEMA = "release-schema.json";
  static final String DIR_PROPERTY = "ocds.schema.dir";
  private static final String SHARED_DIR = "shared/data/ocds-1.1.5";

  private final Schema packageSchema;

  public OcdsSchemaValidator(Path schemaDir) {
    if (!Files.isRegularFile(schemaDir.resolve(PACKAGE_SCHEMA))
        || !Files.isRegularFile(schemaDir.resolve(RELEASE_SCHEMA))) {
      throw new IllegalStateException("No OCDS 1.1.5 schemas in " + schemaDir.toAbsolutePath());
    }
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, builder -> builder
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).locale(Locale.ROOT)
            .build())
        .schemaLoader(loader -> loader.resourceLoaders(loaders -> loaders.add(iri -> {
          String url = iri.toString();
          if (!url.startsWith(PUBLISHED)) {
            return null;
          }
          Path local = schemaDir.resolve(url.substring(PUBLISHED.length()));
          return () -> Files.newInputStream(local);
        }))));
    packageSchema = registry.getSchema(SchemaLocation.of(PUBLISHED + PACKAGE_SCHEMA));
  }

  /** The validator over the shared schemas (see the class comment for where they are looked for). */
  public static OcdsSchemaValidator fromSharedData() {
    return new OcdsSchemaValidator(schemaDir());
  }

  static Path schemaDir() {
    String configured = System.getProperty(DIR_PROPERTY);
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured).normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(SHARED_DIR);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("The OCDS schemas were not found: set -D" + DIR_PROPERTY + " (tried "
        + configured + " and " + SHARED_DIR + " above " + Path.of("").toAbsolutePath() + ")");
  }

  /** The schema violations of a release package given as JSON text, each as "where: what"; empty when valid. */
  public List<String> errorsOf(String releasePackageJson) {
    List<Error> errors = packageSchema.validate(releasePackageJson, InputFormat.JSON);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
